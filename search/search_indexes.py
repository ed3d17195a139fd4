"""What the search engine knows about articles and quotes, with the facets users filter by."""

import re

from django.db.models import Prefetch
from haystack import indexes

from archive.models import Article, Mention, Quote


def _year(day):
    return str(day.year) if day else None


def _month(day):
    return day.strftime("%Y-%m") if day else None


def _names(person) -> list[str]:
    return [person.name, *person.aliases] if person else []


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    # The searchable text is put together here rather than from a template: rendering a Django
    # template for each of thousands of documents cost more than Whoosh's own work on them.
    text = indexes.CharField(document=True)
    spelling = indexes.CharField(indexed=True, stored=False)
    title = indexes.CharField(model_attr="title")
    outlet = indexes.CharField(null=True, faceted=True)
    person = indexes.MultiValueField(faceted=True)
    speaker = indexes.MultiValueField(faceted=True)
    topic = indexes.MultiValueField(faceted=True)
    published = indexes.DateField(model_attr="published", null=True)
    year = indexes.CharField(null=True, faceted=True)
    month = indexes.CharField(null=True, faceted=True)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        # people and speakers joined in, not prefetched by id: past ~1,000 ids at once SQLite
        # refuses the query Django builds for them ("Expression tree is too large")
        return Article.objects.select_related("outlet").prefetch_related(
            Prefetch("mentions", queryset=Mention.objects.select_related("person")),
            Prefetch("quotes", queryset=Quote.objects.select_related("speaker")),
            "topics",
        )

    def prepare_outlet(self, article):
        return article.outlet.name if article.outlet_id else None

    def prepare_text(self, article):
        people = [" ".join(_names(m.person)) for m in article.mentions.all()]
        outlet = article.outlet.name if article.outlet_id else ""
        return "\n".join([article.title, outlet, article.byline, *people, article.body])

    def prepare_spelling(self, article):
        # each word once: suggestions need the words, not where or how often they occur
        return " ".join(dict.fromkeys(re.findall(r"\w+", f"{article.title}\n{article.body}".lower())))

    def prepare_person(self, article):
        return sorted({m.person.name for m in article.mentions.all()})

    def prepare_speaker(self, article):
        return sorted({q.speaker.name for q in article.quotes.all() if q.speaker_id})

    def prepare_topic(self, article):
        return sorted(t.name for t in article.topics.all())

    def prepare_year(self, article):
        return _year(article.published)

    def prepare_month(self, article):
        return _month(article.published)


class QuoteIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)
    article_id = indexes.IntegerField(model_attr="article_id")
    speaker = indexes.CharField(null=True, faceted=True)
    outlet = indexes.CharField(null=True, faceted=True)
    topic = indexes.MultiValueField(faceted=True)
    published = indexes.DateField(null=True)
    year = indexes.CharField(null=True, faceted=True)
    month = indexes.CharField(null=True, faceted=True)

    def get_model(self):
        return Quote

    def index_queryset(self, using=None):
        # each quote's article for its outlet, date and topics only: not its body or removed lines
        return (
            Quote.objects.select_related("speaker", "article__outlet")
            .defer("article__body", "article__removed")
            .prefetch_related("article__topics")
        )

    def prepare_text(self, quote):
        return "\n".join([quote.text, " ".join(_names(quote.speaker)), quote.attribution])

    def prepare_speaker(self, quote):
        return quote.speaker.name if quote.speaker_id else None

    def prepare_outlet(self, quote):
        return quote.article.outlet.name if quote.article.outlet_id else None

    def prepare_topic(self, quote):
        return sorted(t.name for t in quote.article.topics.all())

    def prepare_published(self, quote):
        return quote.article.published

    def prepare_year(self, quote):
        return _year(quote.article.published)

    def prepare_month(self, quote):
        return _month(quote.article.published)
