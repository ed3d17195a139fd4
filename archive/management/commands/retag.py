"""retag: apply the current topics and their terms to every article (curated choices stay)."""

from django.core.management.base import BaseCommand

from archive.ingest import tag_topics
from archive.models import Article, Topic


class Command(BaseCommand):
    help = "Re-tag every article from the topics' match terms; articles whose topics an archivist set are left alone."

    def handle(self, *args, **options):
        vocabulary = Topic.vocabulary()
        count = 0
        for article in Article.objects.iterator(chunk_size=500):
            tag_topics(article, vocabulary)
            count += 1
        self.stdout.write(f"Re-tagged {count} article(s) with {len(vocabulary)} topic(s).")
