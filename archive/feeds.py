"""Atom feeds: a person's quotes and a topic's articles (search feeds live in search/feeds.py)."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from .models import Person, Quote, Topic

FEED_SIZE = 50


class PersonQuotesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, person):
        return f"Quotes by {person.name} · Clippings"

    def link(self, person):
        return person.get_absolute_url()

    def subtitle(self, person):
        return f"What {person.name} said, as quoted in the archive."

    def items(self, person):
        return (
            Quote.objects.by(person)
            .select_related("article__outlet")
            .order_by("-article__published", "-id")[:FEED_SIZE]
        )

    def item_title(self, quote):
        return f"“{quote.text[:120]}”"

    def item_description(self, quote):
        outlet = f", {quote.article.outlet.name}" if quote.article.outlet else ""
        return f"“{quote.text}” — {quote.article.display_title}{outlet}"

    def item_link(self, quote):
        return quote.get_absolute_url()

    def item_pubdate(self, quote):
        return None


class TopicFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic):
        return f"{topic.name} · Clippings"

    def link(self, topic):
        return topic.get_absolute_url()

    def subtitle(self, topic):
        return f"Articles on {topic.name}."

    def items(self, topic):
        return topic.articles.latest_first().for_listing()[:FEED_SIZE]

    def item_title(self, article):
        return article.display_title

    def item_description(self, article):
        return article.paragraphs[0] if article.paragraphs else ""
