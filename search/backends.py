"""A Whoosh backend whose facet fields keep their values whole.

Haystack's Whoosh backend indexes a faceted field as stemmed TEXT ("Jens Stoltenberg" becomes
the terms "jen" and "stoltenberg") and a multi-valued field as comma-separated KEYWORDs (a value
with a comma in it splits). Here single-valued facets are ID fields (one term, exactly as
written) and multi-valued fields are joined with a unit separator that no article text holds
and tokenised on that alone. The views talk to haystack only, so another engine can replace this.
"""

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from whoosh.analysis import RegexTokenizer
from whoosh.fields import ID, TEXT

SEPARATOR = "\x1f"


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
        return content_field_name, schema

    def _from_python(self, value):
        if isinstance(value, (list, tuple, set)):
            return SEPARATOR.join(str(v) for v in value)
        return super()._from_python(value)


class ExactFacetWhooshEngine(WhooshEngine):
    backend = ExactFacetWhooshBackend
