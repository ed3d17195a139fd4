"""A Whoosh backend whose facet fields keep their values whole.

Haystack's Whoosh backend indexes a faceted field as stemmed TEXT ("Jens Stoltenberg" becomes
the terms "jen" and "stoltenberg") and a multi-valued field as comma-separated KEYWORDs (a value
with a comma in it splits). Here single-valued facets are ID fields (one term, exactly as
written) and multi-valued fields are joined with a unit separator that no article text holds
and tokenised on that alone. The views talk to haystack only, so another engine can replace this.
"""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from whoosh.analysis import RegexTokenizer, StandardAnalyzer
from whoosh.fields import ID, TEXT

SEPARATOR = "\x1f"
# An unstemmed copy of the words, so "did you mean" suggests words people type, not stems.
SPELLING_FIELD = "spelling"


class ExactFacetWhooshBackend(WhooshSearchBackend):
    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            name = field_class.index_fieldname
            if field_class.is_multivalued and field_class.indexed is not False:
                schema.remove(name)
                schema.add(name, TEXT(stored=True, analyzer=RegexTokenizer(rf"[^{SEPARATOR}]+"), phrase=False))
            elif getattr(field_class, "facet_for", None) and field_class.field_type == "string":
                schema.remove(name)
                schema.add(name, ID(stored=True))
            elif name == SPELLING_FIELD:
                schema.remove(name)
                schema.add(name, TEXT(stored=False, analyzer=StandardAnalyzer(), spelling=True))
        return content_field_name, schema

    def search(self, query_string, **kwargs):
        results = super().search(query_string, **kwargs)
        # haystack's Whoosh backend skips the suggestion exactly when it is wanted: no hits
        if self.include_spelling and not results.get("hits") and not results.get("spelling_suggestion"):
            results["spelling_suggestion"] = self.create_spelling_suggestion(kwargs.get("spelling_query") or "")
        return results

    def create_spelling_suggestion(self, query_string):
        """Each unknown word replaced by the closest indexed word; None when nothing changes."""
        if not query_string or SPELLING_FIELD not in self.schema.names():
            return None
        words = [w for w in query_string.split() if w.upper() not in ("AND", "OR", "NOT", "TO")]
        with self.index.searcher() as searcher:
            corrector = searcher.corrector(SPELLING_FIELD)
            reader = searcher.reader()
            suggested = []
            for word in words:
                plain = word.strip('"()*?').lower()
                if not plain or ":" in plain or (SPELLING_FIELD, plain) in reader:
                    suggested.append(word)
                    continue
                found = corrector.suggest(plain, limit=1, maxdist=2)
                suggested.append(found[0] if found else word)
        suggestion = " ".join(suggested)
        return suggestion if suggestion != " ".join(words) else None

    def _from_python(self, value):
        if isinstance(value, (list, tuple, set)):
            return SEPARATOR.join(str(v) for v in value)
        return super()._from_python(value)


class ExactFacetWhooshEngine(WhooshEngine):
    backend = ExactFacetWhooshBackend
