"""WARC web archives (.warc, .warc.gz): the HTML pages a crawler captured, with where and when.

warcio stops quietly at a truncated or damaged archive, so every record is checked against its
declared length and the end of the last record against the end of the file; what was read
before the damage is still returned, with a message saying how far it got.
"""

import gzip
import hashlib
import io
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    record_id: str
    url: str
    captured: datetime | None
    payload: bytes
    charset: str | None
    offset: int


@dataclass
class WarcReading:
    pages: list[WarcPage] = field(default_factory=list)
    records: int = 0
    # why records were passed over, with how many: {"revisit": 2, "duplicate": 1, "not HTML": 5, ...}
    skipped: dict[str, int] = field(default_factory=dict)
    problem: str = ""

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def looks_like_warc(data: bytes) -> bool:
    """True for a WARC file, plain or gzipped, whatever it is called."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[:65536], 16)
        except zlib.error:
            return False
        return head.startswith(b"WARC/")
    return False


def _captured(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def read_warc(data: bytes) -> WarcReading:
    """Every HTML page captured in the archive ``data``: revisits, duplicates, errors and
    non-HTML records are counted and skipped."""
    reading = WarcReading()
    seen: set[str] = set()
    consumed = 0
    iterator = ArchiveIterator(io.BytesIO(data))
    try:
        for record in iterator:
            reading.records += 1
            page = _page(record, reading, seen)
            offset = iterator.get_record_offset()  # asked before the record is read, it spoils the read
            if record.raw_stream.limit:  # the file ended inside this record
                reading.problem = (
                    f"truncated: record {reading.records} (at byte {offset}) is cut short; "
                    f"{reading.records - 1} complete record(s) read before it"
                )
                break
            if page is not None:
                reading.pages.append(replace(page, offset=offset, record_id=page.record_id or f"offset:{offset}"))
            consumed = offset + iterator.get_record_length()
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, gzip.BadGzipFile, ValueError, AttributeError) as exc:
        reading.problem = (
            f"damaged after {reading.records} record(s), at about byte {consumed} of {len(data)}: "
            f"{type(exc).__name__}: {str(exc)[:200]}"
        )
    if not reading.problem and data[consumed:].strip():
        reading.problem = (
            f"truncated or damaged: {reading.records} record(s) read, ending at byte {consumed} of {len(data)}; "
            "the rest could not be read"
        )
    if reading.records == 0 and not reading.problem:
        reading.problem = "no WARC records in the file"
    return reading


def _page(record, reading: WarcReading, seen: set[str]) -> WarcPage | None:
    kind = record.rec_type
    if kind == "revisit":
        record.content_stream().read()
        reading.skip("revisit")
        return None
    if kind not in ("response", "resource"):
        record.content_stream().read()
        return None  # requests, metadata, warcinfo: not captures of a page
    headers = record.rec_headers
    http = record.http_headers
    if kind == "response" and http is None:
        record.content_stream().read()
        reading.skip("not an HTTP response")
        return None
    status = http.get_statuscode() if http is not None else "200"
    content_type = (http.get_header("Content-Type") if http is not None else None) or (
        headers.get_header("Content-Type") or ""
    )
    payload = record.content_stream().read()
    if status != "200":
        reading.skip(f"HTTP status {status}")
        return None
    is_html = content_type.split(";")[0].strip().lower() in _HTML_TYPES
    if not is_html and not payload.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        reading.skip("not HTML")
        return None
    digest = hashlib.sha256(payload).hexdigest()
    if digest in seen:
        reading.skip("duplicate")
        return None
    seen.add(digest)
    return WarcPage(
        record_id=headers.get_header("WARC-Record-ID") or "",
        # WARC/1.0 writers differ: some put the URI in <angle brackets>
        url=(headers.get_header("WARC-Target-URI") or "").strip().strip("<>"),
        captured=_captured(headers.get_header("WARC-Date")),
        payload=payload,
        charset=_charset(content_type),
        offset=-1,
    )
