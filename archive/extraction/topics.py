"""Topic tagging: an article gets a topic when the topic's terms occur in it often enough."""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

# A term in the headline counts this many times over; a topic needs MIN_HITS in all.
TITLE_WEIGHT = 2
MIN_HITS = 2


_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _words_of(term: str) -> frozenset[str]:
    """The words a term's every whole-word match holds (in lower case)."""
    return frozenset(_WORD_RE.findall(term.lower()))


@lru_cache(maxsize=4096)
def _pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    terms = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not terms:
        return None
    # Acronyms match as written ("NATO", not "nato" inside a word); other terms ignore case.
    parts = [rf"\b{re.escape(t)}\b" if t.isupper() else rf"(?i:\b{re.escape(t)}\b)" for t in terms]
    return re.compile("|".join(parts))


def match_topics(title: str, body: str, topics: Mapping[str, Iterable[str]]) -> list[str]:
    """Names of the topics whose terms occur at least MIN_HITS times (the headline counts double)."""
    chosen = []
    title_words, body_words = _WORD_RE.findall(title), _WORD_RE.findall(body)
    counts = (
        (Counter(title_words), Counter(w.lower() for w in title_words)),
        (Counter(body_words), Counter(w.lower() for w in body_words)),
    )
    # Only the terms whose every word the text holds are counted: a set lookup is far cheaper than
    # a regular expression of every term, and most topics have none of theirs.
    words = set(counts[0][1]) | set(counts[1][1])
    for name, terms in topics.items():
        present = tuple(sorted({t.strip() for t in terms if (needed := _words_of(t)) and needed <= words}))
        if not present:
            continue
        if all(_WORD_RE.fullmatch(t) for t in present):
            # single words: counted from the text's words, as the pattern would find them
            keys = {t.lower() for t in present if not t.isupper()}
            keys |= {t for t in present if t.isupper() and t.lower() not in keys}  # "EU" within "eu"
            title_hits, body_hits = (
                sum((exact if key.isupper() else lowered)[key] for key in keys) for exact, lowered in counts
            )
        else:
            pattern = _pattern(present)
            title_hits, body_hits = len(pattern.findall(title)), len(pattern.findall(body))
        if TITLE_WEIGHT * title_hits + body_hits >= MIN_HITS:
            chosen.append(name)
    return sorted(chosen)
