"""Full-text search of articles."""

import logging

from django.core.paginator import Paginator
from django.shortcuts import render
from haystack.query import SearchQuerySet

from archive.models import Article

from .forms import SearchForm
from .highlight import highlight

logger = logging.getLogger(__name__)
PAGE_SIZE = 20


def search(request):
    form = SearchForm(request.GET)
    query, page, results = "", None, []
    if form.is_valid():
        query = form.cleaned_data["q"]
    if query:
        found = SearchQuerySet().models(Article).auto_query(query)
        number = form.cleaned_data.get("page") or 1
        page = Paginator(found, PAGE_SIZE).get_page(number)
        ids = [int(hit.pk) for hit in page.object_list]
        articles = Article.objects.select_related("outlet", "source").in_bulk(ids)
        results = [
            {"article": articles[i], "snippet": highlight(articles[i].body, query)} for i in ids if i in articles
        ]
    status = 200 if form.is_valid() else 400
    return render(
        request, "search/search.html", {"form": form, "query": query, "page": page, "results": results}, status=status
    )
