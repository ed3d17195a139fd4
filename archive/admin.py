"""Curation: every model in the admin; editing an article protects the edited fields from re-imports."""

from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .ingest import merge_people
from .models import (
    CURATABLE_FIELDS,
    Article,
    CurationEdit,
    Mention,
    Outlet,
    OutletLine,
    Person,
    PersonMatch,
    Quote,
    SourceDocument,
    Topic,
)

RAW_PREVIEW_CHARS = 200_000


def _pre(text: str):
    return format_html('<pre style="white-space: pre-wrap; max-height: 40rem; overflow: auto">{}</pre>', text)


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ("path", "format", "encoding", "size", "status", "last_seen")
    list_filter = ("status", "format", "encoding")
    search_fields = ("path", "sha256", "error")
    readonly_fields = (
        "path",
        "sha256",
        "encoding",
        "format",
        "size",
        "status",
        "error",
        "first_seen",
        "last_seen",
        "container",
        "record_id",
        "record_offset",
        "original_url",
        "captured_at",
        "raw_file",
    )
    exclude = ("raw",)

    @admin.display(description="Raw file")
    def raw_file(self, source):
        link = format_html('<a href="{}">open as plain text</a>', reverse("archive:source_raw", args=[source.pk]))
        if not source.encoding:
            return link
        return format_html("{}{}", link, _pre(source.raw_text()[:RAW_PREVIEW_CHARS]))

    def has_add_permission(self, request):
        return False  # sources come in through import_articles


@admin.register(OutletLine)
class OutletLineAdmin(admin.ModelAdmin):
    """Lines learned as an outlet's furniture; untick one and re-extract to keep it in the bodies."""

    list_display = ("text", "outlet", "article_count", "is_furniture", "learned_at")
    list_filter = ("is_furniture", "outlet")
    search_fields = ("text", "outlet__name")
    readonly_fields = ("outlet", "key", "text", "learned_at")
    exclude = ("articles",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="articles", ordering="article_total")
    def article_count(self, line):
        return line.article_total

    def has_add_permission(self, request):
        return False  # lines are learned by import_articles


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "domain", "article_count")
    search_fields = ("name", "domain")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(ordering="article_count", description="Articles")
    def article_count(self, outlet):
        return outlet.article_count


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    autocomplete_fields = ("person",)


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ("text", "speaker", "attribution", "paragraph", "rule", "confidence", "is_curated")
    autocomplete_fields = ("speaker",)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("display_title", "outlet", "published", "is_curated", "extractor_version", "source_path")
    list_filter = ("is_curated", "outlet", "extractor_version", ("published", admin.DateFieldListFilter))
    search_fields = ("title", "body", "byline", "source__path")
    list_select_related = ("outlet", "source")
    date_hierarchy = "published"
    autocomplete_fields = ("outlet",)
    filter_horizontal = ("topics",)
    readonly_fields = (
        "slug",
        "source_link",
        "is_curated",
        "curated_fields",
        "extractor_version",
        "created_at",
        "updated_at",
        "side_by_side",
    )
    fieldsets = (
        (None, {"fields": ("title", "outlet", "published", "byline", "original_url", "topics")}),
        ("Body", {"fields": ("body",)}),
        (
            "What the cleaner did: clean body, removed lines with their rules, and the raw file",
            {
                "classes": ("wide",),
                "fields": ("side_by_side",),
            },
        ),
        (
            "Record",
            {
                "fields": (
                    "slug",
                    "source_link",
                    "extractor_version",
                    "is_curated",
                    "curated_fields",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )
    inlines = (MentionInline, QuoteInline)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).defer("source__raw")  # the list needs the file's name, not its bytes

    @admin.display(description="Source file", ordering="source__path")
    def source_path(self, article):
        return article.source.path

    @admin.display(description="Source")
    def source_link(self, article):
        url = reverse("admin:archive_sourcedocument_change", args=[article.source_id])
        return format_html('<a href="{}">{}</a> (sha256 {})', url, article.source.path, article.source.sha256[:12])

    @admin.display(description="Side by side")
    def side_by_side(self, article):
        paragraphs = format_html_join("", "<p>{}</p>", ((p,) for p in article.paragraphs))
        if article.removed:
            removed = format_html_join(
                "", "<tr><td><code>{}</code></td><td>{}</td></tr>", ((r["rule"], r["text"]) for r in article.removed)
            )
            removed = format_html('<table class="removed-lines">{}</table>', removed)
        else:
            removed = "Nothing was removed."
        column = '<div style="flex: 1 1 20rem; min-width: 0; max-height: 45rem; overflow: auto"><h3>{}</h3>{}</div>'
        return format_html(
            '<div style="display: flex; flex-wrap: wrap; gap: 1rem; width: 100%">' + column * 3 + "</div>",
            "Clean body",
            paragraphs,
            "Removed lines (rule, line)",
            removed,
            "Raw file",
            _pre(article.source.raw_text()[:RAW_PREVIEW_CHARS]),
        )

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_curated(f for f in form.changed_data if f in CURATABLE_FIELDS)
        super().save_model(request, obj, form, change)

    def has_add_permission(self, request):
        return False  # articles come from imported sources


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "aliases", "description", "mention_count", "quote_count", "is_curated")
    list_filter = ("is_curated",)
    search_fields = ("name", "aliases", "description")
    prepopulated_fields = {"slug": ("name",)}
    exclude = ("key", "surname_key")
    actions = ("merge_selected",)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(mention_count=Count("mentions", distinct=True), quote_count=Count("quotes", distinct=True))
        )

    @admin.display(ordering="mention_count", description="Articles")
    def mention_count(self, person):
        return person.mention_count

    @admin.display(ordering="quote_count", description="Quotes")
    def quote_count(self, person):
        return person.quote_count

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            obj.is_curated = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Merge the selected people into the one with most articles")
    def merge_selected(self, request, queryset):
        people = sorted(queryset, key=lambda p: (-p.mention_count, -p.quote_count, p.pk))
        if len(people) < 2:
            self.message_user(request, "Select at least two people to merge.", messages.WARNING)
            return
        keep = people[0]
        with transaction.atomic():
            for other in people[1:]:
                self.log_change(request, keep, f"Merged {other.name} ({', '.join(other.aliases)}) into this person.")
                merge_people(keep, other)
            keep.is_curated = True
            keep.save(update_fields=["is_curated"])
        self.message_user(request, f"Merged {len(people) - 1} into {keep.name}.", messages.SUCCESS)


