"""reextract: run the current extraction rules again over the stored raw files."""

from collections import Counter

from django.core.management.base import BaseCommand

from archive.extraction import EXTRACTOR_VERSION
from archive.ingest import reextract
from archive.locking import run_exclusively
from archive.models import Article
from search.backends import segments_read_unmapped
from search.duplicates import link_near_duplicates
from search.live import deferred


class Command(BaseCommand):
    help = (
        "Re-extract articles from their stored raw files with the current rules (by default those made by an "
        "older extractor). Curated fields, curated quotes and merged people are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="re-extract every article, not only outdated ones")

    def handle(self, *args, **options):
        run_exclusively(lambda: self._run(options))

    def _run(self, options):
        articles = Article.objects.all()
        if not options["all"]:
            articles = articles.filter(extractor_version__lt=EXTRACTOR_VERSION)
        with deferred(), segments_read_unmapped():
            results = reextract(articles.order_by("id"))
        for result in results:
            if result.status == "failed":
                self.stderr.write(f"failed: {result.path}: {result.reason}")
        changed = [r.article_id for r in results if r.status == "updated"]
        link_near_duplicates(changed)
        counts = Counter(r.status for r in results)
        self.stdout.write(
            f"Re-extracted {len(results)} article(s) with extractor v{EXTRACTOR_VERSION}: "
            f"{counts['updated']} updated, {counts['failed']} failed."
        )
