"""Normalise decoded text into lines: one line ending, no invisible characters, folded spaces."""

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

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


# A character reference left in a text scrape: "&rsquo;", "&#8217;", "&#x27;" (a whole one, with
# its semicolon; "AT&T" and "R&D" are no references)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """A text scrape with the HTML character references its scraper left in it read as the
    characters they stand for ("NATO&rsquo;s" as "NATO’s"); an unknown name stays as written."""
    return _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


# Markup a scraper left in a text file: inline tags that go with no trace ("<strong>HELSINKI</strong>",
# "<a href=…>Anna Virtanen</a>") and the block tags that end a line ("<br>", "</p>"). Only tags by
# these names: "a < b", "<3" and "<Name>" in a story are no markup.
_INLINE_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u)(?:\s[^<>]{0,400})?>", re.IGNORECASE
)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption)(?:\s[^<>]{0,400})?\s*/?>",
    re.IGNORECASE,
)


def strip_stray_tags(text: str) -> str:
    """A text scrape without the HTML tags left in it: an inline tag goes, a block tag ends its line."""
    if "<" not in text:
        return text
    return _INLINE_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", text))


# A text scrape written out as a JSON string's inside: "\\u2019" for "’", "\\n" for a line break
_JSON_UNICODE_RE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")
_JSON_BREAK_RE = re.compile(r"\\n(?=\\n|\s*[A-Z\d“\"«‘'(—–-]|\s*$)")
_JSON_ESCAPE_RE = re.compile(r'\\([nrt"/\\])')
_JSON_ESCAPES = {"n": "\n", "r": "\n", "t": " ", '"': '"', "/": "/", "\\": "\\"}
# at least this many "\\u…" escapes, and this many "\\n" (four times as many as real line breaks),
# make a text a JSON string's inside ("C:\\new\\notes" in a story is a path)
MIN_JSON_ESCAPES = 2
MIN_JSON_BREAKS = 4


def _unicode_escape(match: re.Match) -> str:
    if match.group(3):
        code = int(match.group(3), 16)
        return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)  # (half a pair alone is no character)
    high, low = int(match.group(1), 16), int(match.group(2), 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))  # a surrogate pair: "\\ud83d\\ude00"


def unescape_json_text(text: str) -> str:
    """A text a scraper saved as it stood inside a JSON string read as the text it stands for:
    "\\u2019" and "\\u00f3" as their characters (two or more of them), and, when it has four escaped
    line breaks or more, four times its real ones, "\\n" as a line break and "\\"" as a quotation mark."""
    if "\\" not in text:
        return text
    if len(_JSON_UNICODE_RE.findall(text)) >= MIN_JSON_ESCAPES:
        text = _JSON_UNICODE_RE.sub(_unicode_escape, text)
    # ("\\n" before a capital, a quotation mark or another "\\n" breaks a line; "\\notes" in a path does not)
    escaped_breaks = len(_JSON_BREAK_RE.findall(text))
    if escaped_breaks >= MIN_JSON_BREAKS and escaped_breaks >= MIN_JSON_BREAKS * text.count("\n"):
        text = _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(1)], text)
    return text


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


# Markdown a scraper wrote ("# Headline", "[Zelensky](https://…)", "**KYIV**", "![photo](…)"), read
# as the plain text it stands for. A reader service's header ("Title: …", "URL Source: …",
# "Markdown Content:") marks such a file too.
_MD_IMAGE_RE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\[\]\s]{0,1000}\)")
_MD_LINK_RE = re.compile(
    r"\[([^\[\]\n]{1,300})\]\((?:https?://|/|#|www\.)[^()\[\]\s]{0,1000}(?:\s+\"[^\"]{0,300}\")?\)"
)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
# "*By Oksana Koval — 12 February 2024*", "_Reuters_": one mark each side, not inside a word
_MD_ITALIC_RE = re.compile(r"(?<![\w*])(\*|_)(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])")
# "> “We will not give up …”": a quoted block
_MD_BLOCKQUOTE_RE = re.compile(r"^(?:>\s?)+")
_MD_BULLET_RE = re.compile(r"^[*+-]\s+(?=\S)")
_MD_HEADER_RE = re.compile(r"^(?:markdown content|url source)\s*:", re.IGNORECASE | re.MULTILINE)
MIN_MARKDOWN_LINKS = 3
_READER_TITLE_RE = re.compile(r"^Title:\s*(\S.*)$")
MAX_READER_HEADER_LINES = 3


