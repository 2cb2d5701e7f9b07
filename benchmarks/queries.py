"""The 200 search texts the benchmark types: names, surnames without accents, topics, countries, prefixes."""

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
