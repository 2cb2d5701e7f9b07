"""Every follow-up still to do across visits, soonest due first; a status change there is one undo step."""

from briefing import domain


def test_open_follow_ups_of_every_visit_soonest_first(store):
    demo_id = store.visits.ids()[0]
    other = store.visits.save(domain.Visit(title="Talks in Hanoi", host_country="VN", guest_country="KZ",
                                           start_date="2024-01-10"))
    for action, due, status in [("Send the minutes", "2024-02-01", "open"), ("Book the hall", None, "in progress"),
                                ("Draft the roadmap", "2023-12-01", "in progress"), ("Thank the host", "2024-01-12",
                                                                                     "done"),
                                ("Call back", "2030-01-01", "cancelled")]:
        store.follow_ups.save(domain.FollowUp(visit_id=other.id, action=action, due=due, status=status))
    [demo_follow_up] = store.follow_ups.for_visit(demo_id)
    due = store.follow_ups_due()
    assert [(f.action, f.due, f.status) for f in due] == [
        ("Draft the roadmap", "2023-12-01", "in progress"), ("Send the minutes", "2024-02-01", "open"),
        (demo_follow_up.action, "2025-06-05", "open"), ("Book the hall", None, "in progress")]
    assert [f.visit_title for f in due][:2] == ["Talks in Hanoi", "Talks in Hanoi"]


def test_closing_one_takes_it_off_and_undo_brings_it_back(store):
    store.enable_undo()
    [follow_up] = store.follow_ups.for_visit(store.visits.ids()[0])
    store.follow_ups.save(domain.FollowUp(**{**vars(follow_up), "status": "done"}))
    assert store.follow_ups_due() == []
    assert store.undo() == "Edit follow-up action"
    assert [f.id for f in store.follow_ups_due()] == [follow_up.id]
