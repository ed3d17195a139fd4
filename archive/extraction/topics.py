"""Topic tagging: an article gets a topic when the topic's terms occur in it often enough."""

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

# A term in the headline counts this many times over; a topic needs MIN_HITS in all.
TITLE_WEIGHT = 2
MIN_HITS = 2


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
    # Only the terms the text holds at all go into the pattern: a plain substring test is far
    # cheaper than a regular expression of every term, and most topics have none of theirs.
    lowered = f"{title}\n{body}".lower()
    for name, terms in topics.items():
        present = tuple(sorted({t for t in terms if t.strip() and t.strip().lower() in lowered}))
        pattern = _pattern(present)
        if pattern is None:
            continue
        hits = TITLE_WEIGHT * len(pattern.findall(title)) + len(pattern.findall(body))
        if hits >= MIN_HITS:
            chosen.append(name)
    return sorted(chosen)
