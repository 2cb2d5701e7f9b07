"""The briefing note read back from the PDF: sections, names, furniture, fonts, robustness."""

import datetime
import json

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing.logo import prepared_logo
from briefing.paths import data_path
from briefing.pdf import SECTION_KEYS, SECTION_LABELS, SECTIONS, NoteOptions, render_note
from briefing.pdf import fonts as pdf_fonts
from tests.pdf.pdfutil import (
    BASE_14,
    all_text,
    flat,
    fonts_of,
    is_embedded,
    lines,
    page_texts,
    positioned_strings,
    reader,
)
from tests.pdf.samples import burkina_visit, empty_visit, options, person

HOSTILE = 'R&D <Ministry> "x" & <b>'
NAMES = [
    "Karamoko Jean-Marie Traoré", "Mevlüt Çavuşoğlu", "Krišjānis Kariņš", "Umaro Sissoco Embaló",
    "Мұрат Нұртілеу", "Γιώργος Γεραπετρίτης", "Nguyễn Thị Thanh Hà",
]


def demo_visit() -> dict:
    """The project's demo visit (Burkina Faso's foreign minister in Astana)."""
    with data_path("demo", "visit-burkina-faso-astana.json").open(encoding="utf-8") as handle:
        return json.load(handle)["visits"][0]


def headings_in(data: bytes) -> list[str]:
    """The section headings found on their own lines, in the order they are printed."""
    labels = set(SECTION_LABELS.values())
    return [line for line in lines(data) if line in labels]


def test_every_section_is_printed_in_order():
    data = render_note(burkina_visit(), options())
    assert headings_in(data) == [label for key, label in SECTIONS if key != "clearance"]
    assert flat(all_text(data)).index("Follow-up actions") < flat(all_text(data)).index("Prepared by A. Seitkali")


def test_section_keys_are_exposed_in_print_order():
    assert SECTION_KEYS[0] == "purpose" and SECTION_KEYS[-1] == "clearance"
    assert NoteOptions().sections == frozenset(SECTION_KEYS)


def test_header_block_has_addressees_subject_date_and_reference():
    text = flat(all_text(render_note(burkina_visit(), options())))
    for expected in (
        "Ministry of Foreign Affairs", "To Deputy Prime Minister – Minister of Foreign Affairs",
        "From Department of Africa and the Middle East", "Date 28 May 2025",
        "Reference BRF-2025-06-03-BF-KZ",
        "Subject Visit of the Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of "
        "Burkina Faso to Kazakhstan, 3–5 June 2025",
    ):
        assert expected in text


def test_head_of_delegation_comes_first_in_each_side_table():
    text = flat(all_text(render_note(burkina_visit(), options())))
    guests = text.index("Burkina Faso — guest delegation")
    hosts = text.index("Kazakhstan — host side")
    assert guests < text.index("Karamoko Jean-Marie Traoré") < text.index("Aminata Ouédraogo") < hosts
    assert hosts < text.index("Murat Nurtleu", hosts) < text.index("Dana Abenova")


def test_history_is_printed_earliest_first_and_undated_last():
    text = flat(all_text(render_note(burkina_visit(), options())))
    order = [text.index(fact) for fact in (
        "14 January 1993", "2019 First political", "September 2023", "Burkina Faso supported",
    )]
    assert order == sorted(order)


def test_every_name_keeps_its_diacritics_and_script():
    visit = burkina_visit()
    visit["participants"] += [person(name, "Minister", "guest") for name in NAMES[1:]]
    text = all_text(render_note(visit, options()))
    for name in NAMES:
        assert name in text


def test_classification_banner_is_centred_at_top_and_bottom_of_every_page():
    visit = burkina_visit()
    visit["summary"] = "Long talks. " * 600
    data = render_note(visit, options(classification="restricted"))
    pdf = reader(data)
    assert len(pdf.pages) >= 3
    centred_x = (A4[0] - stringWidth("RESTRICTED", pdf_fonts.BOLD, 9)) / 2
    for page in pdf.pages:
        banners = [(x, y) for text, x, y in positioned_strings(page) if text == "RESTRICTED"]
        assert any(y > A4[1] - 15 * mm for _, y in banners)
        assert any(y < 12 * mm for _, y in banners)
        assert all(abs(x - centred_x) < 1 for x, y in banners if y > A4[1] - 15 * mm or y < 12 * mm)


def test_the_demo_visit_fits_on_two_pages_numbered_x_of_y():
    texts = page_texts(render_note(demo_visit(), options()))
    assert len(texts) == 2
    assert "Page 1 of 2" in texts[0] and "Page 2 of 2" in texts[1]
    assert "BRF-2025-06-03-BF-KZ" in texts[1]


