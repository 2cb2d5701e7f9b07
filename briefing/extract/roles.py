"""The words of official titles and courtesy forms, and the level a title stands for."""

from __future__ import annotations

import re

from briefing.extract.gazetteer import country_mentions

# Courtesy forms dropped from names ("Mr", "Dr", "H.E.", "Samdech Techo").
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "madame",
    "excellency", "majesty", "highness", "hon", "honourable", "honorable", "samdech", "techo",
    "h.e", "h.h", "eng", "engr", "lord", "his", "her", "royal", "the", "akka", "moha", "sena", "padei",
    "gen", "lt", "col", "maj", "brig", "adm", "capt", "cdr", "rev", "amb", "rt", "right",
})
# Honorifics that start a multi-word courtesy form but are ordinary words on their own.
HONORIFIC_LEADS = frozenset({"his", "her", "royal", "the", "akka", "moha", "sena", "padei"})
# Gulf forms that belong to the name as written ("Sayyid Badr Hamad al Busaidi").
KEPT_HONORIFICS = frozenset({"sayyid", "sayyida", "sheikh", "sheikha", "shaikh", "shaikha", "sheik"})
NAME_PARTICLES = frozenset({
    "bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van",
    "von", "der", "den", "la", "le", "y", "ben", "abu", "ould", "mac", "ter", "te",
})

