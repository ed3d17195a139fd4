"""Escaped search snippets: article text is untrusted, so it is escaped before <mark> goes in."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_TERM_RE = re.compile(r"\w+", re.UNICODE)
_SYNTAX_WORDS = {"and", "or", "not", "to"}


def query_terms(query: str) -> list[str]:
    """The words of a search query worth marking (no operators, no field names, no one-letter words)."""
    terms = []
    for token in _TERM_RE.findall(re.sub(r"\b\w+:|\bNOT\s+\S+", " ", query or "")):
        if len(token) > 1 and token.lower() not in _SYNTAX_WORDS and token.lower() not in terms:
            terms.append(token.lower())
    return terms[:20]


def highlight(text: str, query: str, width: int = 240) -> SafeString:
    """A window of ``text`` around the first query term, HTML-escaped, with the terms in <mark>."""
    text = " ".join((text or "").split())
    # the engine stems words, so "negotiations" also found "negotiating": mark words sharing the stem
    stems = {t[: max(4, len(t) - 3)] if len(t) > 5 else t for t in query_terms(query)}
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(stems)) + r")\w*", re.IGNORECASE) if stems else None
    )
    start = 0
    if pattern:
        first = pattern.search(text)
        if first:
            start = max(0, first.start() - width // 3)
            space = text.rfind(" ", 0, start)
            start = space + 1 if space > 0 and start - space < 30 else start
    window = text[start : start + width]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + width < len(text) else ""
    if not pattern:
        return mark_safe(prefix + escape(window) + suffix)
    pieces, last = [], 0
    for match in pattern.finditer(window):
        pieces.append(escape(window[last : match.start()]))
        pieces.append("<mark>" + escape(match.group(0)) + "</mark>")
        last = match.end()
    pieces.append(escape(window[last:]))
    return mark_safe(prefix + "".join(pieces) + suffix)
