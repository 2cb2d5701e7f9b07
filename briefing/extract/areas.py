"""Areas of cooperation as short lower-case topics, each with its vocabulary category.

Topics come from lists the text gives after "cooperation in", "areas such as", "discussed",
"centred on" and the like, split the way the text groups them ("tourism, construction and
fishery" is three topics; "political, trade and economic, cultural and humanitarian aspects"
is three as well), and from the subjects of the documents signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.agreements import FoundAgreement
from briefing.extract.gazetteer import city_countries, country_mentions
from briefing.extract.text import Article, clean_text, fold, is_speech

# Lower-case words between "cooperation" and "in": a capitalised one is a name ("Cooperation Organisation").
_GAP = (r"(?:\s+(?!(?:and|or|but|to|that|which|who|how|will|would|should|could|can|may|might|as|while)\b)"
        r"(?-i:[a-z])[\w'-]*)")
_TRIGGERS = [
    re.compile(r"\b(?:cooperation|collaboration|co-operation|cooperate|work|engagement|exchanges?)\b" + _GAP
               + r"{0,6}?\s+(?:in|on|across|including|such as|covering|regarding|concerning)\s+", re.IGNORECASE),
    re.compile(r"\b(?:areas?|fields?|sectors?|spheres?|domains?|topics?|issues|matters|questions|directions)\s+"
               r"(?:such as|including|like|of|as|covering|about|on)\s+", re.IGNORECASE),
    re.compile(r"\b(?:discussed|discussion(?:s)? (?:on|of|about)|talks (?:on|about)|talked about|dealt with|"
               r"focused on|focusing on|centred on|centered on|concentrated on|concentrates on|concerns|"
               r"touched (?:up)?on|covered|reviewed|exchanged views on|explored|addressed|examined|tackled|"
               r"took stock of(?: progress on)?|looked at)\s+", re.IGNORECASE),
    re.compile(r"\b(?:across|in) the (?=[a-z ,]+? (?:spheres|areas|fields|sectors|domains|dimensions)\b)"),
    re.compile(r"\b(?:commission|committee|dialogue|working group|mechanism) on\s+", re.IGNORECASE),
]
_SUCH_AS = re.compile(r"\b(?:such as|including|notably|particularly|especially)\s+")
_TOPICAL = re.compile(r"\b(?:cooperat|collaborat|areas?\b|fields?\b|sectors?\b|matters\b|issues\b|interest|topics"
                      r"|partnership|relations|ties\b|dialogue)",
                      re.IGNORECASE)
_LIST_END = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:signed|agreed|discussed|noted|expressed|exchanged|decided|reaffirmed|stressed|"
    r"welcomed|called|pledged|held|met|adopted|will|would|to)\b"
    r"|[.;!?](?=\s|$|-)|:\s|\s-\s|[()\"]"
    r"|\s(?:which|that|so that|in order|in ways|to ensure|while|but|who|where"
    r"|with a view|aimed at|in the shared|in line with|for the benefit|so as|on the basis|based on"
    r"|(?<!well )as the|reported|said|says|noted|ahead of|prior to|during|after|before"
    r"|were|was|is|are|will|would|have|has|had|between the|among the)\b")
_LEAD_IN = re.compile(r"^(?:(?:a|the)\s+)?(?:(?:wide|broad|whole)\s+)?(?:range|variety|number|host|list)\s+of\s+"
                      r"(?:\w+\s+){0,2}?(?:topics|issues|areas|fields|sectors|matters|questions)\s+"
                      r"(?:covering|including|such as|like|on|in)\s+"
                      r"|^(?:many|various|several|all|different|key|a number of)\s+(?:\w+\s+)?"
                      r"(?:fields|areas|sectors|spheres|issues|matters)\s*[,:]?\s*(?:including|such as|like)?\s*"
                      r"|^(?:the\s+)?(?:fields?|areas?|sectors?|spheres?)\s+of\s+"
                      r"|^(?:several|many|various)?\s*(?:pressing|key)?\s*matters\s*:\s*"
                      r"|^(?:\w+\s+){0,2}(?:areas|fields|sectors|spheres|directions|topics|issues|matters)\s+"
                      r"(?:such as|including|like|covering)\s+", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:cooperation|collaboration)\s+(?:on|in|with)"
                      r"|(?:fields?|spheres?|domains?|sectors?|areas?)\s+of|(?:the\s+)?(?:development|implementation|"
                      r"strengthening|expansion|promotion|enhancement|deepening|intensification)\s+of|(?:joint\s+)?projects?\s+in|notably|namely|"
                      r"particularly|especially|including|such as|"
                      r"(?:the|a|an|its|their|our|both|all|further|closer|broader|stronger|greater|deeper|shared|"
                      r"enhanced|more|new|bilateral|in|on|of|and|developing|enhancing|strengthening|expanding|"
                      r"deepening|promoting|enforcing|boosting|reforming|advancing|fostering|increasing|improving|"
                      r"intensifying|building|renewing)\s+)+", re.IGNORECASE)
_TRAILING = re.compile(r"\s+(?:(?:aspects|spheres|areas|fields|sectors|dimensions|domains)(?:\s+of\s+(?:bilateral\s+)?"
                       r"(?:cooperation|relations|ties))?|cooperation|collaboration|further|too|as well|project|and|or"
                       r"|sectors?)$",
                       re.IGNORECASE)
_GENERIC = {
    "bilateral", "relations", "relationship", "ties", "cooperation", "collaboration", "partnership", "strategic",
    "comprehensive", "friendship", "mutual", "common", "interest", "interests", "concern", "concerns", "issues",
    "issue", "matters", "questions", "topics", "range", "variety", "number", "various", "several", "many", "other",
    "all", "wide", "sectors", "areas", "fields", "spheres", "pressing", "key", "important", "two", "countries",
    "nations", "sides", "both", "interaction", "developments", "situation", "long-lasting", "lasting", "shared",
    "benefit", "prospects", "directions", "development", "way", "ways", "strands", "level", "dynamic",
    "successful", "aspects", "renewed", "allied", "alliance", "every", "area", "agenda", "things", "each",
    "together", "further", "new", "closer", "deeper", "stronger", "mutually", "beneficial", "close",
    "competence", "as", "well", "too", "also", "the", "and", "joint", "action", "state", "status",
    "implementation", "progress", "results", "outcomes", "affairs", "challenges", "problems", "events", "processes",
    "final", "agreed", "signed", "draft", "period", "year", "years", "pertinent", "relevant", "current", "urgent",
    "acute", "latest", "recent",
}
_GLOBAL = re.compile(r"\b(?:region|indo-pacific|geopolitic\w*|topical|agenda"
                     r"|situation|crisis|conflict|war|middle east|framework of|format|auspices"
                     # ceremonies and protocol are the setting of a visit, not fields of cooperation
                     r"|guard|honou?r|wreath|ceremony|monument|memorial|banquet|reception|lunch|dinner)\b")
# Words of scope: "regional security" is a field, "regional and international issues" is not.
_SCOPE = re.compile(r"\b(?:international|regional|global|world|multilateral\w*)\b")
_LIST_INTRO = re.compile(r"\b(?:focus\w* on|cent(?:red|ered) on|discuss\w*|covering|including|priorities|areas|fields"
                         r"|sectors|topics|cooperation in)\s*:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-\u2022*]|\d+[.)])\s+")
# A clause, not a topic: "they traded ideas on ...", "how to expand ...".
_NOT_A_TOPIC_START = {"how", "what", "which", "where", "when", "why", "whether", "to", "they", "we", "he", "she", "it",
                      "this", "these", "those", "i"}
_PARENTHESES = re.compile(r"\s*\([^()]{1,40}\)")
# An item that only gives examples of the one before it ("regional affairs, including ...").
_EXAMPLES = re.compile(r"^\s*(?:including|notably|such as|particularly|especially|in particular|namely)\b")
_PROCESS = re.compile(r"^(?:(?:the\s+)?(?:organi[sz]ation|commencement|advancement|celebration|implementation|"
                      r"establishment|promotion|holding|creation|renewal|renewing|mutual recognition)\s+of\s+"
                      r"(?:renewing\s+)?(?:the\s+)?)+")
_SUBJECT = re.compile(r"\b(?:on|pertaining to|concerning|regarding|relating to|related to|in the field of|for(?!\s+\d))"
                      r"\s+(.+)$", re.IGNORECASE)
_KIND_WORDS = re.compile(r"\b(?:agreements?|programmes?|programs?|plans?|memorand(?:um|a)|treat(?:y|ies)|protocols?"
                         r"|mous?|communiqu\w*|statements?|declarations?|exchanges? of (?:notes|letters)|roadmaps?"
                         r"|conventions?|accords?)\b", re.IGNORECASE)
_WHOLE_COUNTRY = re.compile(r"\b(?:the\s+)?(?:two|both)\s+(?:countries|nations|sides)'?s?\b")
_CATEGORIES = (
    ("security and defence", r"secur|defen[cs]|military|ammunition|sanction|terror|arms|border|police|weapon"),
    ("political", r"politic|diplom|foreign affairs|consult|parliament|legal|judicial|law\b|governance|consular"
                  r"|visa|migra|mobility|extradit"),
    ("trade and economic", r"trade|econom|invest|financ|industr|energ|transport|logist|mining|agricult|touris"
                           r"|construct|digital|technolog|customs|infrastruct|textile|fish|bank|business|commerc"
                           r"|oil|gas|road|employment|labou?r|redevelop|research|climate|environment"),
    ("cultural and humanitarian", r"cultur|humanitar|educat|scien|health|sport|youth|art|people|exchange|media"
                                  r"|training|exhibition|anniversar|welfare|social"),
)


@dataclass(frozen=True)
class Area:
    """A topic with its category, notes and the passage it comes from."""

    topic: str
    category: str
    notes: str | None
    start: int
    end: int
    confidence: float


def find_areas(article: Article, agreements: list[FoundAgreement], skip: set[int]) -> list[Area]:
    """Topics named as fields of cooperation or discussion, then the subjects of signed documents."""
    areas: list[Area] = []
    listed = False  # under "focusing on:", each bullet is a list of its own
    for sentence in article.sentences:
        if sentence.start in skip or is_speech(sentence, article.norm):
            continue
        bullet = _BULLET.match(sentence.text)
        if bullet and listed:
            found = _list_items(sentence.text, bullet.end(), [])
        else:
            listed = bool(_LIST_INTRO.search(sentence.text)) and not _KIND_WORDS.search(sentence.text)
            found = _sentence_topics(sentence.text)
        for local_start, local_end, topic in found:
            _add(areas, Area(topic, category_for(topic), None, sentence.at(local_start), sentence.at(local_end), 0.8))
    for agreement in agreements:
        topic = _agreement_subject(agreement.title)
        if topic:
            _add(areas, Area(topic, category_for(topic), f"Subject of: {agreement.title}", agreement.start,
                             agreement.end, 0.6))
    return areas


def category_for(topic: str) -> str:
    """The vocabulary category of a topic ("mining" -> "trade and economic")."""
    for category, pattern in _CATEGORIES:
        if re.search(pattern, topic):
            return category
    return "other"


def _sentence_topics(text: str) -> list[tuple[int, int, str]]:
    found = []
    text = _PARENTHESES.sub(lambda m: " " * len(m.group()), text)  # "railway project (Hafeet Rail), energy"
    triggers = [m.span() for pattern in _TRIGGERS for m in pattern.finditer(text)]
    triggers += [m.span() for m in _SUCH_AS.finditer(text) if _TOPICAL.search(text[:m.start()])]
    for start in sorted({end for _, end in triggers}):
        found.extend(_list_items(text, start, [s for s, _ in triggers]))
    return found


def _list_items(text: str, start: int, trigger_starts: list[int]) -> list[tuple[int, int, str]]:
    lead = _LEAD_IN.match(text[start:])
    if lead:
        start += lead.end()
    stop = _LIST_END.search(text, start)
    end = stop.start() if stop else len(text)
    end = min([end] + [s for s in trigger_starts if start < s < end])  # a later list speaks for itself
    region = text[start:end]
    items = []
    for offset, part in _parts(region):
        head_noun = re.search(r"\w\s+(?:aspects|spheres|areas|fields|sectors|domains|dimensions)\b", part)
        if head_noun:  # "political, trade and economic ... aspects": the list ends at its noun
            part = part[:head_noun.end()]
        previous_broad = False
        for local, item in _split(part):
            topic = _tidy(item)
            broad = topic is not None and _is_broad(topic)
            if not _EXAMPLES.match(item):
                previous_broad = broad
            elif previous_broad:
                continue  # examples of a global question: "regional affairs, including ..."
            if topic and not broad and not _is_place(item, topic):
                # the passage starts at the topic's first word ("on the exchange of ..." -> "exchange of ...")
                skip = max(len(item) - len(item.lstrip()), item.lower().find(topic.split()[0]))
                local += skip
                items.append((start + offset + local, start + offset + local + len(item[skip:].rstrip()), topic))
    return items


def _parts(region: str) -> list[tuple[int, str]]:
    """Sub-lists: 'from A, B to C, D' and '..., as well as in E' are listed apart."""
    if region.lower().startswith("from "):
        head, _, tail = region[5:].partition(", to ")
        parts = [(5, head)] + ([(5 + len(head) + 5, tail)] if tail else [])
    else:
        parts = [(0, region)]
    result = []
    for offset, part in parts:
        cursor = 0
        for piece in re.split(r",?\s+as well as\s+", part):
            at = part.index(piece, cursor)
            result.append((offset + at, piece))
            cursor = at + len(piece)
    return result


def _split(region: str) -> list[tuple[int, str]]:
    """Split on commas, and on the last 'and' unless the items are themselves 'X and Y' groups."""
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", region) if m.group().strip()]
    oxford = len(chunks) > 1 and re.match(r"\s*and\s", chunks[-1][1])
    grouped = any(" and " in c for _, c in chunks[:-1])
    result = []
    for position, (offset, chunk) in enumerate(chunks):
        pieces = _split_on_and(chunk, r"\s+and\s+(?=(?:on|in|a|an|the)\s)")
        last = position == len(chunks) - 1
        if last and len(chunks) > 1 and not oxford and (not grouped or chunk.count(" and ") >= 2):
            pieces = [p for at, piece in pieces for p in _split_on_and(piece, r"\s+and\s+(?!.*\sand\s)", at)]
        result.extend((offset + at, piece) for at, piece in pieces)
    return result


def _split_on_and(text: str, pattern: str, base: int = 0) -> list[tuple[int, str]]:
    pieces, cursor = [], 0
    for match in re.finditer(pattern, text):
        pieces.append((base + cursor, text[cursor:match.start()]))
        cursor = match.end()
    pieces.append((base + cursor, text[cursor:]))
    return [(at, piece) for at, piece in pieces if piece.strip()]


def _tidy(item: str) -> str | None:
    topic = fold(re.sub(r"[\"'\u2018\u2019\u201c\u201d]", "", clean_text(item)))
    previous = None
    while previous != topic:
        previous = topic
        topic = _LEADING.sub("", topic).strip()
        topic = _TRAILING.sub("", topic).strip()
    words = topic.split()
    if not words or len(words) > 8 or words[0] in _NOT_A_TOPIC_START:
        return None
    if not re.search(r"[^\W\d_]{3}", topic) or not _without_countries(topic) or _KIND_WORDS.search(topic):
        return None
    return topic


def _is_broad(topic: str) -> bool:
    """Global questions and words that name no field ("regional issues", "bilateral relations", "2024-2025")."""
    return bool(_GLOBAL.search(topic)) or all(w in _GENERIC or w in ("and", "of", "in", "the", "for")
                                               or any(c.isdigit() for c in w) for w in _SCOPE.sub("", topic).split())


def _is_place(item: str, topic: str) -> bool:
    """A city named where a list was expected ("the Cooperation Organisation summit in Astana")."""
    return item.strip()[:1].isupper() and bool(city_countries(topic))


def _without_countries(topic: str) -> str:
    """The topic with country names and adjectives taken out ("turkmen-turkish" -> "")."""
    text = " ".join(word.capitalize() for word in re.split(r"[\s-]+", topic))
    for mention in sorted(country_mentions(text), key=lambda m: -m.start):
        text = text[:mention.start] + text[mention.end:]
    return text.strip()


def _agreement_subject(title: str) -> str | None:
    subject = _SUBJECT.search(title)
    text = subject.group(1) if subject else _KIND_WORDS.split(title)[0]
    if not subject and category_for(fold(text)) == "other":
        return None  # a name before the kind ("Vuvale Union Agreement"), not a field ("Free Trade Agreement")
    text = re.split(r"\s+between\s+|\s+for\s+(?:the\s+)?\d{4}", _WHOLE_COUNTRY.sub("", text))[0]
    for mention in sorted(country_mentions(text), key=lambda m: -m.start):
        text = text[:mention.start] + text[mention.end:]
    text = re.sub(r"\s*-\s*(?=\s)|^\s*-\s*", " ", text)
    text = _PROCESS.sub("", fold(text).replace("'", "")).strip()
    text = _KIND_WORDS.sub("", text).strip()
    topic = _tidy(text) if len(text.split()) <= 8 else None
    return topic if topic and not _is_broad(topic) else None


def _tokens(topic: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[\w']+", topic) if w not in ("and", "of", "the", "in", "on", "for")}


def _add(areas: list[Area], area: Area) -> None:
    new = _tokens(area.topic)
    if new and not any(new <= _tokens(existing.topic) for existing in areas):
        areas.append(area)
