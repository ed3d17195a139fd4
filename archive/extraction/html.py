"""HTML pages: sniff them (whatever the file is called) and turn them into lines plus metadata.

The page's own metadata (og:site_name, article:published_time, canonical URL, <title>) is
trusted over anything guessed; the text then goes through the same rules as a plain scrape.
"""

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

_HTML_START_RE = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_TAG_RE = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|script|li|ul|table|img)\b", re.I)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "nav",
    "aside",
    "footer",
    "header",
    "button",
    "select",
    "input",
    "textarea",
    "figure",
    "figcaption",
    "object",
    "embed",
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "tr",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
    "br",
    "hr",
}
# Class or id fragments of page furniture that often sits inside <article> anyway.
_FURNITURE_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|related|share|sharing|social|newsletter|subscribe|promo|advert|ads?|cookie|"
    r"sidebar|widget|breadcrumbs?|popular|recommended|read-?also|teaser|author-?box|tags)(?:$|[\s_-])",
    re.I,
)


@dataclass
class HtmlPage:
    lines: list[str] = field(default_factory=list)
    title: str = ""
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START_RE.match(head)) or len(_TAG_RE.findall(head)) >= 8


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _text_lines(root) -> list[str]:
    parts: list[str] = []
    for node in root.descendants:
        if isinstance(node, str):
            parts.append(str(node))
        elif node.name in _BLOCK_TAGS:
            parts.append("\n")
    text = "".join(parts)
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]


def parse_html(text: str) -> HtmlPage:
    soup = BeautifulSoup(text, "lxml")
    page = HtmlPage()
    og_title = _meta(soup, "og:title", "twitter:title")
    h1 = soup.find("h1")
    page.title = (
        og_title
        or (h1.get_text(" ", strip=True) if h1 else "")
        or (soup.title.get_text(" ", strip=True) if soup.title else "")
    )
    page.outlet = _meta(soup, "og:site_name", "application-name")
    page.published = _meta(soup, "article:published_time", "datePublished", "date", "pubdate")
    page.byline = _meta(soup, "author", "article:author")
    canonical = soup.find("link", rel="canonical")
    page.url = (canonical.get("href") if canonical else None) or _meta(soup, "og:url")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"class": _FURNITURE_RE}) + soup.find_all(attrs={"id": _FURNITURE_RE}):
        if not tag.decomposed and tag.name not in ("body", "html", "main", "article"):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    page.lines = _text_lines(root)
    return page
