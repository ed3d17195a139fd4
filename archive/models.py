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

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.path

    @property
    def file_name(self) -> str:
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

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("archive:article", args=[self.slug])

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

    def __str__(self):
        return f"{'remove' if self.is_delete else 'update'} {self.model} {self.object_id}"


class CurationEdit(LogEntry):
    """Django's record of every admin edit, shown to archivists as the curation history."""

    class Meta:
        proxy = True
        verbose_name = "curation edit"
        verbose_name_plural = "curation history"
