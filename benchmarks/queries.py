"""What the benchmark asks the list: 200 search texts (names, surnames without accents, topics, countries,
prefixes) and 100 combinations of the filters beside the search box."""

from __future__ import annotations

import random

from benchmarks.synthetic import TOPICS, people_pool
from briefing.countries import all_countries
from briefing.domain import fold_name

QUERY_COUNT = 200


def search_texts(visits: int, seed: int = 11) -> list[str]:
    """Deterministic, varied texts as users type them; each group is a fifth of the list."""
    rng = random.Random(seed)
    pool = [name for name, _ in people_pool(max(visits // 2, 16))]
    countries = [name for _, name in all_countries()]
    topics = [topic for topic, _ in TOPICS]
    per_group = QUERY_COUNT // 5
    names = rng.sample(pool, per_group)
    surnames = [fold_name(name.split()[-1]) for name in rng.sample(pool, per_group)]
    topic_texts = [rng.choice(topics) for _ in range(per_group)]
    country_texts = [rng.choice(countries) for _ in range(per_group)]
    words = [word for text in (*rng.sample(pool, per_group), *topics, *countries) for word in text.split()]
    prefixes = [(word := rng.choice(words))[:rng.randint(1, min(5, len(word)))].lower()
                for _ in range(per_group)]
    texts = names + surnames + topic_texts + [text if rng.random() < 0.5 else text.lower() for text in country_texts] \
        + prefixes
    rng.shuffle(texts)
    return texts


FILTER_COUNT = 100


def filter_choices(seed: int = 13) -> list[dict]:
    """Deterministic filter settings as a desk officer combines them, each alone or with others and a text."""
    rng = random.Random(seed)
    codes = [code for code, _ in all_countries()]
    topics = [topic for topic, _ in TOPICS]
    choices = []
    for _ in range(FILTER_COUNT):
        filters: dict = {}
        while not filters:
            if rng.random() < 0.5:
                filters["country"] = rng.choice(codes)
            if rng.random() < 0.4:
                year = rng.randint(1990, 2025)
                filters["date_from"] = f"{year:04d}-01-01"
                filters["date_to"] = f"{year + rng.randint(0, 5):04d}-12-31"
            if rng.random() < 0.3:
                filters["visit_type"] = rng.choice(["state", "official", "working", "meeting"])
            if rng.random() < 0.3:
                filters["status"] = rng.choice(["planned", "under way", "completed"])
            if rng.random() < 0.3:
                filters["open_follow_ups"] = True
        if rng.random() < 0.3:
            filters["text"] = rng.choice(topics)
        choices.append(filters)
    return choices