# Words that make a title what it is ("Minister", "President", "EAM").
TITLE_HEADS = frozenset({
    "president", "vice-president", "prime", "premier", "minister", "ministers", "secretary",
    "secretaries", "secretary-general", "chancellor", "king", "queen", "emir", "amir", "sultan",
    "prince", "princess", "crown", "ambassador", "ambassadors", "speaker", "chairman", "chairwoman",
    "chairperson", "governor", "mayor", "director", "director-general", "head", "heads",
    "commissioner", "envoy", "adviser", "advisor", "counsellor", "counselor", "deputy", "vice",
    "spokesperson", "spokesman", "spokeswoman", "representative", "chief", "undersecretary",
    "under-secretary", "consul", "consul-general", "senator", "eam", "fm", "pm", "presidents",
    "vice-chairman", "chair", "leader", "leaders", "assistant", "attaché", "aide", "emperor", "empress", "ceo",
})
# Words a title may carry between its head and the name ("... of Foreign Affairs of").
TITLE_WORDS = frozenset({
    "of", "for", "and", "the", "at", "in", "on", "to", "with", "foreign", "affairs", "external",
    "internal", "international", "regional", "cooperation", "co-operation", "integration", "relations",
    "abroad", "diaspora", "trade", "industry", "finance", "economy", "economic", "development",
    "defence", "defense", "interior", "home", "justice", "law", "health", "education", "culture",
    "tourism", "agriculture", "energy", "transport", "labour", "labor", "environment", "investment",
    "planning", "communications", "information", "digital", "science", "technology", "commerce",
    "state", "ministry", "department", "division", "office", "council", "senate", "parliament",
    "assembly", "house", "representatives", "national", "federal", "personal", "special",
    "permanent", "public", "security", "social", "welfare", "youth", "sports", "women", "family",
    "water", "resources", "mines", "mining", "oil", "gas", "petroleum", "fisheries", "infrastructure",
    "housing", "works", "government", "republic", "kingdom", "united", "states", "majesty",
    "highness", "his", "her", "first", "second", "third", "senior", "general", "asia", "africa",
    "europe", "pacific", "peoples", "americas", "middle", "east", "gulf", "islamic", "religious",
    "emergency", "situations", "civil", "aviation", "maritime", "telecommunications", "treasury",
    "customs", "immigration", "protocol", "logistics", "climate", "chamber", "arts",
    "european", "union", "african", "asian", "cabinet", "solidarity", "population", "minorities",
    "employment", "innovation", "research", "higher", "human", "rights", "land", "urban", "rural",
    "political", "multilateral", "consular", "legal", "strategic", "cultural", "bilateral", "expatriates",
    "nationals", "overseas", "emigrants", "communities", "compatriots", "francophonie", "latin", "caribbean",
    "america", "north", "south", "central", "western", "eastern", "southern", "northern", "oceania", "baltic",
    "nordic", "mediterranean", "sahel",
})
# Capitalised words that never start or continue a person's name.
NOT_NAME_WORDS = frozenset({
    "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "by", "for", "from", "with",
    "during", "after", "before", "while", "when", "according", "together", "both", "each", "their",
    "they", "he", "she", "it", "his", "her", "its", "our", "we", "i", "as", "also", "but", "and", "or",
    "special", "present", "release", "details", "context", "today", "yesterday", "meanwhile",
    "however", "moreover", "furthermore", "among", "through", "under", "over", "earlier", "later",
    "last", "next", "several", "many", "two", "three", "four", "five", "eight", "photo", "source",
    "news", "press", "statement", "ministry", "ministries", "council", "academy", "institute",
    "board", "commission", "committee", "forum", "group", "summit", "university", "bank", "center",
    "centre", "agency", "office", "department", "assembly", "parliament", "senate", "government",
    "republic", "kingdom", "union", "organization", "organisation", "corporation", "company", "fund",
    "service", "division", "chamber", "park", "resort", "hall", "palace", "square", "street", "road",
    "airport", "hotel", "museum", "mosque", "church", "tower", "island", "islands", "garden",
    "programme", "program", "plan", "memorandum", "agreement", "treaty", "protocol", "declaration",
    "partnership", "initiative", "conference", "session", "meeting", "talks", "times", "post",
    "daily", "media", "affairs", "secretariat", "administration", "embassy", "consulate", "mission",
    "school", "college", "foundation", "association", "society", "authority", "police", "army",
    "navy", "court", "party", "front", "movement", "region", "province", "city", "community",
    "cooperation", "relations", "zone", "port", "gulf", "sea", "ocean", "lake", "river", "mount",
    "valley", "bay", "coast", "people's", "peoples", "great", "general", "foreign", "national",
    "state", "states", "united", "federal", "international", "regional", "development", "trade",
    "economic", "diplomatic", "joint", "strategic", "mou", "such", "no", "not", "all", "other",
    "what", "which", "who", "how", "there", "here", "then", "thus", "so", "if", "dear", "thank",
    "thanks", "welcome", "visit", "visits", "business", "investment", "tourism", "culture",
    "health", "energy", "finance", "industry", "first", "second", "speaking", "addressing", "despite",
    "following", "ahead", "amid", "within", "without", "until", "since", "via", "upon",
    "about", "against", "between", "into", "like", "near", "off", "onto", "out", "up", "down",
    "eam", "fm", "pm", "mp", "un", "eu", "asean", "nato", "president", "minister", "prime",
    "secretary", "ambassador", "head", "deputy", "vice", "king", "queen", "emir", "sultan",
    "prince", "chairman", "speaker", "respecting", "recalling", "labour", "mobility",
})
# Words after a name showing it belongs to a body or place, not a person ("Sultan Park").
PLACE_OR_BODY_WORDS = frozenset({
    "park", "resort", "hall", "palace", "square", "street", "road", "airport", "hotel", "museum",
    "mosque", "church", "tower", "island", "islands", "garden", "gardens", "house", "institute",
    "academy", "board", "council", "university", "centre", "center", "forum", "group", "bank",
    "company", "corporation", "foundation", "association", "agency", "ministry", "commission",
    "committee", "programme", "program", "school", "college", "stadium", "bridge", "port",
    "district", "province", "region", "state", "city", "news", "times", "post", "summit",
    "offshore", "marine", "holdings", "limited", "ltd", "inc", "plc", "fund", "cup",
})

# Words that make a capitalised phrase a company or an institution wherever they stand in it.
ORGANISATION_WORDS = frozenset({
    "offshore", "marine", "holdings", "limited", "ltd", "inc", "plc", "group", "corporation", "company", "bank",
    "airlines", "airways", "petroleum", "motors", "industries", "systems", "technologies", "solutions", "partners",
    "capital", "fund", "university", "institute", "academy", "council", "ministry", "agency", "foundation", "llc",
    "gmbh", "co", "corp", "enterprises", "international",
})

