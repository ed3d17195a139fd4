"""Full-text, faceted search of articles and quotes: the page and its JSON twin."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render

from archive.api import quote_record

from .forms import SearchForm
from .query import FACET_LABELS, run_search


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search/search.html", {"form": form, "search": None}, status=400)
    result = run_search(form.cleaned_data)
    chips = [
        {"facet": facet, "label": FACET_LABELS[facet], "value": shown, "param": param}
        for facet, (param, shown) in result.filters.items()
    ]
    context = {
        "form": form,
        "search": result,
        "chips": chips,
        "has_input": bool(result.query or chips),
        "facet_links": _facet_links(request, result.facets),
    }
    return render(request, "search/search.html", context)


def _facet_links(request, facets) -> list:
    """Each facet's values with the link that adds it to this search (from its first page), made
    here: the template made them with an include and a tag for each of up to ninety values. The
    rest of the query string is encoded once per facet, not copied and encoded once per value."""
    asked = [(key, values) for key, values in request.GET.lists() if key != "page"]
    links = []
    for facet, label, values in facets:
        keys = [key for key, _ in asked]
        at = keys.index(facet) if facet in keys else len(asked)  # the value replaces this facet's own
        before = urlencode([(k, v) for k, vs in asked[:at] for v in vs])
        after = urlencode([(k, v) for k, vs in asked[at + 1 :] for v in vs])
        shown = []
        for name, slug, count in values:
            parts = [part for part in (before, urlencode([(facet, slug)]), after) if part]
            shown.append((name, "?" + "&".join(parts), count))
        links.append((facet, label, shown))
    return links


def _result_json(kind: str, item: dict) -> dict:
    obj = item["object"]
    if kind == "quotes":
        return {**quote_record(obj), "snippet": str(item["snippet"])}
    return {
        "id": obj.id,
        "url": obj.get_absolute_url(),
        "title": obj.title,
        "outlet": obj.outlet.name if obj.outlet else None,
        "published": obj.published.isoformat() if obj.published else None,
        "snippet": str(item["snippet"]),
    }


def api_search(request):
    """/api/search?…: the same parameters as the page; results and facets as JSON."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    result = run_search(form.cleaned_data)
    page = result.page
    return JsonResponse(
        {
            "query": result.query,
            "kind": result.kind,
            "filters": {facet: value for facet, (value, _) in result.filters.items()},
            "count": result.count,
            "page": page.number if page else 1,
            "pages": page.paginator.num_pages if page else 0,
            "error": result.error or None,
            "suggestion": result.suggestion or None,
            "results": [_result_json(result.kind, item) for item in result.results],
            "facets": {
                facet: [{"value": name, "slug": slug, "count": count} for name, slug, count in values]
                for facet, _, values in result.facets
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
