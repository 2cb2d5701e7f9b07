"""Visit documents written for the PDF tests; each call returns a fresh dict."""

import datetime

from briefing.pdf import NoteOptions

NOTE_DATE = datetime.date(2025, 5, 28)


def options(**changes) -> NoteOptions:
    """Options with every field filled, a fixed date and reproducible files."""
    values = {
        "classification": "OFFICIAL",
        "recipient": "Deputy Prime Minister – Minister of Foreign Affairs",
        "sender": "Department of Africa and the Middle East",
        "drafter": "A. Seitkali",
        "drafter_unit": "Africa Division, +7 7172 00 00 00",
        "cleared_by": "Director, Department of Africa and the Middle East",
        "organisation": "Ministry of Foreign Affairs",
        "note_date": NOTE_DATE,
        "reproducible": True,
    }
    values.update(changes)
    return NoteOptions(**values)


def person(name, title, side, role="member", organization=""):
    """One participant."""
    return {"name": name, "title": title, "side": side, "role": role, "organization": organization}


def burkina_visit() -> dict:
    """A full first visit of a foreign minister, about as long as a real two-page note."""
    return {
        "uuid": "6f1c2a9e-0b7d-4c55-9a51-3f2d1e0c9b11",
        "title": "First visit of the Foreign Minister of Burkina Faso to Kazakhstan",
        "host_country": "Kazakhstan",
        "guest_country": "Burkina Faso",
        "city": "Astana",
        "start_date": "2025-06-03",
        "end_date": "2025-06-05",
        "visit_type": "official",
        "level": "foreign minister",
        "status": "planned",
        "summary": (
            "The first visit of a Burkinabe foreign minister to Kazakhstan. Talks at the Ministry "
            "open a regular political dialogue with a Sahel partner that has so far been conducted "
            "through embassies in third countries.\n\n"
            "Expected outcome: a memorandum of understanding on political consultations between the "
            "two foreign ministries, and agreement in principle on education grants and on food "
            "security projects."
        ),
        "significance": (
            "Highest-level contact in the history of relations; a test of our outreach to West Africa "
            "ahead of the autumn session of the UN General Assembly."
        ),
        "source": "https://www.example.org/press/2025/06/visit-burkina-faso",
        "participants": [
            person("Aminata Ouédraogo", "Director of Asia and Oceania", "guest",
                   organization="Ministry of Foreign Affairs, Regional Cooperation and Burkinabe Abroad"),
            person("Karamoko Jean-Marie Traoré",
                   "Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad", "guest",
                   "head of delegation"),
            person("Issouf Kaboré", "Ambassador of Burkina Faso (resident in Moscow, accredited to Kazakhstan)",
                   "guest"),
            person("Murat Nurtleu", "Deputy Prime Minister – Minister of Foreign Affairs", "host",
                   "head of delegation"),
            person("Dana Abenova", "Director, Department of Africa and the Middle East", "host",
                   organization="Ministry of Foreign Affairs"),
            person("Yerlan Tokbayev", "Head of Division, Department of Africa and the Middle East", "host"),
        ],
        "cooperation_areas": [
            {"topic": "Education grants", "category": "cultural and humanitarian",
             "notes": "Up to 20 places a year for Burkinabe students at Kazakh universities."},
            {"topic": "Political consultations", "category": "political",
             "notes": "Annual round at deputy minister level, alternating between capitals."},
            {"topic": "Grain and flour supplies", "category": "trade and economic",
             "notes": "Burkinabe importers ask for direct contracts; logistics via Black Sea ports."},
            {"topic": "Support at the United Nations", "category": "political",
             "notes": "Exchange of support for candidacies to UN bodies."},
            {"topic": "Geology and mining", "category": "trade and economic",
             "notes": "Interest in Kazakh experience with mineral exploration data."},
            {"topic": "Counter-terrorism experience", "category": "security and defence", "notes": ""},
        ],
        "agreements": [
            {"title": "Memorandum of Understanding on Political Consultations between the Ministries of "
                      "Foreign Affairs", "kind": "memorandum of understanding", "status": "to be signed",
             "signed_on": "2025-06-04", "signatories": ["Murat Nurtleu", "Karamoko Jean-Marie Traoré"]},
        ],
        "history": [
            {"date": "2023-09", "text": "Ministers met on the margins of the UN General Assembly in New York."},
            {"date": None, "text": "Burkina Faso supported Kazakhstan's candidacy to a UN body."},
            {"date": "1993-01-14", "text": "Diplomatic relations established."},
            {"date": "2019", "text": "First political consultations at director level, in Moscow."},
        ],
        "quotes": [
            {"speaker": "Minister Traoré, press conference, 2024",
             "text": "We look to Central Asia for partners who understand landlocked economies."},
        ],
        "talking_points": [
            "Welcome the first visit at this level; invite the Minister to make consultations annual.",
            "Kazakhstan is ready to offer education grants from the next academic year.",
            "Propose a working group on food security and grain logistics.",
            "Thank Burkina Faso for its support at the United Nations; ask for support for our candidacy.",
            (
                "Defensive: on the political transition in Burkina Faso, we respect the choices of its "
                "people and support a return to constitutional order through dialogue."
            ),
        ],
        "follow_ups": [
            {"action": "Send the draft programme of consultations for 2026", "owner": "Department of Africa",
             "due": "2025-07-15", "status": "open"},
            {"action": "Confirm the number of education grants with the Ministry of Science",
             "owner": "Consular and Education Unit", "due": "2025-09-01", "status": "in progress"},
            {"action": "Share grain logistics contacts", "owner": "Trade Policy Department",
             "due": None, "status": "open"},
        ],
    }


