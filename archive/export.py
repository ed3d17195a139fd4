"""The archive as JSON Lines, one article per line, in import order (the format in DESIGN.md)."""

import json
from collections.abc import Iterator

from django.db.models import Prefetch

from .models import Article, Mention, Quote


def article_record(article: Article) -> dict:
    source = article.source
    return {
        "id": article.id,
        "url": article.get_absolute_url(),
        "permalink": article.get_permalink(),
        "source": {
            "path": source.path,
            "sha256": source.sha256,
            "encoding": source.encoding,
            "format": source.format,
            "original_url": source.original_url or article.original_url or None,
            "captured": source.captured_at.isoformat() if source.captured_at else None,
            "warc": (
                {"path": source.container.path, "record_id": source.record_id, "offset": source.record_offset}
                if source.container_id
                else None
            ),
        },
        "title": article.title,
        "outlet": article.outlet.name if article.outlet else None,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline or None,
        "body": article.body,
        "removed": [{"text": r["text"], "rule": r["rule"]} for r in article.removed],
        "persons": [
            {"name": m.person.name, "aliases": list(m.person.aliases)}
            for m in sorted(article.mentions.all(), key=lambda m: m.person.name)
        ],
        "topics": sorted(t.name for t in article.topics.all()),
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "attribution": q.attribution,
                "paragraph": q.paragraph,
                "rule": q.rule,
                "confidence": q.confidence,
            }
            for q in article.quotes.all()
        ],
        "near_duplicates": sorted(a.source.path for a in article.near_duplicates.all()),
    }


def export_lines(queryset=None) -> Iterator[str]:
    articles = (queryset if queryset is not None else Article.objects.all()).order_by("id")
    # people and speakers joined in: prefetched by id, past ~1,000 at once SQLite refuses the query
    articles = articles.select_related("source__container", "outlet").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("person")),
        "topics",
        Prefetch("quotes", queryset=Quote.objects.select_related("speaker")),
        Prefetch("near_duplicates", queryset=Article.objects.select_related("source")),
    )
    for article in articles.iterator(chunk_size=500):
        yield json.dumps(article_record(article), ensure_ascii=False)
