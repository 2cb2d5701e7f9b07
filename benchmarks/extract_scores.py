"""How well the press-release reader does on the project's own corpus, per language and per field.

    python benchmarks/extract_scores.py [CORPUS_DIR]

Each tests/extract/corpus/<lang>/NN-slug.txt has its truth in NN-slug.json (host and guest country, dates,
participants with their side, cooperation areas, agreements). Countries and dates are scored as the share
right; participants, agreements and areas by precision, recall and F1 over the whole language. Names match
when every word of the shorter is in the longer or two words are shared; topics and titles match when half
of the content words of the shorter (first six letters, accents and case folded) are in the other. The
last line gives the mean reading time per article after start-up.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.extract import extract

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "extract" / "corpus"
FILLER = {"the", "of", "and", "on", "in", "for", "a", "an", "to", "with", "cooperation", "field", "fields",
          "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "dans", "pour", "sur",
          "domaine", "domaines", "в", "и", "на", "по", "о", "об", "с", "сфере", "области", "сотрудничестве",
          "сотрудничества", "сотрудничество"}
KIND_ALIASES = {"mou": "memorandum"}


@dataclass
class Tally:
    """Matches, extracted items and true items of one list field, summed over a language."""

    found: int = 0
    true: int = 0
    matched: int = 0

    def add(self, matched: int, found: int, true: int) -> None:
        self.matched, self.found, self.true = self.matched + matched, self.found + found, self.true + true

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class LanguageScore:
    """The scores of one language's texts."""

    cases: int = 0
    countries: float = 0.0
    dates: float = 0.0
    seconds: float = 0.0
    lists: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in
                                                              ("participants", "agreements", "areas")})

    @property
    def country_share(self) -> float:
        return self.countries / self.cases if self.cases else 0.0

    @property
    def date_share(self) -> float:
        return self.dates / self.cases if self.cases else 0.0


def fold(text: str | None) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare.casefold()).split())


def _content(text: str) -> set[str]:
    return {word[:6] for word in fold(text).split() if word not in FILLER and len(word) > 1}


def similar(a: str, b: str) -> bool:
    left, right = _content(a), _content(b)
    if not left or not right:
        return fold(a) == fold(b)
    return len(left & right) / min(len(left), len(right)) >= 0.5


def same_name(a: str, b: str) -> bool:
    left, right = set(fold(a).split()), set(fold(b).split())
    return bool(left and right) and (left <= right or right <= left or len(left & right) >= 2)


def _country(name: str | None) -> str:
    folded = fold(name)
    aliases = {"turkey": "turkiye", "viet nam": "vietnam", "cote d ivoire": "ivory coast",
               "korea republic of": "south korea", "russian federation": "russia", "czech republic": "czechia"}
    return aliases.get(folded, folded)


def _matches(truth: list, found: list, match) -> int:
    used, count = set(), 0
    for item in truth:
        for index, other in enumerate(found):
            if index not in used and match(item, other):
                used.add(index)
                count += 1
                break
    return count


def score_case(truth: dict, document: dict, into: LanguageScore) -> None:
    into.cases += 1
    into.countries += 0.5 * (_country(truth["host_country"]) == _country(document["host_country"]))
    into.countries += 0.5 * (_country(truth["guest_country"]) == _country(document["guest_country"]))
    into.dates += 0.5 * (truth["start_date"] == document["start_date"])
    into.dates += 0.5 * (truth["end_date"] == document["end_date"])
    people = document["participants"]
    into.lists["participants"].add(_matches(truth["participants"], people, lambda t, g: same_name(
        t["name"], g["name"]) and t["side"] == g["side"]), len(people), len(truth["participants"]))
    documents = document["agreements"]
    into.lists["agreements"].add(_matches(truth["agreements"], documents, lambda t, g: similar(t["title"], g["title"])),
                                 len(documents), len(truth["agreements"]))
    topics = [area["topic"] for area in document["cooperation_areas"]]
    into.lists["areas"].add(_matches(truth["cooperation_areas"], topics, similar), len(topics),
                            len(truth["cooperation_areas"]))


def corpus_scores(corpus: Path = CORPUS) -> dict[str, LanguageScore]:
    """Read every text of the corpus and score it against its truth, by language folder."""
    extract("Warm-up: the minister met his counterpart.")
    scores: dict[str, LanguageScore] = {}
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        score = scores.setdefault(folder.name, LanguageScore())
        for text_file in sorted(folder.glob("*.txt")):
            truth = json.loads(text_file.with_suffix(".json").read_text(encoding="utf-8"))
            text = text_file.read_text(encoding="utf-8")
            began = time.perf_counter()
            document = extract(text).document
            score.seconds += time.perf_counter() - began
            score_case(truth, document, score)
    return scores


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    scores = corpus_scores(corpus)
    print(f"{'lang':5} {'cases':>5} {'countries':>9} {'dates':>6}  " +
          "  ".join(f"{name + ' P/R/F1':>22}" for name in ("participants", "agreements", "areas")))
    cases = seconds = 0.0
    for language, score in scores.items():
        lists = "  ".join(f"{t.precision:6.2f} {t.recall:6.2f} {t.f1:6.2f}  " for t in score.lists.values())
        print(f"{language:5} {score.cases:5d} {score.country_share:9.2f} {score.date_share:6.2f}  {lists}")
        cases += score.cases
        seconds += score.seconds
    print(f"mean reading time per article: {1000 * seconds / max(cases, 1):.1f} ms ({int(cases)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
