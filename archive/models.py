"""The archive: raw sources as imported, the articles extracted from them, and who said what."""

from django.contrib.admin.models import LogEntry
from django.db import models
from django.urls import reverse
from django.utils.text import slugify

# Fields of an article an archivist may correct; a re-import never overwrites a corrected one.
CURATABLE_FIELDS = ("title", "outlet", "published", "byline", "original_url", "body", "topics")


def unique_slug(model, text: str, *, fallback: str, max_length: int = 80) -> str:
    """A slug for ``text`` not yet used by ``model`` ("kyiv", "kyiv-2", ...)."""
    base = slugify(text)[:max_length].strip("-") or fallback
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class SourceDocument(models.Model):
    """One imported file, byte for byte. Never deleted by an import; a changed file adds a new one."""

    class Status(models.TextChoices):
        IMPORTED = "imported", "imported"
        FAILED = "failed", "failed"
        SUPERSEDED = "superseded", "superseded by a newer version"

    class Format(models.TextChoices):
        TXT = "txt", "plain text"
        HTML = "html", "HTML"
        WARC = "warc", "WARC web archive"
        UNKNOWN = "unknown", "unknown"

    path = models.CharField(max_length=1024, db_index=True, help_text="The path as given to the import.")
    sha256 = models.CharField(max_length=64, unique=True)
    raw = models.BinaryField()
    encoding = models.CharField(max_length=40, blank=True)
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.UNKNOWN)
    size = models.PositiveBigIntegerField()
    status = models.CharField(max_length=12, choices=Status.choices, db_index=True)
    error = models.TextField(blank=True)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(auto_now=True)
    # A page captured in a web archive: the archive file it came from, and the capture's record.
    container = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="records",
        help_text="The WARC file this page was captured in.",
    )  # fmt: skip
    record_id = models.CharField(max_length=200, blank=True, help_text="WARC-Record-ID of the capture.")
    record_offset = models.PositiveBigIntegerField(null=True, blank=True, help_text="Byte offset in the WARC file.")
    original_url = models.CharField(max_length=2000, blank=True, help_text="Where the page was captured from.")
    captured_at = models.DateTimeField(null=True, blank=True, help_text="When the crawler captured it.")

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.path

    @property
    def file_name(self) -> str:
        if self.container_id:  # a page in a web archive: name it after its URL
            tail = self.original_url.rstrip("/").rsplit("/", 1)[-1] or "page"
            return f"{tail}.html" if not tail.endswith((".html", ".htm")) else tail
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def raw_text(self) -> str:
        """The raw bytes as text, in the encoding the import found (lossless for what imported)."""
        encoding = self.encoding or "utf-8"
        try:
            return bytes(self.raw).decode(encoding)
        except (LookupError, UnicodeDecodeError):
            return bytes(self.raw).decode("utf-8", errors="replace")


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    domain = models.CharField(max_length=253, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:outlet", args=[self.slug])

    @classmethod
    def for_name(cls, name: str) -> "Outlet":
        """The outlet called ``name`` (case-insensitively), created on first sight."""
        found = cls.objects.filter(name__iexact=name).first()
        if found:
            return found
        return cls.objects.create(name=name, slug=unique_slug(cls, name, fallback="outlet"))


class Topic(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    terms = models.JSONField(default=list, blank=True, help_text="Words and phrases that tag an article.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:topic", args=[self.slug])

    @classmethod
    def vocabulary(cls) -> dict[str, list[str]]:
        """Every topic's match terms, by topic name (its name is always one of its terms)."""
        return {t.name: [t.name, *t.terms] for t in cls.objects.all()}


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="The canonical full name.")
    slug = models.SlugField(max_length=120, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Every other spelling seen.")
    description = models.CharField(max_length=300, blank=True)
    key = models.CharField(max_length=200, db_index=True, default="", help_text="Spelling-proof key of the name.")
    surname_key = models.CharField(max_length=100, db_index=True, default="")
    is_curated = models.BooleanField(default=False, help_text="An archivist has edited or merged this person.")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:person", args=[self.slug])

    def add_aliases(self, forms) -> None:
        known = set(self.aliases) | {self.name}
        self.aliases = sorted(set(self.aliases) | {f for f in forms if f and f not in known})


class OutletLine(models.Model):
    """A short line seen at the top or foot of an outlet's articles; once it stands in
    ``learned.MIN_ARTICLES`` different stories it is taken for the outlet's furniture and removed."""

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="lines")
    key = models.CharField(max_length=64, help_text="sha1 of the line's fold key.")
    text = models.TextField()
    articles = models.ManyToManyField("Article", related_name="outlet_lines", blank=True)
    is_furniture = models.BooleanField(default=False, db_index=True)
    learned_at = models.DateTimeField(null=True, blank=True, help_text="When it was found to be furniture.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["outlet", "key"], name="one_line_per_outlet")]

    def __str__(self):
        return self.text[:80]


class PersonName(models.Model):
    """A spelling-proof key of one name a person is known by; merges move these, so they stick."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    key = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="one_key_per_person")]

    def __str__(self):
        return self.key


class PersonMatch(models.Model):
    """Two people who may be one: a fuzzy match too uncertain to merge without an archivist."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="possible_matches")
    candidate = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    is_resolved = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "candidate"], name="one_match_per_pair")]
        verbose_name_plural = "person matches to review"

    def __str__(self):
        return f"{self.person} ~ {self.candidate} ({self.score:.0f})"


