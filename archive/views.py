"""Browse pages: home, articles, outlets, people, topics, quotes, raw sources."""

from collections import Counter

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from haystack.query import SearchQuerySet

from .models import Article, Outlet, Person, Quote, SourceDocument, Topic

PAGE_SIZE = 25
CHART_HEIGHT, CHART_STEP = 60, 44


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
        "latest": Article.objects.latest_first().for_listing()[:10],
    }
    return render(request, "archive/home.html", context)


def article_list(request):
    articles = Article.objects.latest_first().for_listing()
    return render(request, "archive/article_list.html", {"page": _page(request, articles)})


def article_permalink(request, key):
    """The stable link of an article, sent on to wherever the article lives now."""
    return redirect(get_object_or_404(Article, permalink_key=key))


def _web_url(url: str) -> str:
    """``url`` when it is safe to link to (http or https), else "" (shown as text only)."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def article_detail(request, slug):
    # the file's (and its web archive's) details, not their bytes: a WARC can be hundreds of megabytes
    articles = Article.objects.select_related("outlet", "source__container").defer(
        "source__raw", "source__container__raw"
    )
    article = get_object_or_404(articles, slug=slug)
    permalink = request.build_absolute_uri(article.get_permalink())
    original_url = article.source.original_url or article.original_url
    context = {
        "article": article,
        "permalink": permalink,
        "citation": article.citation(permalink),
        "original_url": original_url,
        "original_href": _web_url(original_url),
        "more_like_this": more_like_this(article),
        "near_duplicates": article.near_duplicates.for_listing(),
        "people": Person.objects.filter(mentions__article=article).order_by("name").distinct(),
        "quotes": article.quotes.select_related("speaker"),
        "topics": article.topics.all(),
    }
    return render(request, "archive/article_detail.html", context)


def more_like_this(article, limit: int = 5) -> list:
    """Articles the search engine finds most alike, without the same story told again."""
    try:
        hits = SearchQuerySet().models(Article).more_like_this(article)[: limit + 5]
        ids = [int(hit.pk) for hit in hits]
    except Exception:  # the index is being rebuilt or is unreachable: the page still shows
        return []
    twins = set(article.near_duplicates.values_list("id", flat=True)) | {article.id}
    found = Article.objects.for_listing().in_bulk([i for i in ids if i not in twins])
    return [found[i] for i in ids if i in found][:limit]


def outlet_list(request):
    outlets = Outlet.objects.annotate(article_count=Count("articles")).order_by("name")
    return render(request, "archive/outlet_list.html", {"outlets": outlets})


def outlet_detail(request, slug):
    outlet = get_object_or_404(Outlet, slug=slug)
    articles = Article.objects.for_outlet(outlet).latest_first().for_listing()
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


def person_list(request):
    people = Person.objects.annotate(
        quote_count=Count("quotes", distinct=True), article_count=Count("mentions", distinct=True)
    ).order_by("-quote_count", "-article_count", "name")
    return render(request, "archive/person_list.html", {"page": _page(request, people)})


def quotes_over_time(quotes) -> list[dict]:
    """Bars for a chart of quotes per year (per month when they span under two years)."""
    # the dates alone: a prolific speaker has thousands of quotes, and the page shows a few
    dates = [day for day in quotes.values_list("article__published", flat=True) if day]
    if not dates:
        return []
    by_month = (max(dates) - min(dates)).days < 730
    counts = Counter(d.strftime("%Y-%m") if by_month else str(d.year) for d in dates)
    peak = max(counts.values())
    bars = []
    for i, (label, n) in enumerate(sorted(counts.items())):
        height = max(2, round(CHART_HEIGHT * n / peak))
        bars.append({"label": label, "count": n, "x": i * CHART_STEP, "y": CHART_HEIGHT - height, "height": height})
    return bars


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    quotes = (
        Quote.objects.by(person)
        .select_related("article__outlet")
        .order_by(F("article__published").desc(nulls_last=True), "article_id", "paragraph", "start")
    )
    context = {
        "person": person,
        "page": _page(request, quotes),
        "chart": (chart := quotes_over_time(quotes)),
        "chart_width": len(chart) * CHART_STEP,
        "chart_px": min(720, len(chart) * CHART_STEP * 2),
        "articles": Article.objects.for_person(person).latest_first().for_listing()[:50],
    }
    return render(request, "archive/person_detail.html", context)


def topic_list(request):
    """Topics with articles, most used first; those with none yet listed apart, by name."""
    topics = list(Topic.objects.annotate(article_count=Count("articles")).order_by("-article_count", "name"))
    used = [t for t in topics if t.article_count]
    unused = sorted((t for t in topics if not t.article_count), key=lambda t: t.name)
    return render(request, "archive/topic_list.html", {"topics": used, "unused": unused})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    articles = topic.articles.latest_first().for_listing()
    speakers = (
        Person.objects.filter(quotes__article__topics=topic)
        .annotate(quote_count=Count("quotes", distinct=True))
        .order_by("-quote_count", "name")[:10]
    )
    return render(
        request, "archive/topic_detail.html", {"topic": topic, "page": _page(request, articles), "speakers": speakers}
    )


def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.select_related("article__outlet", "speaker"), pk=pk)
    before, quoted, after = quote.in_context()
    context = {"quote": quote, "before": before, "quoted": quoted, "after": after}
    return render(request, "archive/quote_detail.html", context)
