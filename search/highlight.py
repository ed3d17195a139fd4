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


# How far back a snippet's start may move to begin a word, not cut it ("…OKYO, Nov. 8")
NEAR_WORD_START = 30
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’'»)\]]$")


def _one_line(text: str) -> str:
    """The paragraphs on one line; one that ends in no sentence's mark (a standfirst, a crosshead) is
    set off from the next by a middle dot, so that the two do not read as one sentence."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    out = ""
    for paragraph in filter(None, paragraphs):
        if out:
            out += " " if _SENTENCE_END_RE.search(out) else " · "
        out += paragraph
    return out


def highlight(text: str, query: str, width: int = 240) -> SafeString:
    """A window of ``text`` around the first query term, HTML-escaped, with the terms in <mark>."""
    text = _one_line(text or "")
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
            # (at a word's start: the space before it, or the text's start, when either is near)
            space = text.rfind(" ", 0, start)
            start = space + 1 if start - space < NEAR_WORD_START else start
    end = start + width
    if (
        end < len(text)
        and not text[end].isspace()
        and start < (space := text.rfind(" ", start, end)) > end - NEAR_WORD_START
    ):
        end = space  # (at a word's end: "… by Sanae…", not "… by Sanae T…")
    window = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    if not pattern:
        return mark_safe(prefix + escape(window) + suffix)
    pieces, last = [], 0
    for match in pattern.finditer(window):
        pieces.append(escape(window[last : match.start()]))
        pieces.append("<mark>" + escape(match.group(0)) + "</mark>")
        last = match.end()
    pieces.append(escape(window[last:]))
    return mark_safe(prefix + "".join(pieces) + suffix)