# Verbs and nouns that show a named person took part in the visit.
PARTICIPATION = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|talked|negotiations|negotiated|held|hold|holds"
    r"|received|receives|receiving|welcomed|welcomes|hosted|hosts|greeted|signed|sign|signs|signing"
    r"|inked|attended|attends|attending|present|joined|accompanied|accompanying|travelling|traveling"
    r"|visit|visits|visited|visiting|arrived|arrives|arriving|reached|came|paid|paying|led|headed"
    r"|co-chaired|chaired|discussed|discussing|agreed|conducted|lunch|dinner|banquet|breakfast"
    r"|honour|honor|counterpart|counterparts|delegation|exchanged|witnessed|looked on|ceremony"
    r"|reception|audience|conversation|consultations|session|courtesy call|called on|briefing"
    r"|together with|along with|invited|invitation|recommitted|reaffirmed|concurred|stressed|underlined"
    r"|noted|emphasized|emphasised|expressed|praised|thanked|called for|presided|presiding|handled|exchange)\b",
    re.IGNORECASE,
)
# Constructions that only mention a person: "on behalf of", "a message from", "the late".
MENTION_ONLY = re.compile(
    r"(?:on behalf of|message from|message of|greetings from|(?:upcoming|forthcoming|planned|future|next|"
    r"proposed|expected) visit (?:of|by)|"
    r"greetings of|letter from|named after|the late|former|predecessor|successor|portrait of|"
    r"tribute to|memory of|condolences to|(?:message|letter|greetings|invitation)\s+from\s+(?:\S+\s+){1,6}to"
    r"|(?:the\s+)?then)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)

_LEVEL_RULES = (
    (r"\bdeputy prime minister\b|\bvice[- ]premier\b|\bdeputy premier\b|\bvice prime minister\b",
     "deputy head of government"),
    (r"\bprime minister\b|\bpremier\b|\bchancellor\b|\bhead of government\b|\bpm\b", "head of government"),
    (r"\b(?:vice[- ]president|speaker|senator|parliament\w*|senate|assembly|member of|house of|councillors|congress"
     r"|duma|majlis|legislat\w*|deputies)\b", "parliamentary"),
    (r"\bpresident\b|\bking\b|\bqueen\b|\bemir\b|\bamir\b|\bsultan\b|\bemperor\b|\bempress\b|\bhead of state\b",
     "head of state"),
    (r"\b(?:deputy|vice|state secretary|under-?secretary|minister of state)\b", "deputy minister"),
    (r"\bforeign (?:minister|secretary)\b|\bminister (?:of|for) (?:foreign|external) affairs\b"
     r"|\bsecretary of (?:foreign affairs|state)\b|\beam\b|\bfm\b|\bexternal affairs minister\b",
     "foreign minister"),
    (r"\bminister\b|\bsecretary of\b", "minister"),
    (r"\b(?:ambassador|director|head of|envoy|adviser|advisor|spokes\w*|representative|consul"
     r"|commissioner|secretary)\b", "senior official"),
)


def level_for_title(title: str | None) -> str | None:
    """The vocabulary level a title stands for ("Foreign Minister" -> "foreign minister")."""
    if not title:
        return None
    lowered = title.lower()
    if re.search(r"\bvice[- ]president\b", lowered) and not re.search(r"senate|parliament|assembly", lowered):
        return "other"
    for pattern, level in _LEVEL_RULES:
        if re.search(pattern, lowered):
            return level
    return "other"


def same_office(title: str, country: str | None) -> str:
    """The office a counterpart holds: 'Foreign Minister of Finland' -> 'Minister of Foreign Affairs of Chile'."""
    office = title
    for mention in reversed(country_mentions(title)):
        before = re.sub(r"(?:\s+of(?:\s+the)?)?\s*$", "", office[:mention.start])
        office = before + " " + re.sub(r"^'s\b", "", office[mention.end:])
    office = " ".join(office.split())
    if level_for_title(office) == "foreign minister":
        office = "Minister of Foreign Affairs"
    return f"{office} of {country}" if country else office


def organization_for_title(title: str | None, country: str | None) -> str | None:
    """The body a title belongs to, when the title names it ("Minister of Finance" -> ministry)."""
    if not title:
        return None
    lowered = title.lower()
    if re.search(r"\bforeign (?:minister|secretary)\b|\b(?:foreign|external) affairs\b|\beam\b|\bfm\b",
                 lowered):
        return "Ministry of Foreign Affairs" + (f" of {country}" if country else "")
    match = re.search(r"\bminist(?:er|ry) (?P<rest>(?:of|for) [^,]+)", title, re.IGNORECASE)
    if match:
        return "Ministry " + match.group("rest")
    return None
