"""Reading WARC files: pages with their URL and capture date; revisits, duplicates and damage."""

from archive.extraction.warc import looks_like_warc, read_warc
from tests.warcs import build_warc


def test_every_html_response_is_a_page_with_url_and_capture_date(tmp_path):
    reading = read_warc(build_warc(tmp_path / "crawl.warc.gz").read_bytes())
    assert reading.problem == ""
    assert [p.url for p in reading.pages] == [
        "https://lakesidecourier.example/2023/05/09/harbour-cranes-return/",
        "https://alpinereview.example/climate/glaciers-record-loss",
        "http://valleygazette.example/news/mill.htm",
    ]
    assert reading.pages[0].captured.isoformat() == "2023-05-10T08:00:00+00:00"
    assert reading.pages[2].charset == "windows-1252"
    assert all(p.record_id.startswith("<urn:uuid:") for p in reading.pages)
    assert reading.skipped == {"duplicate": 1, "revisit": 1, "not HTML": 1, "HTTP status 301": 1}


def test_plain_and_gzipped_archives_read_alike(tmp_path):
    plain = read_warc(build_warc(tmp_path / "crawl.warc").read_bytes())
    packed = read_warc(build_warc(tmp_path / "crawl.warc.gz").read_bytes())
    assert [p.payload for p in plain.pages] == [p.payload for p in packed.pages]
    assert looks_like_warc((tmp_path / "crawl.warc").read_bytes())
    assert looks_like_warc((tmp_path / "crawl.warc.gz").read_bytes())
    assert not looks_like_warc(b"\x1f\x8b\x08\x00garbage")
    assert not looks_like_warc(b"<html></html>")


def test_a_truncated_archive_says_how_far_it_got_and_keeps_what_was_read(tmp_path):
    for name in ("crawl.warc", "crawl.warc.gz"):
        data = build_warc(tmp_path / name).read_bytes()
        for cut in (len(data) // 2, len(data) - 40):
            reading = read_warc(data[:cut])
            assert reading.problem, (name, cut)
            assert "record" in reading.problem
            assert 1 <= len(reading.pages) <= 3
            complete = read_warc(data).pages
            assert [p.payload for p in reading.pages] == [p.payload for p in complete[: len(reading.pages)]]


def test_garbage_after_the_last_record_is_reported(tmp_path):
    data = build_warc(tmp_path / "crawl.warc").read_bytes() + b"WARC/1.0\r\nthis is not a record\r\n"
    reading = read_warc(data)
    assert reading.problem
    assert len(reading.pages) == 3


def test_a_file_that_only_starts_like_a_warc_is_reported_not_raised():
    reading = read_warc(b"WARC/1.0\r\nWARC-Type: response\r\n")
    assert reading.problem
    assert reading.pages == []


def test_chunked_and_gzipped_responses_are_decoded():
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from tests.warcs import HTML

    page = (HTML / "itemprop_news.html").read_bytes()
    packed = gzip.compress(page)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(packed[i : i + 700]), packed[i : i + 700]) for i in range(0, len(packed), 700)
    )
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        protocol="HTTP/1.1",
    )
    payload = io.BytesIO(chunked + b"0\r\n\r\n")
    writer.write_record(
        writer.create_warc_record("https://x.example/a", "response", payload=payload, http_headers=headers)
    )
    reading = read_warc(buffer.getvalue())
    assert reading.problem == ""
    assert [p.payload for p in reading.pages] == [page]


def test_a_target_uri_in_angle_brackets_is_read_plain():
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from tests.warcs import HTML

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    page = io.BytesIO((HTML / "blogger_post.html").read_bytes())
    writer.write_record(
        writer.create_warc_record(
            "<http://hillfarm.example/2013/03/lambing.html>", "response", payload=page, http_headers=headers
        )  # fmt: skip
    )
    assert [p.url for p in read_warc(buffer.getvalue()).pages] == ["http://hillfarm.example/2013/03/lambing.html"]
