"""One faceted search, shared by the search page, the JSON API, the feeds and the exports.

Everything goes through haystack's SearchQuerySet, so the same code runs on Whoosh or on
Elasticsearch. Facet filters arrive as slugs and are matched on the exact names users see.
"""

import heapq
import logging
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

from django.core.paginator import Paginator
from haystack.inputs import Raw
from haystack.query import SearchQuerySet

from archive.models import Article, Outlet, Person, Quote, Topic

from .highlight import highlight

logger = logging.getLogger(__name__)
PAGE_SIZE = 20
FACET_LIMIT = 15
FACETS = {
    "articles": ("outlet", "person", "speaker", "topic", "year", "month"),
    "quotes": ("speaker", "outlet", "topic", "year", "month"),
}
FACET_LABELS = {
    "outlet": "Outlet",
    "person": "Person mentioned",
    "speaker": "Speaker",
    "topic": "Topic",
    "year": "Year",
    "month": "Month",
}
# Facet filters given as slugs: which model names them.
SLUGGED = {"outlet": Outlet, "person": Person, "speaker": Person, "topic": Topic}


@dataclass
class Search:
    kind: str = "articles"
    query: str = ""
    filters: dict = field(default_factory=dict)  # facet -> (slug or value, display name)
    page: object = None
    results: list = field(default_factory=list)  # dicts: object, snippet
    facets: list = field(default_factory=list)  # (facet, label, [(value, slug, count)])
    suggestion: str = ""
    error: str = ""

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page else 0


def exact_filter(field_name: str, value: str) -> str:
    """field:"value", the value's own double quotes and backslashes escaped with a backslash: Lucene's
    syntax, which Elasticsearch and Solr read and the Whoosh parser is taught (EscapingPhrasePlugin).
    haystack's Exact quotes a value without escaping it, so a name with a quote in it matched nothing."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{field_name}:"{escaped}"'


def _names_to_slugs(model, names) -> dict[str, str]:
    return dict(model.objects.filter(name__in=list(names)).values_list("name", "slug"))


def run_search(data: dict, *, page_size: int = PAGE_SIZE, all_results: bool = False) -> Search:
    """Run the search that a valid SearchForm's cleaned ``data`` asks for."""
    kind = data.get("kind") or "articles"
    search = Search(kind=kind, query=data.get("q") or "")
    model = Article if kind == "articles" else Quote
    sqs = SearchQuerySet().models(model)
    if search.query:
        sqs = sqs.filter(content=Raw(search.query))
    for facet in FACETS[kind]:
        value = data.get(facet)
        if not value:
            continue
        if facet in SLUGGED:
            name = SLUGGED[facet].objects.filter(slug=value).values_list("name", flat=True).first()
            if name is None:
                search.filters[facet] = (value, value)
                search.error = f"No {FACET_LABELS[facet].lower()} “{value}” in the archive."
                return search
        else:
            name = value
        search.filters[facet] = (value, name)
        # a narrowing filter, not a clause of the query: the engine takes the value's documents as a
        # set (Solr's fq, Elasticsearch's filter context) and scores the words alone, which gives
        # the same order (a facet value scores alike in every document that has it) at less cost
        sqs = sqs.narrow(exact_filter(f"{facet}_exact", name))
    sort = data.get("sort") or "relevance"
    if sort == "newest" or (sort == "relevance" and not search.query):
        sqs = sqs.order_by("-published")
    elif sort == "oldest":
        sqs = sqs.order_by("published")
    for facet in FACETS[kind]:
        sqs = sqs.facet(facet)
    try:
        size = page_size if not all_results else 10_000
        # Ask for the page first: the engine answers the hits, the total and the facet counts in
        # one search, and the paginator then counts from that (asked for the count first, it would
        # run the whole search twice).
        wanted = data.get("page") or 1
        list(sqs[(wanted - 1) * size : wanted * size])
        paginator = Paginator(sqs, size)
        search.page = paginator.get_page(wanted)
        hits = list(search.page.object_list)
        counts = sqs.facet_counts().get("fields", {})
    except Exception as exc:  # a query the engine cannot parse is the user's typo, not our crash
        logger.info("search failed for %r: %s", search.query, exc)
        search.page, search.error = None, "That search could not be understood; try simpler words."
        return search
    ids = [int(hit.pk) for hit in hits]
    if kind == "articles":
        objects = Article.objects.for_listing().in_bulk(ids)
    else:
        quotes = Quote.objects.select_related("speaker", "article__outlet")
        objects = quotes.defer("article__body", "article__removed").in_bulk(ids)  # a quote shows its title
    for hit in hits:
        obj = objects.get(int(hit.pk))
        if obj is None:
            continue  # deleted a moment ago; the index catches up at commit
        text = obj.body if kind == "articles" else obj.text
        search.results.append(
            {"object": obj, "snippet": highlight(text, search.query, width=240 if kind == "articles" else 400)}
        )
    search.facets = _facets(kind, counts)
    if search.query and search.count == 0:
        suggestion = sqs.all().spelling_suggestion(search.query) or ""  # a fresh run that asks for it
        if suggestion and suggestion.lower() != search.query.lower():
            search.suggestion = suggestion
    return search


def _facets(kind: str, counts: dict) -> list:
    facets = []
    for facet in FACETS[kind]:
        valued = list(filter(all, counts.get(facet, ())))  # a value and a count, neither empty
        if facet in ("year", "month"):  # newest first
            values = sorted(valued, reverse=True)[:FACET_LIMIT]
        else:  # the most frequent: a person facet has thousands of values, only these are shown
            if len(valued) > FACET_LIMIT:  # those counted at least as often as the FACET_LIMIT-th
                floor = heapq.nlargest(FACET_LIMIT, map(itemgetter(1), valued))[-1]
                valued = list(compress(valued, map(floor.__le__, map(itemgetter(1), valued))))
            valued.sort(key=itemgetter(0))
            valued.sort(key=itemgetter(1), reverse=True)
            values = valued[:FACET_LIMIT]
        slugs = _names_to_slugs(SLUGGED[facet], [v for v, _ in values]) if facet in SLUGGED else {}
        facets.append((facet, FACET_LABELS[facet], [(v, slugs.get(v, v), n) for v, n in values]))
    return facets
