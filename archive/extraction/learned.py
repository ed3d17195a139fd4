"""Lines an outlet prints under (or above) every article, learned from the archive itself.

No rule can know every site's footer ("Got a story? Call the newsdesk on ..."). A short line
standing at the top or the foot of the body of several of one outlet's articles, each a
different story, is that outlet's furniture; the importer keeps the tally (models.OutletLine)
and hands the learned lines back to the extractor, which removes them under LEARNED_RULE.
"""

import hashlib

from .text import fold_key, word_count

LEARNED_RULE = "outlet-repeated-line"
# Where furniture stands: the first few and the last few paragraphs of a body.
HEAD_PARAGRAPHS = 2
FOOT_PARAGRAPHS = 6
# Longer paragraphs are writing, not furniture, even when an outlet reuses them.
MAX_FURNITURE_WORDS = 40
# A line seen in this many of an outlet's articles (with different headlines) is furniture.
MIN_ARTICLES = 3


def line_key(text: str) -> str:
    """The key a line is learned under: case, accents and punctuation do not matter."""
    return hashlib.sha1(fold_key(text).encode()).hexdigest()


def furniture_candidates(paragraphs: list[str]) -> dict[str, str]:
    """The paragraphs that could be an outlet's furniture, by line_key."""
    if len(paragraphs) < 2:
        return {}
    ends = paragraphs[:HEAD_PARAGRAPHS] + paragraphs[max(HEAD_PARAGRAPHS, len(paragraphs) - FOOT_PARAGRAPHS) :]
    return {line_key(p): p for p in ends if word_count(p) <= MAX_FURNITURE_WORDS and len(fold_key(p)) >= 8}
