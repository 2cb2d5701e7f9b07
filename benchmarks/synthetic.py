"""Deterministic synthetic visits for benchmarks: realistic lengths, names in several scripts."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator

from briefing.countries import all_countries

_GIVEN = ["Karamoko", "Murat", "Ελένη", "Nguyễn Thị", "Krišjānis", "Mevlüt", "Umaro", "Анна", "Мұрат", "José",
          "Zoë", "Søren", "Łukasz", "Aigerim", "Chidi", "Ayşe", "Olúwaseun", "Đặng", "Ionuț", "Žaneta", "Αλέξης",
          "Дмитрий", "Nurlan", "Fatoumata", "Siosaia", "Mohamed", "Anura", "Ngozi", "Radosław", "Hà"]
_FAMILY = ["Traoré", "Nurtleu", "Papadopoulou", "Çavuşoğlu", "Kariņš", "Embaló", "Нұртілеу", "Ouédraogo",
           "Sikorski", "Dissanayake", "Kühn", "Øster", "Muizzu", "Fidan", "Pashinyan", "Иванова", "Nguyễn",
           "Balogun", "Kowalczyk", "Tōkai", "Mensah", "Διαμαντόπουλος", "Ибраимов", "Sánchez", "Okafor",
           "Lindqvist", "Batbayar", "Hakobyan", "Dlamini", "Rahmonov"]
_TITLES = ["Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs", "Ambassador", "Prime Minister",
           "President", "Minister of Trade and Industry", "Director of the Europe Department",
           "Deputy Prime Minister and Minister of Foreign Affairs", "Chief of Protocol", "Adviser to the President"]
TOPICS = [("logistics", "trade and economic"), ("mining", "trade and economic"), ("digitalization", "other"),
           ("defense industry", "security and defence"), ("education", "cultural and humanitarian"),
           ("tourism", "cultural and humanitarian"), ("energy", "trade and economic"),
           ("agriculture", "trade and economic"),
           ("political consultations", "political"), ("counter-terrorism", "security and defence"),
           ("health", "cultural and humanitarian"), ("transport corridors", "trade and economic")]
_STATUSES = ["completed", "completed", "completed", "planned", "under way"]
_KINDS = ["memorandum of understanding", "agreement", "protocol", "joint statement", "roadmap", "treaty"]
_WORDS = ("cooperation partnership dialogue bilateral relations investment trade corridor ministers agreed "
          "consultations regional security development projects visit talks delegation framework strengthen "
          "joint commission priorities economy culture education exchange").split()


_SYLLABLES = {
    "latin": ["ba", "ko", "tra", "ou", "ré", "ni", "ša", "ló", "mu", "dé", "ga", "ri", "ţa", "ğu", "ka", "zo", "ņe",
              "vi", "lu", "mé", "sa", "to", "ry", "ña", "po", "ke", "đi", "wa", "ha", "ze"],
    "cyrillic": ["ба", "ко", "нұр", "ті", "ле", "ев", "ов", "на", "ми", "ра", "жа", "ше", "ұл", "ға", "сы"],
    "greek": ["πα", "δο", "πο", "λο", "κα", "ρη", "νι", "τσ", "μα", "θε"],
}


def _surnames(rng: random.Random, count: int) -> list[str]:
    """Distinct invented surnames in Latin with diacritics, Cyrillic and Greek, plus the curated ones."""
    names = set(_FAMILY)
    scripts = list(_SYLLABLES)
    while len(names) < count:
        syllables = _SYLLABLES[rng.choice(scripts)]
        names.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize())
    return sorted(names)


def _vocabulary(rng: random.Random, count: int = 2000) -> list[str]:
    """The common words plus invented ones, so text has a realistic spread of rare terms."""
    words = set(_WORDS)
    while len(words) < count:
        words.add("".join(rng.choice(_SYLLABLES["latin"]) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: random.Random, words: int) -> str:
    # Mostly everyday words, with a tail of rarer ones, as in real press summaries.
    return " ".join(rng.choice(_WORDS) if rng.random() < 0.7 else rng.choice(_VOCABULARY)
                    for _ in range(words)).capitalize() + "."


_VOCABULARY = _vocabulary(random.Random(3))


def people_pool(size: int, seed: int = 7) -> list[tuple[str, str]]:
    """Distinct (name, organisation) pairs drawn from thousands of surnames."""
    rng = random.Random(seed)
    surnames = _surnames(rng, max(size // 10, 200))
    pool, seen = [], set()
    while len(pool) < size:
        name = f"{rng.choice(_GIVEN)} {rng.choice(surnames)}"
        if name in seen:
            continue
        seen.add(name)
        pool.append((name, f"Ministry {rng.randint(1, 50)}"))
    return pool


def visit_documents(count: int, seed: int = 42) -> Iterator[dict]:
    """`count` visit documents: ~8 participants from a pool of count/2 people, 3 areas, 1–2 agreements."""
    rng = random.Random(seed)
    # Statuses and follow-ups come from their own generator, so every other field is what it always was.
    desk = random.Random(seed + 1)
    countries = [name for _, name in all_countries()]
    pool = people_pool(max(count // 2, 16), seed)
    for index in range(count):
        host, guest = rng.sample(countries, 2)
        year, month, day = rng.randint(1990, 2026), rng.randint(1, 12), rng.randint(1, 25)
        start = f"{year:04d}-{month:02d}-{day:02d}"
        end = f"{year:04d}-{month:02d}-{day + rng.randint(0, 3):02d}"
        people = rng.sample(pool, 8)
        participants = [{"name": name, "title": rng.choice(_TITLES), "side": "host" if i < 4 else "guest",
                         "role": "head of delegation" if i in (0, 4) else "member", "organization": org}
                        for i, (name, org) in enumerate(people)]
        topics = rng.sample(TOPICS, 3)
        yield {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": f"Visit of the {rng.choice(_TITLES)} of {guest} to {host} ({index})",
            "host_country": host, "guest_country": guest, "city": f"City {rng.randint(1, 500)}",
            "start_date": start, "end_date": end,
            "visit_type": rng.choice(["state", "official", "working", "meeting"]), "level": "foreign minister",
            "status": desk.choice(_STATUSES), "summary": " ".join(_sentence(rng, 14) for _ in range(5)),
            "significance": _sentence(rng, 10), "source": f"https://example.org/press/{index}",
            "participants": participants,
            "cooperation_areas": [{"topic": topic, "category": category, "notes": _sentence(rng, 12)}
                                  for topic, category in topics],
            "agreements": [{"title": f"{kind.capitalize()} on {rng.choice(TOPICS)[0]}", "kind": kind,
                            "status": "signed", "signed_on": start,
                            "signatories": [participants[0]["name"], participants[4]["name"]]}
                           for kind in rng.sample(_KINDS, rng.randint(1, 2))],
            "history": [{"date": f"{year - rng.randint(1, 20)}", "text": _sentence(rng, 16)} for _ in range(2)],
            "quotes": [], "talking_points": [_sentence(rng, 12)],
            "follow_ups": _follow_ups(desk, year),
        }


def _follow_ups(desk: random.Random, year: int) -> list[dict]:
    """One visit in four promises one or two actions, due within two years, a third of them still open."""
    if desk.random() >= 0.25:
        return []
    return [{"action": f"Follow up on the {desk.choice(TOPICS)[0]} talks", "owner": "Ministry of Foreign Affairs",
             "due": f"{year + desk.randint(0, 1):04d}-{desk.randint(1, 12):02d}-{desk.randint(1, 28):02d}",
             "status": desk.choice(["open", "done", "done"])} for _ in range(desk.randint(1, 2))]