@admin.register(PersonMatch)
class PersonMatchAdmin(admin.ModelAdmin):
    """The review list: name pairs too uncertain to merge automatically."""

    list_display = ("person", "candidate", "score", "is_resolved")
    list_filter = ("is_resolved",)
    search_fields = ("person__name", "candidate__name")
    actions = ("merge_pair", "dismiss")
    list_select_related = ("person", "candidate")

    @admin.action(description="Same person: merge each pair")
    def merge_pair(self, request, queryset):
        count = 0
        with transaction.atomic():
            for match in list(queryset.filter(is_resolved=False).select_related("person", "candidate")):
                keep, other = match.candidate, match.person
                if Person.objects.filter(pk=other.pk).exists() and Person.objects.filter(pk=keep.pk).exists():
                    self.log_change(request, keep, f"Merged {other.name} into this person (review list).")
                    merge_people(keep, other)
                    keep.is_curated = True
                    keep.save(update_fields=["is_curated"])
                    count += 1
        self.message_user(request, f"Merged {count} pair(s).", messages.SUCCESS)

    @admin.action(description="Different people: dismiss")
    def dismiss(self, request, queryset):
        updated = queryset.update(is_resolved=True)
        self.message_user(request, f"Dismissed {updated} match(es).", messages.SUCCESS)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("person", "article", "alias", "count")
    search_fields = ("person__name", "article__title", "alias")
    autocomplete_fields = ("person", "article")
    list_select_related = ("person", "article")


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return (("low", f"low (under {Quote.REVIEW_BELOW})"), ("high", f"high ({Quote.REVIEW_BELOW} and over)"))

    def queryset(self, request, queryset):
        if self.value() == "low":
            return queryset.filter(confidence__lt=Quote.REVIEW_BELOW)
        if self.value() == "high":
            return queryset.filter(confidence__gte=Quote.REVIEW_BELOW)
        return queryset


class ReviewFilter(admin.SimpleListFilter):
    title = "review queue"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return (("todo", "needs review (unsure, not yet checked)"),)

    def queryset(self, request, queryset):
        return queryset.needing_review() if self.value() == "todo" else queryset


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("short_text", "speaker", "attribution", "rule", "confidence", "is_curated", "article")
    list_filter = (ReviewFilter, ConfidenceFilter, "is_curated", "rule", ("speaker", admin.EmptyFieldListFilter))
    search_fields = ("text", "attribution", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "article")
    list_select_related = ("speaker", "article")
    readonly_fields = ("in_paragraph",)

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text[:100]

    @admin.display(description="In its paragraph")
    def in_paragraph(self, quote):
        before, quoted, after = quote.in_context()
        return format_html("<p>{}<mark>{}</mark>{}</p>", before, quoted, after)

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            obj.is_curated = True
        super().save_model(request, obj, form, change)


@admin.register(CurationEdit)
class CurationHistoryAdmin(admin.ModelAdmin):
    """Every edit made in the admin, who made it and when (read only)."""

    list_display = ("action_time", "user", "content_type", "object_repr", "action_flag", "change_message")
    list_filter = ("action_flag", "content_type", "user")
    search_fields = ("object_repr", "change_message")
    date_hierarchy = "action_time"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "terms", "article_count")
    search_fields = ("name", "terms")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(ordering="article_count", description="Articles")
    def article_count(self, topic):
        return topic.article_count
