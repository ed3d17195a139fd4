"""WARC fixtures made from the HTML fixtures, the way Heritrix or wget --warc-file write them."""

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HTML = Path(__file__).parent / "data" / "html"


def build_warc(path: Path) -> Path:
    """A crawl of three sites: three pages, a stylesheet, a redirect, a duplicate capture, a revisit."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")

        def response(url, body, content_type="text/html; charset=utf-8", status="200 OK", when="2023-05-10T08:00:00Z"):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": when}
            )
            writer.write_record(record)

        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test-crawler/1.0"}))
        courier = (HTML / "wordpress_daily.html").read_bytes()
        response("https://lakesidecourier.example/2023/05/09/harbour-cranes-return/", courier)
        response(
            "https://alpinereview.example/climate/glaciers-record-loss", (HTML / "jsonld_magazine.html").read_bytes()
        )
        response("https://lakesidecourier.example/style.css", b"body { color: black }", content_type="text/css")
        response("https://lakesidecourier.example/old-page", b"", status="301 Moved Permanently")
        response("https://lakesidecourier.example/2023/05/09/harbour-cranes-return/?amp=1", courier)
        writer.write_record(
            writer.create_revisit_record(
                "https://alpinereview.example/climate/glaciers-record-loss",
                digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri="https://alpinereview.example/climate/glaciers-record-loss",
                refers_to_date="2023-05-10T08:00:00Z",
            )
        )
        response(
            "http://valleygazette.example/news/mill.htm",
            (HTML / "legacy_table.htm").read_bytes(),
            content_type="text/html; charset=windows-1252",
            when="2019-02-15T11:30:00Z",
        )
    return path
