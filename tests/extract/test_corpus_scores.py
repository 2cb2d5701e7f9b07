"""The reader on the project's own corpus (tests/extract/corpus): no language may fall below its floors.

The floors sit a little under the figures benchmarks/extract_scores.py printed when they were set, so that a
change which makes the reader worse at a field in any language fails here and names the field.
"""

import pytest

from benchmarks.extract_scores import corpus_scores

FLOORS = {
    "en": {"countries": 0.95, "dates": 0.95, "participants": 0.88, "agreements": 0.65, "areas": 0.75},
    "fr": {"countries": 0.95, "dates": 0.95, "participants": 0.95, "agreements": 0.95, "areas": 0.92},
    "ru": {"countries": 0.95, "dates": 0.95, "participants": 0.95, "agreements": 0.95, "areas": 0.80},
}


@pytest.fixture(scope="module")
def scores():
    return corpus_scores()


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_every_field_stays_above_its_floor(scores, language):
    score = scores[language]
    assert score.cases >= 12
    measured = {"countries": score.country_share, "dates": score.date_share,
                **{name: tally.f1 for name, tally in score.lists.items()}}
    below = {field: round(measured[field], 2) for field, floor in FLOORS[language].items() if measured[field] < floor}
    assert below == {}
