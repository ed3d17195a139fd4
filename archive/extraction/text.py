"""Normalise decoded text into lines: one line ending, no invisible characters, folded spaces."""

import re
import unicodedata

# Zero-width characters, bidi controls, soft hyphens and stray byte-order marks: invisible in a
# browser, but they break matching ("Read\u200bAlso") and end up in search tokens.
_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Every kind of space (no-break, thin, ideographic ...) and tabs fold to one plain space.
_SPACE_RE = re.compile(r"[^\S\n]+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(line: str) -> str:
    """One line as it is stored: invisible characters gone, spaces folded, ends trimmed."""
    line = _INVISIBLE_RE.sub("", line)
    line = _CONTROL_RE.sub(" ", line)
    return _SPACE_RE.sub(" ", line).strip()


def split_lines(text: str) -> list[str]:
    """The text's lines, cleaned; blank lines are kept as empty strings (they separate blocks)."""
    text = unicodedata.normalize("NFC", text)
    return [clean_line(line) for line in text.splitlines()]


class _CombiningMarks(dict):
    """A str.translate() table dropping combining marks (accents once NFKD has split them off),
    filled as characters are met: one lookup in C per character instead of a Python call."""

    def __missing__(self, code: int):
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING_MARKS = _CombiningMarks()


def fold_key(text: str) -> str:
    """A comparison key: case, accents, quote styles and punctuation do not matter."""
    if not text.isascii():  # ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)
    return " ".join(re.findall(r"\w+", text.casefold()))


def word_count(text: str) -> int:
    return len(text.split())
