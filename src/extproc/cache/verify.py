"""Verifies a semantic-cache candidate after the vector search: is the cached answer right for this query?

Cosine similarity alone cannot separate paraphrases ("How do I reverse a list in Python?" / "In Python,
how can I reverse a list?") from near-misses ("... in Java?"): near-misses share almost every word, so
they score as high as paraphrases (bench/cache_quality.py measures it). The verifier compares the two
texts word by word instead:

1. exact layer: the texts are equal after lower-casing and dropping punctuation and spaces -> hit;
2. both texts become canonical content tokens: request templates, politeness and function words are
   dropped; synonyms, spellings, number words, comparatives and plurals are folded;
3. the tokens only one side has must all be explained (a typo of a token on the other side), and none
   may be "answer-changing": a number or operator, a negation, an antonym of the other side's token,
   a language, a unit, a date word, a proper name, a role, a comparative; the order around "than",
   "to", "from", "in" must match ("5 km to miles" is not "5 miles to km");
4. what remains unexplained ("soft" content words) is accepted only above a higher similarity.

Pure functions, deterministic, no I/O. Text analysis is memoised, so a cached entry's text is analysed
once however often it is a candidate.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extproc.cache import lexicon as lx

__all__ = [
    "CandidateVerifier",
    "QueryAnalysis",
    "Verdict",
    "VerifierConfig",
    "analyse",
    "exact_key",
    "verify_candidate",
]


@dataclass(frozen=True, slots=True)
class VerifierConfig:
    """Similarity gates on top of the word-level rules (the search's own threshold applies first).

    Chosen on the train split by bench/cache_quality.py; see docs/cache.md."""

    # Below this the candidate is refused whatever its words (the exact layer still hits).
    min_similarity: float = 0.0
    # Same content words after canonicalisation: accepted at or above this similarity.
    same_content_min_similarity: float = 0.0
    # Ordinary content words that only one side has ("... of motion", "... error"), unexplained by any
    # rule: tolerated up to this many, at or above this similarity.
    max_soft_insertions: int = 1
    soft_insertion_min_similarity: float = 0.85
    # Ordinary words that differ on both sides ("art" / "painting", but also "guitar" / "violin"):
    # tolerated up to this many per side, at or above this similarity.
    max_soft_substitutions: int = 1
    soft_substitution_min_similarity: float = 0.9
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Verdict:
    accept: bool
    # "exact", "same_content", "soft_insertion", "soft_substitution", or why it was refused: "similarity", "question_type",
    # "number", "negation", "antonym", "language", "unit", "date", "entity", "role", "comparison",
    # "order", "content".
    reason: str


@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    """One text, canonicalised for comparison."""

    exact: str
    # Canonical content tokens in text order.
    content: tuple[str, ...]
    # Raw lower-case spelling of each content token (same order), for typo matching.
    raw: tuple[str, ...]
    # Answer-changing class of each content token ("" when it is an ordinary word).
    classes: tuple[str, ...]
    # Whether content token 0 is the text's first word (a leading imperative: "Calculate ...").
    leads: bool
    # Whether content token i+1 directly follows token i in the text (no word or punctuation between):
    # a word right before a shared noun is a modifier ("vegan lasagna", "brown rice").
    adjacent_next: tuple[bool, ...]
    # (direction marker, next content token) in text order.
    directions: tuple[tuple[str, str], ...]
    interrogatives: frozenset[str]


_NUMBER_WORDS: dict[str, str] = {
    "zero": "0",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
    "dozen": "12",
    "half": "0.5",
    "quarter": "0.25",
    "twice": "2 *",
    "thrice": "3 *",
    "double": "2",
    "triple": "3",
}
# "one" is left out on purpose: "which one", "a lighter one" are pronouns far more often than numbers.

_NEGATED_CONTRACTIONS: dict[str, str] = {
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "mustnt": "must not",
}

_OPERATORS: frozenset[str] = frozenset(
    {"+", "*", "/", "=", "==", "===", "!=", "<", ">", "<=", ">=", "^", "minus"}
)
_INTERJECTIONS_AT_START: frozenset[str] = frozenset({"k", "so", "ok", "okay", "well", "um", "uh"})

_PHRASE_MAP: dict[str, str] = dict(lx.PHRASES)
_PHRASE_RE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(p) for p in sorted(_PHRASE_MAP, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)
_NEG_CONTRACTION_RE = re.compile(r"\b([A-Za-z]+)n't\b", re.IGNORECASE)
# A spaced dash between operands is subtraction ("2x - 3"), not punctuation ("git merge - what's ...").
_MINUS_RE = re.compile(r"(?<=[\w)])\s+-\s+(?=[\d(])|(?<=\d)-(?=\d)")
_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)(?:st|nd|rd|th|s)?(?![A-Za-z\d])"
    r"|(?P<num2>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[A-Za-z_][A-Za-z_]*(?:'[A-Za-z]+|')?(?:\+\+|#)?)"
    r"|(?P<op>===|==|!=|<=|>=|[+*/=^<>%$€£])"
    r"|(?P<stop>[.?!:;]+)"
)
# Sentence punctuation, except "." or "," between digits; apostrophes and hyphens inside words are joined.
_EXACT_DROP_RE = re.compile(r"(?<!\d)[.,](?!\d)|(?<=\d)[.,](?!\d)|(?<!\d)[.,](?=\d)|[?!;:\"`()\[\]{}_]")
_EXACT_JOIN_RE = re.compile(r"'|(?<=[a-z])-(?=[a-z])")
# A greeting that opens the text ("Good morning, ...", "Hi there! ...") says nothing about the answer.
_GREETING_RE = re.compile(
    r"^\s*(?:hi|hello|hey|yo|greetings|good (?:morning|afternoon|evening))(?: there| all| everyone)?\s*[,!.:;-]+",
    re.IGNORECASE,
)


def exact_key(text: str) -> str:
    """The exact-match layer's key: lower-case, sentence punctuation dropped, whitespace collapsed.

    Symbols that change an answer stay ("2x - 3" is not "2x + 3"), and so do a decimal point or a
    thousands separator between digits ("3.5" is not "35")."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    text = _EXACT_DROP_RE.sub(" ", _EXACT_JOIN_RE.sub("", text))
    return " ".join(text.split())


def _stem(word: str) -> str:
    """A light suffix stripper: folds plurals and -ing/-ed/-ly forms; both sides get the same errors."""
    if len(word) <= 3 or not word.isalpha():
        return word
    w = word
    stripped_verb = False
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes", "oes")):
        w = w[:-2]
    elif w.endswith("ing") and len(w) >= 6:
        w = w[:-3]
        stripped_verb = True
    elif w.endswith("ed") and len(w) >= 5:
        w = w[:-2]
        stripped_verb = True
    elif w.endswith("ly") and len(w) >= 6:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if stripped_verb and len(w) >= 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def _comparative(word: str) -> tuple[str, str] | None:
    """`"faster"` -> `("fast", "more")`; `"largest"` -> `("large", "most")`; None for other words."""
    if word in lx.IRREGULAR_COMPARATIVES:
        return lx.IRREGULAR_COMPARATIVES[word]
    for suffix, degree in (("est", "most"), ("er", "more")):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            continue
        stem = word[: -len(suffix)]
        candidates = [stem, stem + "e"]
        if len(stem) >= 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")
        for base in candidates:
            if base in lx.COMPARABLE_ADJECTIVES:
                return base, degree
    return None


@lru_cache(maxsize=65536)
def _canon_word(word: str) -> str:
    """Synonym, then stem, then a synonym of the stem ("fridges"): the form two texts are compared in."""
    canon = _stem(lx.SYNONYMS.get(word, word))
    return _SYNONYMS_BY_STEM.get(canon, canon)


_SYNONYMS_BY_STEM: dict[str, str] = {
    _stem(k): _stem(v) for k, v in lx.SYNONYMS.items() if k.isalpha() and _stem(k) != _stem(v)
}


@lru_cache(maxsize=65536)
def _class_of(raw: str, canon: str, proper: bool) -> str:
    """The answer-changing class of a content token, or "" for an ordinary word."""
    forms = (raw, lx.SYNONYMS.get(raw, raw), canon)
    if any(f and (f[0].isdigit() or f in _OPERATORS) for f in forms):
        return "number"
    if "not" in forms:
        return "negation"
    if any(f in ("more", "most", "less", "least") for f in forms):
        return "comparison"
    if any(f in lx.NATURAL_LANGUAGES or f in lx.PROGRAMMING_LANGUAGES for f in forms):
        return "language"
    if any(f in lx.UNITS for f in forms):
        return "unit"
    if any(f in lx.DATE_WORDS for f in forms):
        return "date"
    if any(f in lx.ROLES for f in forms):
        return "role"
    if proper or any(f in lx.GAZETTEER for f in forms):
        return "entity"
    if len(raw) == 1 and raw.isalpha():
        # A lone letter is a variable or a grade ("solve for x", "an A in maths").
        return "entity"
    return ""


def _expand(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = _GREETING_RE.sub(" ", text)
    text = _NEG_CONTRACTION_RE.sub(
        lambda m: (
            {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}.get(m.group(1).lower(), m.group(1))
            + " not"
        ),
        text,
    )
    # A phrase that vanishes leaves a mark, so the words around it are not taken as adjacent.
    text = _PHRASE_RE.sub(lambda m: " | " + _PHRASE_MAP[m.group(0).lower()].strip() + " | ", text)
    return _MINUS_RE.sub(" minus ", text)


@lru_cache(maxsize=16384)
def analyse(text: str) -> QueryAnalysis:
    """Canonical tokens of one text (memoised: cached entries are analysed once)."""
    content: list[str] = []
    raws: list[str] = []
    classes: list[str] = []
    directions: list[tuple[str, str]] = []
    interrogatives: set[str] = set()
    pending_markers: list[str] = []
    adjacent: list[bool] = []
    gap = True
    leads = False
    sentence_start = True
    first_word = True
    word_index = -1  # index of the current word token in the text

    def emit(canon: str, raw: str, cls: str) -> None:
        nonlocal gap, leads
        if not content:
            leads = word_index == 0
        else:
            adjacent[-1] = not gap
        adjacent.append(False)
        gap = False
        content.append(canon)
        raws.append(raw)
        classes.append(cls)
        for marker in pending_markers:
            # "in"/"per" only order names and units ("Fahrenheit in Celsius"), not "a list in place".
            if cls or marker not in ("in", "per"):
                directions.append((marker, canon))
        pending_markers.clear()

    expanded = _expand(text)
    last_end = 0
    for m in _TOKEN_RE.finditer(expanded):
        if expanded[last_end : m.start()].strip(" "):
            gap = True  # punctuation the token pattern skips (commas, quotes, brackets)
        last_end = m.end()
        if m.group("stop"):
            sentence_start = True
            gap = True
            continue
        word_index += 1
        number = m.group("num") or m.group("num2")
        if number:
            emit(number.replace(",", ""), number, "number")
            sentence_start = first_word = False
            continue
        op = m.group("op")
        if op:
            canon = lx.SYNONYMS.get(op, op)
            emit(canon, op, _class_of(op, canon, False) or "number")
            sentence_start = first_word = False
            continue
        original = m.group("word")
        proper = (not sentence_start and original[0].isupper() and original != "I") or (
            len(original) >= 2 and original.isupper() and original != "I"
        )
        was_first = first_word
        sentence_start = first_word = False
        low = original.lower()
        if low.endswith("'s"):
            low = low[:-2]
        elif low.endswith("'") or ("'" in low and low not in lx.CONTRACTIONS):
            low = low.rstrip("'").split("'")[0]
        if was_first and low in _INTERJECTIONS_AT_START:
            gap = True
            continue
        words = _NEGATED_CONTRACTIONS.get(low) or lx.CONTRACTIONS.get(low) or low
        for w in words.split():
            if w in lx.INTERROGATIVE_CLASSES:
                interrogatives.add(lx.INTERROGATIVE_CLASSES[w])
                gap = True
                continue
            if w in lx.NEGATIONS:
                emit("not", w, "negation")
                continue
            if w in _NUMBER_WORDS:
                for n in _NUMBER_WORDS[w].split():
                    emit(n, w, "number")
                continue
            if w in lx.DIRECTION_MARKERS:
                pending_markers.append(lx.SYNONYMS.get(w, w))
                gap = True
                continue
            if proper and w == "us":
                w = "usa"
            comparative = _comparative(w)
            if comparative is not None:
                base, degree = comparative
                if base:
                    canon = _canon_word(base)
                    emit(canon, base, _class_of(base, canon, False))
                emit(degree, w, "comparison")
                continue
            mapped = lx.SYNONYMS.get(w, w)
            if mapped in lx.INTERROGATIVE_CLASSES:
                # "what causes X" asks what "why X" asks.
                interrogatives.add(lx.INTERROGATIVE_CLASSES[mapped])
                gap = True
                continue
            keep_proper = proper and (
                w in lx.DATE_WORDS or w in lx.PROGRAMMING_LANGUAGES or w in lx.GAZETTEER or mapped == "usa"
            )
            if (w in lx.STOPWORDS or mapped in lx.STOPWORDS) and not keep_proper:
                gap = True
                continue
            canon = _canon_word(w)
            emit(canon, w, _class_of(w, canon, proper))
    return QueryAnalysis(
        exact=exact_key(text),
        content=tuple(content),
        raw=tuple(raws),
        classes=tuple(classes),
        leads=leads,
        adjacent_next=tuple(adjacent),
        directions=tuple(directions),
        interrogatives=frozenset(interrogatives),
    )


def _canon_pair(a: str, b: str) -> tuple[str, str]:
    ca, cb = _canon_word(a), _canon_word(b)
    return (ca, cb) if ca <= cb else (cb, ca)


_ANTONYMS: frozenset[tuple[str, str]] = frozenset(_canon_pair(a, b) for a, b in lx.ANTONYM_PAIRS)
_ANTONYM_OF_STOPWORD: frozenset[str] = frozenset(
    _canon_word(x) for a, b in lx.ANTONYM_PAIRS for x, y in ((a, b), (b, a)) if y in lx.STOPWORDS
)


def _is_antonym(x: str, y: str) -> bool:
    if (x, y) in _ANTONYMS or (y, x) in _ANTONYMS:
        return True
    for px in ("", *lx.NEGATING_PREFIXES):
        if not x.startswith(px):
            continue
        for py in ("", *lx.NEGATING_PREFIXES):
            if px == py or not y.startswith(py):
                continue
            rest = x[len(px) :]
            if len(rest) >= 4 and rest == y[len(py) :]:
                return True
    return False


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent transpositions), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _is_typo(x: str, y: str) -> bool:
    shorter = min(len(x), len(y))
    if shorter < 4:
        return False
    if _edit_distance(x, y, 2) <= 1:
        return True
    return shorter >= 6 and x[0] == y[0] and _edit_distance(x, y, 2) <= 2


_Token = tuple[str, str, str, int]  # canonical, raw, class, position


def _only(side: QueryAnalysis, other: QueryAnalysis) -> list[_Token]:
    """The tokens `side` has more of than `other`."""
    extra = Counter(side.content) - Counter(other.content)
    out: list[_Token] = []
    for i, (canon, raw, cls) in enumerate(zip(side.content, side.raw, side.classes, strict=True)):
        if extra.get(canon, 0) > 0:
            extra[canon] -= 1
            out.append((canon, raw, cls, i))
    return out


def _is_modifier(tok: _Token, side: QueryAnalysis, other: QueryAnalysis) -> bool:
    """An extra word placed right before a word both texts share: "vegan lasagna", "wireless headphones",
    or an -ly adverb ("naturally"): it narrows what is asked for."""
    i = tok[3]
    if len(tok[1]) > 4 and tok[1].endswith("ly"):
        return True
    if i == 0 and side.leads:
        return False  # the request's own verb: "Calculate 15% of 80"
    return side.adjacent_next[i] and side.content[i + 1] in other.content


class CandidateVerifier:
    """Decides whether a cached entry answers a query. Stateless apart from its config."""

    def __init__(self, config: VerifierConfig | None = None) -> None:
        self.config = config or VerifierConfig()

    def check(self, query: str, cached_query: str, similarity: float) -> Verdict:
        cfg = self.config
        if not cfg.enabled:
            return Verdict(True, "disabled")
        a, b = analyse(query), analyse(cached_query)
        if a.exact == b.exact:
            return Verdict(True, "exact")
        if similarity < cfg.min_similarity:
            return Verdict(False, "similarity")
        if (a.interrogatives - b.interrogatives) and (b.interrogatives - a.interrogatives):
            return Verdict(False, "question_type")
        a_only, b_only = _only(a, b), _only(b, a)
        for x, *_ in a_only:
            for y, *_ in b_only:
                if _is_antonym(x, y):
                    return Verdict(False, "antonym")
        # Typos: pair off tokens within a small edit distance, unless both are answer-changing
        # ("Austria"/"Australia" are two names, "turky"/"turkey" is one word misspelt).
        unmatched_b = list(b_only)
        remaining_a: list[_Token] = []
        for tok in a_only:
            match = next(
                (
                    o
                    for o in unmatched_b
                    if not (tok[2] and o[2]) and (_is_typo(tok[1], o[1]) or _is_typo(tok[0], o[0]))
                ),
                None,
            )
            if match is None:
                remaining_a.append(tok)
            else:
                unmatched_b.remove(match)
        remaining = remaining_a + unmatched_b
        for _, _, cls, _ in remaining:
            if cls:
                return Verdict(False, cls)
        for tok in remaining:
            if tok[0] in _ANTONYM_OF_STOPWORD:
                # "turn off" vs "turn on": the partner is a function word the analysis dropped.
                return Verdict(False, "antonym")
        if any(_is_modifier(t, a, b) for t in remaining_a) or any(_is_modifier(t, b, a) for t in unmatched_b):
            return Verdict(False, "qualifier")
        if not remaining:
            da, db = set(a.directions), set(b.directions)
            if not (da <= db or db <= da):
                # Same words, other roles: "5 km to miles" / "5 miles to km", "A than B" / "B than A".
                return Verdict(False, "order")
            if similarity < cfg.same_content_min_similarity:
                return Verdict(False, "similarity")
            return Verdict(True, "same_content")
        soft_a = len(remaining_a)
        soft_b = len(unmatched_b)
        if soft_a and soft_b:
            if (
                max(soft_a, soft_b) <= cfg.max_soft_substitutions
                and similarity >= cfg.soft_substitution_min_similarity
            ):
                return Verdict(True, "soft_substitution")
        elif soft_a + soft_b <= cfg.max_soft_insertions and similarity >= cfg.soft_insertion_min_similarity:
            return Verdict(True, "soft_insertion")
        return Verdict(False, "content")


_DEFAULT = CandidateVerifier()


def verify_candidate(
    query: str, cached_query: str, similarity: float, config: VerifierConfig | None = None
) -> bool:
    """True when the cached answer for `cached_query` may be served for `query`."""
    verifier = _DEFAULT if config is None else CandidateVerifier(config)
    return verifier.check(query, cached_query, similarity).accept
