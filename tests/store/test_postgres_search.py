"""Search on PostgreSQL folds accents and case and matches prefixes as SQLite's index does."""

import pytest

from briefing.store.postgres import connect
from briefing.store.postgres_schema import SEARCH_FUNCTIONS, statements
from briefing.store.search import match_expression

from .test_postgres_server import BIN, cluster  # noqa: F401  (the throw-away server)

pytestmark = pytest.mark.skipif(not (BIN / "initdb").exists(),
                                reason="PostgreSQL (Debian's postgresql package) is not installed")

TEXTS = ["Visite d'État à Ouagadougou", "Визит в Астану: Ёлкин", "Trade talks in ASTANA", "Coopération énergétique"]


@pytest.fixture
def db(cluster):  # noqa: F811
    database = connect(cluster)
    database.run_script(statements(SEARCH_FUNCTIONS))
    database.conn.execute("CREATE TEMP TABLE visit_search (rowid BIGINT PRIMARY KEY, document tsvector)")
    database.conn.executemany("INSERT INTO visit_search VALUES (?, briefing_fold(?))", list(enumerate(TEXTS)))
    yield database
    database.close()


def found(db, typed: str) -> list[int]:
    return [row[0] for row in db.conn.execute(
        "SELECT rowid FROM visit_search WHERE visit_search MATCH ? ORDER BY rowid", [match_expression(typed)])]


@pytest.mark.parametrize(("typed", "expected"), [
    ("etat", [0]),              # accents folded
    ("ÉTAT ouaga", [0]),        # case folded, a word's start is enough, every word required
    ("astana", [2]),            # Latin letters do not match Cyrillic ones
    ("астан", [1]),             # Cyrillic prefix
    ("елкин", [1]),             # ё is е with a diaeresis
    ("coop energ", [3]),
    ("astana ouaga", []),
    ("d'État", [0]),            # punctuation only separates words
])
def test_search_folds_accents_and_case_and_matches_word_starts(db, typed, expected):
    assert found(db, typed) == expected
