"""An Atom feed of any search, and its results as CSV or JSON Lines."""

import csv
import io
import json

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import content_disposition_header, urlencode

from archive.api import quote_record
from archive.export import article_record

from .forms import SearchForm
from .query import run_search

FEED_SIZE = 50
MAX_EXPORT = 10_000


def _search(request, **kwargs):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return None
    return run_search(form.cleaned_data, **kwargs)


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        search = _search(request, page_size=FEED_SIZE)
        if search is None:
            raise Http404("That search could not be read.")
        search.params = urlencode([(k, v) for k, v in request.GET.items() if k != "page"])
        return search

    def title(self, search):
        what = f"“{search.query}”" if search.query else "everything"
        return f"Search for {what} in {search.kind} · Clippings"

    def link(self, search):
        return reverse("search:search") + (f"?{search.params}" if search.params else "")

    def items(self, search):
        return search.results

    def item_title(self, item):
        obj = item["object"]
        return obj.display_title if hasattr(obj, "display_title") else f"“{obj.text[:120]}”"

    def item_description(self, item):
        return str(item["snippet"])

    def item_link(self, item):
        return item["object"].get_absolute_url()


def _safe_cell(value) -> str:
    """Spreadsheets run cells that start with = + - @: article text must not."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export(request, fmt):
    search = _search(request, all_results=True)
    if search is None:
        return HttpResponseBadRequest("That search could not be read.")
    items = [item["object"] for item in search.results][:MAX_EXPORT]
    name = f"clippings-{search.kind}.{fmt}"
    if fmt == "jsonl":
        records = [article_record(o) if search.kind == "articles" else quote_record(o) for o in items]
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        response = HttpResponse(body, content_type="application/x-ndjson; charset=utf-8")
    else:
        out = io.StringIO()
        writer = csv.writer(out)
        if search.kind == "articles":
            writer.writerow(["id", "title", "outlet", "published", "url", "source"])
            for a in items:
                writer.writerow([a.id, _safe_cell(a.title), _safe_cell(a.outlet.name if a.outlet else ""),
                                 a.published or "", a.get_absolute_url(), _safe_cell(a.source.path)])  # fmt: skip
        else:
            writer.writerow(["id", "text", "speaker", "attribution", "article", "outlet", "published", "url"])
            for q in items:
                writer.writerow([q.id, _safe_cell(q.text), _safe_cell(q.speaker.name if q.speaker else ""),
                                 _safe_cell(q.attribution), _safe_cell(q.article.title),
                                 _safe_cell(q.article.outlet.name if q.article.outlet else ""),
                                 q.article.published or "", q.get_absolute_url()])  # fmt: skip
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