def looks_like_markdown(text: str) -> bool:
    links = len(_MD_LINK_RE.findall(text, 0, 200_000)) + len(_MD_IMAGE_RE.findall(text, 0, 200_000))
    return bool(_MD_HEADER_RE.search(text, 0, 2_000)) or links >= MIN_MARKDOWN_LINKS


def unmark(lines: list[str]) -> list[str]:
    """Markdown lines as plain text: links and emphasis give their words, a heading its text, an
    image its description ("Image: …", which the image-credit rule takes), a list item and a quoted
    block their text."""
    plain = []
    for n, line in enumerate(lines):
        if n < MAX_READER_HEADER_LINES and (title := _READER_TITLE_RE.match(line)):
            line = title.group(1)  # the page's title, as the reader service's header gives it
        line = _MD_IMAGE_RE.sub(lambda m: f"Image: {m.group(1)}" if m.group(1).strip() else "Image:", line)
        line = _MD_LINK_RE.sub(r"\1", line)
        line = _MD_EMPHASIS_RE.sub(r"\2", line)
        line = _MD_ITALIC_RE.sub(r"\2", line)
        line = _MD_BULLET_RE.sub("", _MD_HEADING_RE.sub("", _MD_BLOCKQUOTE_RE.sub("", line)))
        plain.append(line.strip())
    return plain


_SMALL_WORDS = frozenset("a an the of on in at to for and or but by with from over under into as".split())


def is_title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised, as titles and names are written."""
    bare = [w.strip("“”\"‘’'.,:;!?()") for w in words]
    big = [w for w in bare if w and w.lower() not in _SMALL_WORDS]
    return len(big) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def is_shouted(text: str, min_words: int = 3) -> bool:
    """Written all in capitals, ``min_words`` words or more: "RUSSIANS FLOCK TO POLLING STATIONS"."""
    return text == text.upper() and text != text.lower() and len(text.split()) >= min_words


def masthead_key(name: str) -> str:
    """A newsroom's name, capitals and a leading "The" aside: "THE GUARDIAN" and "Guardian" alike (and a
    logo's full stop: "THE WALL STREET JOURNAL.")."""
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split())).removesuffix(".")


@lru_cache(maxsize=1)
def _outlet_addresses() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "outlet_addresses.txt"
    lines = [line.split(None, 1) for line in path.read_text(encoding="utf-8").splitlines()]
    return {parts[0].lower(): parts[1].strip() for parts in lines if len(parts) == 2 and not parts[0].startswith("#")}


def outlet_at_address(host: str) -> str | None:
    """The known newsroom at a web address: one the list of addresses gives (data/outlet_addresses.txt:
    "www.nytimes.com" and "p.dw.com" as "The New York Times" and "DW"), or one whose name a part of
    the address spells ("timesofindia.indiatimes.com" as "The Times of India")."""
    labels = host.lower().removeprefix("www.").split(".")
    addresses = _outlet_addresses()
    if listed := next((addresses[a] for n in range(len(labels) - 1) if (a := ".".join(labels[n:])) in addresses), None):
        return listed
    spelled = {label.replace("-", "") for label in labels[:-1]}
    return next(
        (
            name
            for key, name in known_outlets().items()
            if {re.sub(r"\W+", "", key), re.sub(r"\W+", "", name.lower())} & spelled
        ),
        None,
    )


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Newsrooms known by name (data/outlet_names.txt), by their key: "politico" -> "Politico"."""
    path = Path(__file__).parent / "data" / "outlet_names.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return {masthead_key(line): line for line in lines if line and not line.startswith("#")}
