"""Paragraphs of one document share their parsing and line breaking; what prints must not change with it."""

import threading

from reportlab.lib.rl_accel import _c_funcs
from reportlab.pdfgen.canvas import Canvas

from briefing.pdf import render_dossier, render_note
from briefing.pdf.flowables import Para, shared_paragraphs
from briefing.pdf.styles import styles
from tests.pdf.pdfutil import all_text, flat, reader
from tests.pdf.samples import burkina_visit, consultations_2019, new_york_meeting, options

LONG = " ".join(f"word{n}" for n in range(400))


def _lines_at(paragraph: Para, width: float) -> int:
    paragraph.wrapOn(Canvas(None), width, 10_000)
    return len(paragraph.blPara.lines)


def test_equal_paragraphs_break_alike_and_each_width_anew():
    with shared_paragraphs():
        first, second, third = (Para(LONG, styles().body) for _ in range(3))
        wide = _lines_at(first, 400)
        assert _lines_at(second, 400) == wide
        assert _lines_at(third, 400) == wide
        narrow = _lines_at(second, 150)
        assert narrow > wide
        assert _lines_at(third, 150) == narrow
        assert _lines_at(second, 400) == wide
    assert _lines_at(Para(LONG, styles().body), 150) == narrow


def test_equal_markup_in_another_style_is_parsed_in_that_style():
    with shared_paragraphs():
        plain = [Para("<b>Bold</b> text", styles().body) for _ in range(3)]
        muted = [Para("<b>Bold</b> text", styles().body_muted) for _ in range(3)]
    assert {frag.textColor for para in plain for frag in para.frags} == {styles().body.textColor}
    assert {frag.textColor for para in muted for frag in para.frags} == {styles().body_muted.textColor}
    assert plain[2].frags[0] is not plain[1].frags[0]


def test_a_dossier_of_repeated_visits_prints_each_in_full_and_in_order():
    long_summary = burkina_visit() | {"summary": "\n\n".join([LONG] * 6)}
    documents = [long_summary, burkina_visit(), long_summary | {"start_date": "2024-01-02", "end_date": None}]
    text = flat(all_text(render_dossier("Kazakhstan", documents, options())))
    assert text.count("word0 word1 word2") == 12
    assert text.count("word398 word399") == 12
    assert text.index("3–5 June 2025") < text.index("2 January 2024", text.index("word399"))


def test_documents_rendered_on_threads_at_once_equal_those_rendered_alone():
    documents = [new_york_meeting(), consultations_2019(), burkina_visit()]
    alone = [render_dossier("Kazakhstan", documents, options()), render_note(burkina_visit(), options())]
    together: list[bytes] = [b"", b""]

    def dossier() -> None:
        together[0] = render_dossier("Kazakhstan", documents, options())

    def note() -> None:
        together[1] = render_note(burkina_visit(), options())

    threads = [threading.Thread(target=dossier), threading.Thread(target=note)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone


def test_reportlab_runs_its_c_accelerator():
    assert "instanceStringWidthTTF" in _c_funcs and "fp_str" in _c_funcs


def test_streams_are_binary_not_ascii85():
    document = reader(render_note(burkina_visit(), options()))
    filters = [str(name) for name in document.pages[0]["/Contents"].get_object()["/Filter"]]
    assert filters == ["/FlateDecode"]
