"""Does the search index hold exactly what the database holds, and is every raw file intact?"""

import hashlib
from dataclasses import dataclass, field

from haystack.query import SearchQuerySet

from archive.models import Article, Quote, SourceDocument

from . import live


@dataclass
class Differences:
    in_database: int = 0
    in_index: int = 0
    missing: set = field(default_factory=set)  # in the database, not in the index
    stale: set = field(default_factory=set)  # in both, but the index says something else
    ghosts: set = field(default_factory=set)  # in the index, gone from the database

    @property
    def total(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.ghosts)


@dataclass
class Report:
    articles: Differences
    quotes: Differences
    raw_checked: int = 0
    raw_bad: list = field(default_factory=list)  # (path, reason)

    @property
    def total(self) -> int:
        return self.articles.total + self.quotes.total + len(self.raw_bad)


def _compare(model, fields, db_rows) -> Differences:
    sqs = SearchQuerySet().models(model)
    total = sqs.count()
    indexed = {int(row[0]): tuple(v or "" for v in row[1:]) for row in sqs.values_list("pk", *fields)[:total]}
    database = {row[0]: tuple(v or "" for v in row[1:]) for row in db_rows}
    return Differences(
        in_database=len(database),
        in_index=len(indexed),
        missing=set(database) - set(indexed),
        ghosts=set(indexed) - set(database),
        stale={
            pk for pk in set(database) & set(indexed) if tuple(map(str, database[pk])) != tuple(map(str, indexed[pk]))
        },
    )


def check(repair: bool = False) -> Report:
    report = Report(
        articles=_compare(Article, ("title", "outlet"), Article.objects.values_list("id", "title", "outlet__name")),
        quotes=_compare(
            Quote, ("speaker", "article_id"), Quote.objects.values_list("id", "speaker__name", "article_id")
        ),
    )
    for source in SourceDocument.objects.only("path", "sha256", "size", "raw").iterator(chunk_size=200):
        raw = bytes(source.raw)
        report.raw_checked += 1
        if hashlib.sha256(raw).hexdigest() != source.sha256:
            report.raw_bad.append((source.path, "raw bytes do not match their sha256"))
        elif len(raw) != source.size:
            report.raw_bad.append((source.path, f"{len(raw)} bytes stored, {source.size} recorded"))
    if repair and (report.articles.total or report.quotes.total):
        live.apply(
            articles=report.articles.missing | report.articles.stale,
            quotes=report.quotes.missing | report.quotes.stale,
            removed_articles=report.articles.ghosts,
            removed_quotes=report.quotes.ghosts,
        )
    return report
