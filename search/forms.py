"""Search parameters, checked: a bad value gives a 400 page or an empty result, never an error."""

import re

from django import forms

# Whoosh's query parser is slow on long queries (quadratic); nobody types more than this.
MAX_QUERY_CHARS = 200
# Only these fields may be named in a query ("title:peace"); the index's own fields (django_ct …) may not.
SEARCHABLE_FIELDS = {"title"}
_FIELD_RE = re.compile(r"(\w+):")
SLUG = r"^[-a-zA-Z0-9_]+$"


def clean_query(query: str) -> str:
    """Cap the length, drop control characters, and unname fields that are not for searching."""
    query = "".join(c if c.isprintable() else " " for c in query)[:MAX_QUERY_CHARS]
    return _FIELD_RE.sub(
        lambda m: m.group(0) if m.group(1).lower() in SEARCHABLE_FIELDS else m.group(1) + " ", query
    ).strip()


class SearchForm(forms.Form):
    KINDS = (("articles", "Articles"), ("quotes", "Quotes"))
    SORTS = (("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first"))

    q = forms.CharField(required=False, strip=True, label="Search")
    kind = forms.ChoiceField(choices=KINDS, required=False)
    sort = forms.ChoiceField(choices=SORTS, required=False)
    outlet = forms.RegexField(SLUG, required=False, max_length=120)
    person = forms.RegexField(SLUG, required=False, max_length=120)
    speaker = forms.RegexField(SLUG, required=False, max_length=120)
    topic = forms.RegexField(SLUG, required=False, max_length=120)
    year = forms.RegexField(r"^\d{4}$", required=False)
    month = forms.RegexField(r"^\d{4}-(0[1-9]|1[0-2])$", required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def clean_q(self):
        return clean_query(self.cleaned_data["q"])

    def clean_kind(self):
        return self.cleaned_data["kind"] or "articles"

    def clean_sort(self):
        return self.cleaned_data["sort"] or "relevance"
