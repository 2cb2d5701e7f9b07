"""Kept files written to disk: a name from another database cannot leave its folder or run as a program."""

import pytest

from briefing import services
from briefing.store import Store


@pytest.mark.parametrize(("stored", "safe"), [
    ("../../.bashrc", "bashrc"),
    ("..\\..\\Windows\\evil.pdf", "evil.pdf"),
    ("/etc/passwd", "passwd"),
    ("memo\x00.pdf", "memo_.pdf"),
    ("CON.txt", "_CON.txt"),
    ("..", "attachment"),
    ("Accord signé.pdf", "Accord signé.pdf"),
])
def test_a_kept_name_becomes_a_name_inside_one_folder(stored, safe):
    assert services.safe_file_name(stored) == safe


def test_the_private_copy_stays_in_its_folder_and_a_program_is_not_opened(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store = Store.open(tmp_path / "b.sqlite")
    [visit_id] = store.visits.ids()
    pdf = store.attachments.add(visit_id, "../../memo.pdf", "application/x-msdownload", b"%PDF-1.7")
    program = store.attachments.add(visit_id, "memo.pdf.desktop", "application/pdf", b"[Desktop Entry]")
    copy = services.private_copy(store, pdf)
    assert copy.name == "memo.pdf" and copy.parent.name.startswith("briefing-attachment-")
    assert copy.read_bytes() == b"%PDF-1.7" and copy.stat().st_mode & 0o077 == 0
    with pytest.raises(services.Refused, match=r"memo\.pdf\.desktop is not a document or picture Briefing opens"):
        services.private_copy(store, program)
    store.close()
