"""Every kind of bad import file: one line naming the problem, status 2, the database untouched."""

import hashlib
import json
import os

import pytest

from briefing.cli import main

GOOD = {"uuid": "11111111-2222-4333-8444-555555555555", "title": "Talks", "host_country": "Ghana",
        "guest_country": "Mali", "start_date": "2011-05-02", "end_date": "2011-05-04",
        "participants": [{"name": "Ama Mensah", "side": "host"}],
        "agreements": [{"title": "Communiqué", "kind": "joint statement", "status": "signed",
                        "signatories": ["Ama Mensah"]}]}

SECOND = {"uuid": "22222222-3333-4444-8555-666666666666", "title": "More talks", "host_country": "Mali",
          "guest_country": "Ghana", "start_date": "2012-05-02", "end_date": "2012-05-04"}


def _with(**changes):
    return json.dumps(dict(GOOD, **changes))


CASES = {
    "not json": ("meeting notes, not JSON", "import: not valid JSON: Expecting value at line 1, column 1"),
    "truncated": (json.dumps(GOOD)[:60], None),  # the JSON error's wording depends on where the cut falls
    "wrong top-level type": ('"a visit"', "import: expected a visit document, a list of them or a Briefing export; "
                             "found str"),
    "missing title": (json.dumps({k: v for k, v in GOOD.items() if k != "title"}),
                      "import: the top level: 'title' is a required property"),
    "wrong type": (_with(city=12), "import: city: expected string or null, found int"),
    "unknown country": (_with(host_country="Atlantis"), "import: host_country: 'Atlantis' is not a known country"),
    "impossible date": (_with(start_date="2011-02-30", end_date=None),
                        "import: start_date: '2011-02-30' is not a real date"),
    "date in another form": (_with(start_date="2 May 2011"),
                             "import: start_date: '2 May 2011' is not in the expected form (dates are YYYY-MM-DD)"),
    "end before start": (_with(end_date="2011-05-01"), "import: end_date: the end date is before the start date"),
    "unknown kind": (_with(agreements=[{"title": "x", "kind": "pact", "status": "signed"}]),
                     "import: agreements[0].kind: 'pact' is not one of 'memorandum of understanding', 'agreement', "
                     "'treaty', 'protocol', 'exchange of notes', 'declaration', 'joint statement', 'roadmap', 'other'"),
    "unknown side": (_with(participants=[{"name": "A", "side": "visitor"}]),
                     "import: participants[0].side: 'visitor' is not one of 'host', 'guest'"),
    "unknown field": (_with(colour="blue"), "import: the top level: unknown field 'colour'"),
    "duplicate uuids": (json.dumps([GOOD, dict(GOOD, title="Copy")]),
                        "import: [1].uuid: 11111111-2222-4333-8444-555555555555 is used twice in this file "
                        "(also at [0])"),
    "nul byte": (_with(title="Talks\u0000"), "import: title: contains the control character U+0000"),
    "control character": (_with(participants=[{"name": "A\u001b[31m", "side": "host"}]),
                          "import: participants[0].name: contains the control character U+001B"),
    "participant listed twice": (
        _with(participants=[{"name": f"Delegate {i}", "side": "guest"} for i in range(2000)]
              + [{"name": "Delegate 1500", "side": "host"}]),
        "import: participants[2000].name: 'Delegate 1500' is listed twice"),
    "signatory not a participant": (
        _with(agreements=[{"title": "x", "kind": "treaty", "status": "signed", "signatories": ["Nobody"]}]),
        "import: agreements[0].signatories[0]: 'Nobody' is not a participant of this visit"),
    "bad export format": (json.dumps({"format": "other-app", "visits": []}),
                          "import: format: expected 'briefing-export', found 'other-app'"),
    "bad entry in a list": (json.dumps([GOOD, 5]), "import: [1]: expected object, found int"),
    "second visit breaks a rule": (json.dumps([GOOD, dict(SECOND, end_date="2012-01-01")]),
                                   "import: [1].end_date: the end date is before the start date"),
    "second visit of an export breaks a rule": (
        json.dumps({"format": "briefing-export", "format_version": 1, "people": [],
                    "visits": [GOOD, dict(SECOND, participants=[{"name": "Ama Mensah", "side": "host"}],
                                          agreements=[{"title": "x", "kind": "treaty", "status": "signed",
                                                       "signatories": ["Nobody"]}])]}),
        "import: visits[1].agreements[0].signatories[0]: 'Nobody' is not a participant of this visit"),
}


