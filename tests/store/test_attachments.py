"""The files a visit keeps: rows with their digest, bytes read back whole, gone with their visit, limits kept."""

import hashlib

import pytest

from briefing import domain
from briefing.store.attachments import AttachmentTooLarge

PHOTO = bytes(range(256)) * 40


def test_a_kept_file_is_a_row_with_its_size_and_digest_and_its_bytes_read_back(store):
    [visit_id] = store.visits.ids()
    attachment_id = store.attachments.add(visit_id, "signing.jpg", "image/jpeg", PHOTO)
    [kept] = store.attachments.for_visit(visit_id)
    assert (kept.id, kept.name, kept.media_type, kept.size) == (attachment_id, "signing.jpg", "image/jpeg", len(PHOTO))
    assert kept.sha256 == hashlib.sha256(PHOTO).hexdigest()
    assert store.attachments.data(attachment_id) == PHOTO


def test_deleting_the_visit_deletes_its_files(store):
    [visit_id] = store.visits.ids()
    store.attachments.add(visit_id, "memo.pdf", "application/pdf", b"%PDF-1.7")
    store.visits.delete(visit_id)
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_a_file_over_25_mb_is_refused_and_nothing_is_written(store):
    [visit_id] = store.visits.ids()
    with pytest.raises(AttachmentTooLarge, match="up to 25 MB each"):
        store.attachments.add(visit_id, "film.mp4", "video/mp4", bytes(domain.MAX_ATTACHMENT_BYTES + 1))
    assert store.attachments.for_visit(visit_id) == []


def test_a_visit_keeps_at_most_200_mb_in_all(store):
    [visit_id] = store.visits.ids()
    store.attachments.add(visit_id, "a.pdf", "application/pdf", bytes(domain.MAX_ATTACHMENT_BYTES))
    store.conn.execute("UPDATE attachments SET size = ?", [domain.MAX_VISIT_ATTACHMENT_BYTES - 10])
    with pytest.raises(AttachmentTooLarge, match="up to 200 MB in all"):
        store.attachments.add(visit_id, "b.pdf", "application/pdf", b"x" * 11)
    store.attachments.add(visit_id, "c.pdf", "application/pdf", b"x" * 10)
    assert [a.name for a in store.attachments.for_visit(visit_id)] == ["a.pdf", "c.pdf"]


def test_adding_and_removing_a_file_are_undone(store):
    store.enable_undo()
    [visit_id] = store.visits.ids()
    attachment_id = store.attachments.add(visit_id, "memo.pdf", "application/pdf", PHOTO)
    store.attachments.remove(attachment_id)
    assert store.attachments.for_visit(visit_id) == []
    assert store.undo() == "Remove attachment"
    assert store.attachments.data(attachment_id) == PHOTO
    assert store.undo() == "Add attachment"
    assert store.attachments.for_visit(visit_id) == []


def test_a_backup_holds_the_files(store, tmp_path):
    from briefing.store import Store

    [visit_id] = store.visits.ids()
    store.attachments.add(visit_id, "memo.pdf", "application/pdf", PHOTO)
    backup = Store.open(store.backup(), read_only=True)
    try:
        [kept] = backup.attachments.for_visit(visit_id)
        assert backup.attachments.data(kept.id) == PHOTO
    finally:
        backup.close()
