"""Search parameters, checked: a bad value gives an empty or clamped result, never an error page."""

from django import forms

# Whoosh's query parser is slow on long queries (quadratic); nobody types more than this.
MAX_QUERY_CHARS = 200


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=True)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def clean_q(self):
        query = self.cleaned_data["q"].replace("\x00", " ")
        return query[:MAX_QUERY_CHARS].strip()