def test_the_demo_visit_still_fits_on_two_pages_with_organisation_and_logo(tmp_path):
    logo = tmp_path / "crest.png"
    Image.new("RGB", (200, 200), (20, 40, 90)).save(logo)
    note = render_note(demo_visit(), options(organisation="Ministry of Foreign Affairs of the Republic of Kazakhstan",
                                             logo_png=prepared_logo(logo)))
    texts = page_texts(note)
    assert len(texts) == 2
    assert "Prepared by" in texts[1]


def test_the_demo_visit_fits_on_two_pages_of_us_letter_with_its_closing_block():
    texts = page_texts(render_note(demo_visit(), options(paper="letter")))
    assert len(texts) == 2
    assert "Key messages" in texts[1] and "Prepared by A. Seitkali" in texts[1]


def test_the_closing_block_names_drafter_unit_telephone_date_clearer_and_approver():
    note = render_note(burkina_visit(), options(drafter_unit="Africa Division", drafter_telephone="+7 7172 72 00 00",
                                                approved_by="Deputy Minister A. Nurlanov"))
    text = flat(all_text(note))
    assert ("Prepared by A. Seitkali, Africa Division, tel. +7 7172 72 00 00, 28 May 2025 · Cleared by Director, "
            "Department of Africa and the Middle East · Approved by Deputy Minister A. Nurlanov") in text
    nobody = render_note(burkina_visit(), options(drafter="", drafter_unit="", cleared_by=""))
    assert "Prepared by" not in all_text(nobody) and "Cleared by" not in all_text(nobody)


def test_the_classification_is_printed_once_at_the_top_of_the_first_page():
    first = reader(render_note(burkina_visit(), options(classification="restricted"))).pages[0]
    banners = [y for text, _, y in positioned_strings(first) if text == "RESTRICTED"]
    assert len([y for y in banners if y > A4[1] / 2]) == 1
    assert len(banners) == 2


def test_a_3500_character_area_note_splits_its_cell_across_pages():
    visit = burkina_visit()
    notes = " ".join(f"point{n}" for n in range(420))
    assert len(notes) >= 3500
    visit["cooperation_areas"][0]["notes"] = notes
    texts = page_texts(render_note(visit, options()))
    pages_with_points = [index for index, text in enumerate(texts) if "point" in text]
    assert len(pages_with_points) >= 2
    printed = [token for token in all_text(render_note(visit, options())).split() if token.startswith("point")]
    assert printed == notes.split()
    for index in pages_with_points[1:]:
        assert "Topic" in texts[index]  # the header row repeats over the continued cell


def test_the_pdf_carries_the_time_it_was_made_unless_asked_to_be_reproducible():
    made = reader(render_note(burkina_visit(), options(reproducible=False))).metadata.creation_date
    assert abs((made.astimezone(datetime.UTC) - datetime.datetime.now(datetime.UTC)).total_seconds()) < 120
    fixed = reader(render_note(burkina_visit(), options())).metadata.creation_date
    assert fixed.year == 2000


def test_fonts_are_embedded_and_none_is_base_14():
    visit = burkina_visit()
    visit["quotes"][0]["text"] = "Italic text"
    fonts = fonts_of(render_note(visit, options()))
    assert fonts
    for name, font in fonts.items():
        assert name.split("+")[-1] not in BASE_14
        assert is_embedded(font), name
    assert {name.split("+")[-1] for name in fonts} >= {pdf_fonts.REGULAR, pdf_fonts.BOLD, pdf_fonts.ITALIC}


def test_hostile_strings_print_literally_everywhere():
    visit = burkina_visit()
    visit["title"] = HOSTILE
    visit["summary"] = HOSTILE
    visit["participants"][0]["name"] = HOSTILE
    visit["cooperation_areas"][0]["topic"] = HOSTILE
    visit["agreements"][0]["title"] = HOSTILE
    visit["talking_points"][0] = HOSTILE
    visit["follow_ups"][0]["owner"] = HOSTILE
    data = render_note(visit, options(organisation=HOSTILE, recipient=HOSTILE, reference=HOSTILE))
    assert all_text(data).count(HOSTILE) >= 10


def test_a_javascript_source_is_not_printed_and_an_http_one_is_a_link():
    visit = burkina_visit()
    visit["source"] = "javascript:alert(1)"
    assert "javascript" not in all_text(render_note(visit, options()))
    visit["source"] = 'https://example.org/report?a=1&b="2"'
    page = reader(render_note(visit, options())).pages[0]
    uris = [annot.get_object()["/A"]["/URI"] for annot in page.get("/Annots") or []]
    assert uris == ['https://example.org/report?a=1&b="2"']


