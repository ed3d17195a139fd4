"""Browse pages: home, article list and detail, outlets, raw sources."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header

from .models import Article, Outlet, Person, Quote, SourceDocument

PAGE_SIZE = 25


class PageForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)


def _page(request, queryset):
    """The requested page of ``queryset``; a bad or too-large page number gives the last page or 404."""
    form = PageForm(request.GET)
    number = form.cleaned_data["page"] if form.is_valid() and form.cleaned_data["page"] else 1
    return Paginator(queryset, PAGE_SIZE).get_page(number)


def home(request):
    context = {
        "counts": {
            "articles": Article.objects.count(),
            "outlets": Outlet.objects.count(),
            "people": Person.objects.count(),
            "quotes": Quote.objects.count(),
        },
        "latest": Article.objects.latest_first().select_related("outlet", "source")[:10],
    }
    return render(request, "archive/home.html", context)


def article_list(request):
    articles = Article.objects.latest_first().select_related("outlet", "source")
    return render(request, "archive/article_list.html", {"page": _page(request, articles)})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.select_related("outlet", "source"), slug=slug)
    context = {
        "article": article,
        "near_duplicates": article.near_duplicates.select_related("outlet"),
    }
    return render(request, "archive/article_detail.html", context)


def outlet_list(request):
    outlets = Outlet.objects.annotate(article_count=Count("articles")).order_by("name")
    return render(request, "archive/outlet_list.html", {"outlets": outlets})


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    articles = Article.objects.for_outlet(outlet).latest_first().select_related("source")
    return render(request, "archive/outlet_detail.html", {"outlet": outlet, "page": _page(request, articles)})


def source_raw(request, pk):
    """The imported file exactly as it was, as plain text (never rendered as HTML)."""
    source = get_object_or_404(SourceDocument, pk=pk)
    if source.encoding:
        content_type = f"text/plain; charset={source.encoding}"
    else:  # a file that failed as binary: offer it as it is, never interpreted
        content_type = "application/octet-stream"
    response = HttpResponse(bytes(source.raw), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Content-Disposition"] = content_disposition_header(False, source.file_name)
    return response