def empty_visit() -> dict:
    """A visit with only its countries and date: every list empty, every text None."""
    return {
        "uuid": "00000000-0000-0000-0000-000000000000", "title": None, "host_country": "Latvia",
        "guest_country": "Vietnam", "city": None, "start_date": "2024-11-12", "end_date": None,
        "visit_type": None, "level": None, "status": None, "summary": None, "significance": "",
        "source": None, "participants": [], "cooperation_areas": [], "agreements": [], "history": [],
        "quotes": [], "talking_points": [], "follow_ups": [],
    }


def new_york_meeting() -> dict:
    """An older ministerial meeting, held outside both countries."""
    visit = empty_visit()
    visit.update({
        "uuid": "a7d3e2c1-5b4f-4e8a-9c0d-1e2f3a4b5c6d",
        "title": "Meeting of foreign ministers on the margins of the UN General Assembly",
        "host_country": "Kazakhstan", "guest_country": "Burkina Faso", "city": "New York",
        "start_date": "2023-09-21", "visit_type": "meeting", "level": "foreign minister",
        "status": "completed",
        "summary": "A first meeting of the two ministers; both agreed to prepare a visit to Astana.",
        "participants": [
            person("Murat Nurtleu", "Minister of Foreign Affairs", "host", "head of delegation"),
            person("Olivia Rouamba", "Minister of Foreign Affairs", "guest", "head of delegation"),
        ],
        "agreements": [
            {"title": "Joint statement on cooperation at the United Nations", "kind": "joint statement",
             "status": "signed", "signed_on": "2023-09-21", "signatories": []},
        ],
        "talking_points": ["Invite the Minister to visit Astana in 2024 or 2025."],
    })
    return visit


def consultations_2019() -> dict:
    """Director-level consultations with a two-month date range across the year end."""
    visit = empty_visit()
    visit.update({
        "uuid": "c0ffee00-1234-4abc-8def-0123456789ab",
        "title": "Political consultations at director level",
        "host_country": "Burkina Faso", "guest_country": "Kazakhstan", "city": "Ouagadougou",
        "start_date": "2019-12-30", "end_date": "2020-01-02", "visit_type": "working",
        "level": "senior official", "status": "completed",
        "summary": "First round of consultations between the foreign ministries.",
        "follow_ups": [{"action": "Prepare a draft memorandum on consultations", "owner": "Legal Department",
                        "due": "2020-06-30", "status": "done"}],
    })
    return visit