def test_a_5000_character_summary_flows_over_pages():
    words = [f"word{n}" for n in range(700)]
    summary = " ".join(words)[:5000]
    visit = burkina_visit()
    visit["summary"] = summary
    data = render_note(visit, options())
    texts = page_texts(data)
    assert len(texts) >= 3
    printed = [token for token in all_text(data).split() if token.startswith("word")]
    assert printed == summary.split()
    assert "word0" in texts[0].split() and summary.split()[-1] in texts[1].split()


def test_a_300_character_title_wraps_inside_the_page():
    title = ("Very long visit title " * 14)[:300]
    data = render_note(burkina_visit() | {"title": title}, options())
    assert flat(title) in flat(all_text(data))
    for text, x, _ in positioned_strings(reader(data).pages[0]):
        if text in title:
            assert x + stringWidth(text, pdf_fonts.BOLD, 14) <= A4[0] - 20 * mm + 1


def test_sixty_participants_repeat_the_table_header_on_each_page():
    visit = burkina_visit()
    visit["participants"] = [person(f"Delegate {n:02d}", f"Adviser {n}", "guest") for n in range(60)]
    texts = page_texts(render_note(visit, options()))
    pages_with_delegates = [i for i, text in enumerate(texts) if "Delegate" in text]
    assert len(pages_with_delegates) >= 2
    for index in pages_with_delegates:
        assert "Title and organisation" in texts[index]
    assert all(f"Delegate {n:02d}" in all_text(render_note(visit, options())) for n in (0, 59))


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size_sets_the_media_box(paper, size):
    box = reader(render_note(burkina_visit(), options(paper=paper))).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


def test_same_input_gives_identical_bytes_and_another_date_does_not():
    first = render_note(burkina_visit(), options())
    assert render_note(burkina_visit(), options()) == first
    assert render_note(burkina_visit(), options(note_date=options().note_date.replace(day=29))) != first


def test_empty_sections_are_left_out():
    data = render_note(empty_visit(), NoteOptions())
    assert headings_in(data) == ["Purpose", "Key facts"]


def test_a_document_of_nothing_but_nones_still_renders():
    document = {key: None for key in empty_visit()}
    data = render_note(document, NoteOptions(reference="X-1"))
    assert headings_in(data) == []
    assert "X-1" in all_text(data)


def test_only_the_chosen_sections_are_printed():
    data = render_note(burkina_visit(), options(sections=frozenset({"summary", "follow_ups"})))
    assert headings_in(data) == ["Summary", "Follow-up actions"]


def test_unknown_section_or_paper_is_refused():
    with pytest.raises(ValueError):
        NoteOptions(sections=frozenset({"annexes"}))
    with pytest.raises(ValueError):
        NoteOptions(paper="a5")


def test_metadata_title_author_subject_and_language():
    pdf = reader(render_note(burkina_visit(), options()))
    assert pdf.metadata.title == "First visit of the Foreign Minister of Burkina Faso to Kazakhstan"
    assert pdf.metadata.author == "Ministry of Foreign Affairs"
    assert pdf.metadata.subject.startswith("Briefing note: Visit of the Minister of Foreign Affairs")
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_a_note_without_a_logo_has_no_image_and_one_with_it_has_one(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 60, 120)).save(logo)
    with_logo = reader(render_note(burkina_visit(), options(logo_png=prepared_logo(logo))))
    assert "/XObject" in with_logo.pages[0]["/Resources"]
    without = reader(render_note(burkina_visit(), options()))
    assert "/XObject" not in without.pages[0]["/Resources"]


FRENCH_HEADINGS = ["But de la note", "Résumé", "Données essentielles", "Participants", "Domaines de coopération",
                   "Accords", "Historique", "Éléments de langage", "Suites à donner"]
RUSSIAN_HEADINGS = ["Цель", "Краткое содержание", "Основные сведения", "Участники", "Направления сотрудничества",
                    "Документы", "Справочно", "Тезисы к беседе", "Дальнейшие действия"]


@pytest.mark.parametrize(("language", "headings", "dates", "countries", "page"), [
    ("fr", FRENCH_HEADINGS, "3–5 juin 2025", ["Burkina Faso", "Kazakhstan"], "Page 1 sur 2"),
    ("ru", RUSSIAN_HEADINGS, "3–5 июня 2025 г.", ["Буркина-Фасо", "Казахстан"], "Стр. 1 из 2"),
])
def test_the_demo_note_is_written_in_the_language_chosen(language, headings, dates, countries, page):
    """Headings in order, the dates and country names in the language, its page numbers; typed text as typed."""
    document = burkina_visit()
    data = render_note(document, NoteOptions(language=language))
    text = flat(all_text(data))
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert dates in text and page in text
    assert all(country in text for country in countries)
    assert flat(document["title"]) in text  # the title as typed
    assert len(page_texts(data)) == 2
    assert "Page 1 of" not in text and "Key facts" not in text