@pytest.fixture
def database(tmp_path, capsys):
    path = tmp_path / "kept.sqlite"
    assert main(["--db", str(path), "list"]) == 0
    capsys.readouterr()
    return path


def _fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_refused_with_one_line(capsys, tmp_path, database, case):
    text, expected = CASES[case]
    file = tmp_path / "bad.json"
    file.write_text(text, encoding="utf-8")
    before = _fingerprint(database)
    status = main(["--db", str(database), "import", str(file)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    if expected is not None:
        assert captured.err == f"briefing: {expected}\n"
    else:
        assert captured.err.startswith("briefing: import: not valid JSON: ")
    assert _fingerprint(database) == before


def test_missing_file(capsys, tmp_path, database):
    status = main(["--db", str(database), "import", str(tmp_path / "absent.json")])
    assert (status, capsys.readouterr().err) == (2, f"briefing: import: {tmp_path / 'absent.json'} does not exist\n")


def test_folder_given_as_file(capsys, tmp_path, database):
    status = main(["--db", str(database), "import", str(tmp_path)])
    assert (status, capsys.readouterr().err) == (2, f"briefing: import: {tmp_path} is a folder; give a JSON file\n")


def test_unreadable_file(capsys, tmp_path, database, monkeypatch):
    file = tmp_path / "locked.json"
    file.write_text(json.dumps(GOOD))
    real_open = type(file).open

    def refuse(self, *args, **kwargs):
        if self == file:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(file), "open", refuse)
    status = main(["--db", str(database), "import", str(file)])
    assert (status, capsys.readouterr().err) == (2, f"briefing: import: {file} cannot be read (permission denied)\n")


def test_a_50_megabyte_file_of_junk_is_refused_in_one_line(capsys, tmp_path, database):
    file = tmp_path / "huge.json"
    with open(file, "wb") as handle:
        handle.write(b"[" + b" " * (50 * 1024 * 1024) + b"{junk")
    before = _fingerprint(database)
    status = main(["--db", str(database), "import", str(file)])
    assert status == 2
    assert capsys.readouterr().err == ("briefing: import: not valid JSON: "
                                       "Expecting property name enclosed in double quotes at line 1, column 52428803\n")
    assert _fingerprint(database) == before


def test_a_file_over_the_size_limit_is_refused_before_reading(capsys, tmp_path, database, monkeypatch):
    monkeypatch.setattr("briefing.exchange.importing.MAX_FILE_BYTES", 50 * 1024 * 1024)
    file = tmp_path / "huge.json"
    with open(file, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    status = main(["--db", str(database), "import", str(file)])
    assert status == 2
    assert capsys.readouterr().err == (
        f"briefing: import: {file} is 60 MB; files over 50 MB are refused, split the export\n")


def test_not_utf8(capsys, tmp_path, database):
    file = tmp_path / "latin1.json"
    file.write_bytes(json.dumps(GOOD).replace("Talks", "Tal\u00e9ks").encode("latin-1"))
    status = main(["--db", str(database), "import", str(file)])
    assert status == 2
    assert capsys.readouterr().err.startswith(f"briefing: import: {file} is not UTF-8 text")


def test_good_file_imports(capsys, tmp_path, database):
    file = tmp_path / "good.json"
    file.write_text(json.dumps(GOOD), encoding="utf-8")
    assert main(["--db", str(database), "import", str(file)]) == 0
    assert capsys.readouterr().out == "1 visit, 1 person, 1 agreement added; 0 visits updated\n"
    assert os.path.getsize(database) > 0