class QuoteQuerySet(models.QuerySet):
    def by(self, person):
        return self.filter(speaker=person)

    def needing_review(self):
        """Quotes the rules were unsure about that no archivist has checked yet."""
        return self.filter(is_curated=False, confidence__lt=Quote.REVIEW_BELOW)


class ArticleQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by(models.F("published").desc(nulls_last=True), "-id")

    def for_outlet(self, outlet):
        return self.filter(outlet=outlet)

    def for_person(self, person):
        return self.filter(mentions__person=person).distinct()

    def for_listing(self):
        """With the outlet and source a list of articles shows (an untitled article is named by its
        file), but not the file's bytes (a scraped page can be megabytes, and a list shows fifty)
        nor the lines cleaned from it (decoding them was a tenth of a search page)."""
        return self.select_related("outlet", "source").defer("source__raw", "removed")


class Article(models.Model):
    source = models.OneToOneField(SourceDocument, on_delete=models.PROTECT, related_name="article")
    title = models.CharField(max_length=500, blank=True)
    slug = models.SlugField(max_length=120, unique=True)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    published = models.DateField(null=True, blank=True, db_index=True)
    byline = models.CharField(max_length=300, blank=True)
    original_url = models.URLField(max_length=2000, blank=True)
    body = models.TextField(help_text="Paragraphs separated by a blank line.")
    removed = models.JSONField(default=list, blank=True, help_text="Lines the cleaner removed, each with its rule.")
    extractor_version = models.PositiveIntegerField()
    is_curated = models.BooleanField(default=False, help_text="An archivist has edited this article.")
    curated_fields = models.JSONField(default=list, blank=True, help_text="Fields a re-import leaves alone.")
    topics = models.ManyToManyField(Topic, blank=True, related_name="articles")
    near_duplicates = models.ManyToManyField("self", blank=True, symmetrical=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The start of the first source's sha256: the permalink, the same on every copy of the archive
    # (a restore keeps it) and kept when the file changes or the title is corrected.
    permalink_key = models.CharField(max_length=16, unique=True, null=True, blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.display_title

    def save(self, *args, **kwargs):
        if not self.permalink_key and self.source_id:
            self.permalink_key = self.source.sha256[:16]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:article", args=[self.slug])

    def get_permalink(self) -> str:
        """A link that never changes, whatever happens to the title or slug (it redirects)."""
        return reverse("archive:permalink", args=[self.permalink_key])

    def citation(self, permalink: str) -> str:
        """A plain-text reference to this article as archived, for a reader to copy."""
        source = self.source
        parts = []
        if self.byline:
            parts.append(f"{self.byline}.")
        title = self.display_title
        parts.append(f"“{title}”" if title.endswith((".", "?", "!")) else f"“{title}.”")
        published = f"{self.published.day} {self.published:%B %Y}." if self.published else "n.d."
        parts.append(f"{self.outlet.name}, {published}" if self.outlet else published)
        url = source.original_url or self.original_url
        if url:
            parts.append(f"{url}.")
        if source.captured_at:
            parts.append(f"Captured {source.captured_at.day} {source.captured_at:%B %Y}.")
        parts.append(f"Archived in Clippings: {permalink} (sha256 {source.sha256[:16]}…).")
        return " ".join(parts)

    @property
    def display_title(self) -> str:
        return self.title or f"Untitled ({self.source.file_name})"

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    def mark_curated(self, fields) -> None:
        """Remember that an archivist set ``fields``; imports will not touch them again."""
        fields = set(fields)
        chosen = [f for f in CURATABLE_FIELDS if f in fields]
        if chosen:
            self.is_curated = True
            self.curated_fields = sorted(set(self.curated_fields) | set(chosen))


class Mention(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    alias = models.CharField(max_length=200, blank=True, help_text="The form used in this article.")
    count = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="one_mention_per_person")]

    def __str__(self):
        return f"{self.person} in {self.article}"


class StoryHash(models.Model):
    """One value of an article's sketch (archive.extraction.similarity.sketch): articles sharing
    many of them are candidates for the same story, looked up by value."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="story_hashes")
    value = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["value", "article"], name="story_hash_value")]

    def __str__(self):
        return f"{self.value} in article {self.article_id}"


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    text = models.TextField()
    attribution = models.CharField(max_length=300, blank=True, help_text="The words that attribute the quote.")
    paragraph = models.PositiveIntegerField(help_text="Paragraph number in the body, from 1.")
    start = models.PositiveIntegerField(help_text="Character offset of the quote in its paragraph.")
    end = models.PositiveIntegerField()
    rule = models.CharField(max_length=40, blank=True, help_text="The rule that attributed the quote.")
    confidence = models.FloatField(default=0.0)
    is_curated = models.BooleanField(default=False)

    # Attributions below this confidence (pronouns, descriptors, guesses) wait in the review queue.
    REVIEW_BELOW = 0.7

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "paragraph", "start"]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return reverse("archive:quote", args=[self.pk])

    @property
    def paragraph_text(self) -> str:
        paragraphs = self.article.paragraphs
        return paragraphs[self.paragraph - 1] if 0 < self.paragraph <= len(paragraphs) else ""

    def in_context(self) -> tuple[str, str, str]:
        """(text before, the quote, text after) in its paragraph, for highlighting."""
        text = self.paragraph_text
        if text[self.start : self.end] != self.text:  # the body was edited since: find it again
            at = text.find(self.text)
            if at < 0:
                return "", self.text, ""
            self.start, self.end = at, at + len(self.text)
        return text[: self.start], text[self.start : self.end], text[self.end :]


class IndexBacklog(models.Model):
    """Search-index work that could not be done at once (the index was locked); retried later."""

    model = models.CharField(max_length=20)  # "article" or "quote"
    object_id = models.BigIntegerField()
    is_delete = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # an import writes a row per article and looks each up: without it, a scan per lookup
        indexes = [models.Index(fields=["object_id"], name="index_backlog_object")]

    def __str__(self):
        return f"{'remove' if self.is_delete else 'update'} {self.model} {self.object_id}"


class CurationEdit(LogEntry):
    """Django's record of every admin edit, shown to archivists as the curation history."""

    class Meta:
        proxy = True
        verbose_name = "curation edit"
        verbose_name_plural = "curation history"
