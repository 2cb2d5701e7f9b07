"""The CSV exports open in a spreadsheet as UTF-8, each value under its own column heading."""

import csv
import io

from briefing.exchange import agreements_csv, visits_csv
from briefing.store import Store

TALKS = {"title": "Talks in Accra", "host_country": "Ghana", "guest_country": "Mali", "city": "Accra",
         "start_date": "2024-03-04", "end_date": "2024-03-05", "visit_type": "official", "level": "head of state",
         "status": "completed",
         "participants": [{"name": "Ama Mensah", "side": "host"}, {"name": "Moussa Traoré", "side": "guest"},
                          {"name": "Kofi Boateng", "side": "host"}],
         "agreements": [{"title": "Trade protocol", "kind": "protocol", "status": "signed", "signed_on": "2024-03-05",
                         "signatories": ["Moussa Traoré", "Ama Mensah"]},
                        {"title": "Road map", "kind": "roadmap", "status": "under negotiation"}]}


def _rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark spreadsheet programs need to read UTF-8
    reader = csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_the_visit_list_csv_has_each_value_under_its_heading(tmp_path):
    store = Store.open(tmp_path / "csv.sqlite", demo=False)
    visit_id = store.save_document(TALKS)
    header, rows = _rows(visits_csv(store))
    assert header == ["id", "uuid", "title", "host_country", "guest_country", "city", "start_date", "end_date",
                      "visit_type", "level", "status"]
    assert rows == [{"id": str(visit_id), "uuid": store.visits.get(visit_id).uuid, "title": "Talks in Accra",
                     "host_country": "Ghana", "guest_country": "Mali", "city": "Accra", "start_date": "2024-03-04",
                     "end_date": "2024-03-05", "visit_type": "Official visit", "level": "Head of state",
                     "status": "Completed"}]


def test_the_agreements_csv_names_the_countries_and_every_signatory_in_order(tmp_path):
    store = Store.open(tmp_path / "csv.sqlite", demo=False)
    visit_id = store.save_document(TALKS)
    header, rows = _rows(agreements_csv(store))
    assert header == ["visit_id", "visit_title", "guest_country", "host_country", "agreement", "kind", "status",
                      "signed_on", "signatories"]
    assert rows == [
        {"visit_id": str(visit_id), "visit_title": "Talks in Accra", "guest_country": "Mali",
         "host_country": "Ghana", "agreement": "Trade protocol", "kind": "Protocol", "status": "Signed",
         "signed_on": "2024-03-05", "signatories": "Moussa Traoré; Ama Mensah"},
        {"visit_id": str(visit_id), "visit_title": "Talks in Accra", "guest_country": "Mali",
         "host_country": "Ghana", "agreement": "Road map", "kind": "Roadmap / action plan",
         "status": "Under negotiation", "signed_on": "", "signatories": ""},
    ]
