"""Turn the raw bytes of an imported file into text, saying which encoding was used.

Order: a byte-order mark, then strict UTF-8, then charset detection, then cp1252
and finally latin-1 (which never fails). Binary files are refused before that.
"""

import codecs
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not a text document (binary, empty, ...). The message is for people."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of formats people rename to .txt by mistake.
_BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)

# C0 controls other than tab, newline, carriage return and form feed.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
_DECLARED_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                     "us-ascii": "cp1252", "iso8859-1": "cp1252"}  # fmt: skip


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` or raise NotText with a reason a person can act on.

    ``declared`` is the charset the document or its HTTP headers name; it is used when the
    bytes really are valid in it (a page that says latin-1 but is UTF-8 is read as UTF-8).
    """
    if not data:
        raise NotText("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from exc
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotText(f"binary file ({what}), not text")
    if b"\x00" in data:
        if (encoding := _bomless_utf16(data)) is not None:
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                pass
        raise NotText("binary file (contains NUL bytes), not text")
    sample = data[:65536]
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > max(8, len(sample) // 100):
        raise NotText("binary file (too many control characters), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        label = _DECLARED_ALIASES.get(declared.strip().lower(), declared.strip().lower())
        try:
            encoding = codecs.lookup(label).name
            return Decoded(data.decode(encoding), encoding)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect as for any other file
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        if _looks_turkish(text):
            return Decoded(data.decode("cp1254"), "cp1254")
        if central := _central_european(data, text):
            return central
        return Decoded(text, "cp1252")
    guess = from_bytes(data[:262144]).best()
    if guess is not None and guess.encoding not in ("utf_8", "ascii"):
        encoding = codecs.lookup(guess.encoding).name
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    if text is not None:
        return Decoded(text, "cp1252")
    return Decoded(data.decode("latin-1"), "latin-1")


# Of the first bytes' pairs, this share at least with a NUL in the same half makes UTF-16 text
# saved without its byte-order mark (Latin text: every other byte is NUL).
MIN_UTF16_NUL_SHARE = 0.9


def _bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text saved as UTF-16 with no byte-order mark, else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 8 or len(data) % 2:
        return None
    high, low = sample[1::2].count(0), sample[0::2].count(0)
    if high >= pairs * MIN_UTF16_NUL_SHARE and low == 0:
        return "utf-16-le"
    if low >= pairs * MIN_UTF16_NUL_SHARE and high == 0:
        return "utf-16-be"
    return None


def _looks_western(text: str) -> bool:
    """True when cp1252 gives mostly plain letters, as it does for English, French, Spanish, German...

    Cyrillic or Greek single-byte text decoded as cp1252 comes out as runs of accented capitals
    ("Ïðåçèäåíò"); then charset detection is asked instead.
    """
    letters = [c for c in text[:100_000] if c.isalpha()]
    if not letters:
        return True
    accented = sum(1 for c in letters if ord(c) > 127)
    return accented / len(letters) < 0.2


# cp1254 (Turkish) differs from cp1252 in six letters: its ğ Ğ ı İ ş Ş are cp1252's ð Ð ý Ý þ Þ
_TURKISH_AS_CP1252 = frozenset("ðÐýÝþÞ")
MIN_TURKISH_LETTERS = 3


def _looks_turkish(text: str) -> bool:
    """True when cp1252 gives Turkish's letters as Icelandic ones ("Ýstanbul", "baþkan", "deðil"): those
    letters with Turkish's ç or ü beside them, and no æ, which Icelandic writes and Turkish never does."""
    sample = text[:100_000]
    swapped = sum(1 for c in sample if c in _TURKISH_AS_CP1252)
    return swapped >= MIN_TURKISH_LETTERS and ("ç" in sample or "ü" in sample) and "æ" not in sample


# Polish, Czech, Slovak, Hungarian, Croatian, Slovene in cp1250 or ISO 8859-2 read as cp1252: their
# letters come out as signs no word has inside it ("Czes³aw", "Wa³êsa", "pañstwo¶ci", "Bia³ystok")
_SIGNS = "±³¶¼¿¹¾£¦¬¯¡¥œŸŒ"
_SIGN_IN_WORD_RE = re.compile(rf"(?<=[^\W\d_])[{_SIGNS}](?=[^\W\d_])")
# and the signs (or the control codes ISO 8859-2 has where cp1250 has š and ž) a wrong reading of
# the two leaves beside a letter: "rusz±", "pañstwo¶"
_BESIDE_SIGNS = _SIGNS + "¤§¨°´¸½»«"
_SIGN_BY_WORD_RE = re.compile(rf"(?<=[^\W\d_])[{_BESIDE_SIGNS}]|[{_BESIDE_SIGNS}](?=[^\W\d_])|[\x80-\x9f]")
# Czech and Slovak in cp1250 read as cp1252 give letters all the same ("Pøedseda", "Èeská", "pokraèovat"):
# Danish's ø inside words beside Italian's è or ì, each a few times, with no æ or å, which Danish and
# Norwegian write
MIN_CZECH_LETTERS = 3
_O_SLASH_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])ø")  # "Pøedseda", "podpoøe" (not "Ørsted")
# The letters only one of these languages writes: a wrong reading of the two codes mixes them
# (Czech's "ř" and "ě" with Polish's "ą" where ISO 8859-2's "š" is read as cp1250)
_OWN_LETTERS = tuple(
    frozenset(letters)
    for letters in ("ąęłśźćńĄĘŁŚŹĆŃ", "řěůŘĚŮ", "ľĺŕôĽĹŔÔ", "őűŐŰ", "ăşţĂŞŢ", "đĐ")  # pl, cs, sk, hu, ro, hr
)


def _central_european(data: bytes, text: str) -> Decoded | None:
    """``data`` read as cp1250 or ISO 8859-2 when read as cp1252 it has signs inside words or
    Czech's letters as Danish and Italian ones (else None): the reading that leaves fewer signs by
    words, then the one whose letters are fewer languages'."""
    sample = text[:100_000]
    czech = (
        len(_O_SLASH_IN_WORD_RE.findall(sample)) >= MIN_CZECH_LETTERS
        and sum(sample.count(c) for c in "èìÈÌ") >= MIN_CZECH_LETTERS
        and not any(c in "æåÆÅ" for c in sample)
    )
    if not (czech or _SIGN_IN_WORD_RE.search(sample)):
        return None
    readings = []
    for encoding in ("cp1250", "iso8859_2"):
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = set(decoded[:100_000])
        languages = sum(1 for own in _OWN_LETTERS if own & letters)
        readings.append((len(_SIGN_BY_WORD_RE.findall(decoded[:100_000])), languages, encoding, decoded))
    if not readings:
        return None
    *_, encoding, decoded = min(readings, key=lambda r: r[:2])
    return Decoded(decoded, codecs.lookup(encoding).name)


# UTF-8 read as cp1252 or latin-1 somewhere before the archive got the file ("NATOâ€™s",
# "MÃ¼ller", "Ð—ÐµÐ»ÐµÐ½ÑÑŒÐºÐ¸Ð¹"): a lead byte's letter, then a continuation byte's character
_MOJIBAKE_RE = re.compile("[ÂÃÄÅÐÑØÙ][\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€")


def repair_mojibake(text: str) -> str:
    """The text with UTF-8 that an earlier tool read in a Western single-byte code (and wrote out
    again) put back as written ("NATOâ€™s" as "NATO’s"); text without such sequences, or whose
    sequences ftfy does not take for mojibake, is returned as it is."""
    if not _MOJIBAKE_RE.search(text):
        return text  # (the search is far cheaper than ftfy's own test, and most text has none)
    return ftfy.fix_encoding(text)
