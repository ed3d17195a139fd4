"""JSON for one article, person or quote (the article is the export record of DESIGN.md)."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .export import article_record
from .models import Article, Person, Quote


def _json(data):
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def quote_record(quote: Quote) -> dict:
    article = quote.article
    return {
        "id": quote.id,
        "url": quote.get_absolute_url(),
        "text": quote.text,
        "speaker": quote.speaker.name if quote.speaker else None,
        "speaker_url": quote.speaker.get_absolute_url() if quote.speaker else None,
        "attribution": quote.attribution,
        "rule": quote.rule,
        "confidence": quote.confidence,
        "is_curated": quote.is_curated,
        "paragraph": quote.paragraph,
        "article": {"id": article.id, "title": article.title, "url": article.get_absolute_url()},
        "outlet": article.outlet.name if article.outlet else None,
        "published": article.published.isoformat() if article.published else None,
    }


def article_json(request, slug):
    article = get_object_or_404(Article.objects.select_related("source", "outlet"), slug=slug)
    return _json(article_record(article))


def person_json(request, slug):
    person = get_object_or_404(Person, slug=slug)
    quotes = Quote.objects.by(person).select_related("article__outlet", "speaker")
    articles = Article.objects.for_person(person).select_related("outlet")
    return _json(
        {
            "name": person.name,
            "url": person.get_absolute_url(),
            "aliases": person.aliases,
            "description": person.description,
            "quotes": [quote_record(q) for q in quotes],
            "articles": [{"title": a.title, "url": a.get_absolute_url()} for a in articles],
        }
    )


def quote_json(request, pk):
    return _json(quote_record(get_object_or_404(Quote.objects.select_related("article__outlet", "speaker"), pk=pk)))
