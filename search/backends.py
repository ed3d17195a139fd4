"""A Whoosh backend whose facet fields keep their values whole.

Haystack's Whoosh backend indexes a faceted field as stemmed TEXT ("Jens Stoltenberg" becomes
the terms "jen" and "stoltenberg") and a multi-valued field as comma-separated KEYWORDs (a value
with a comma in it splits). Here single-valued facets are ID fields (one term, exactly as
written) and multi-valued fields are joined with a unit separator that no article text holds
and tokenised on that alone. The views talk to haystack only, so another engine can replace this.
"""

import heapq
import os
import re
import threading
import uuid
from array import array
from collections import Counter, OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from django.conf import settings
from django.utils.encoding import force_str
from haystack import connections
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT
from haystack.constants import ID as ID_FIELD
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier, get_model_ct
from whoosh.analysis import STOP_WORDS, RegexTokenizer, StandardAnalyzer, StemmingAnalyzer
from whoosh.classify import Bo1Model
from whoosh.codec.whoosh3 import W3LeafMatcher, W3PerDocReader
from whoosh.collectors import TopCollector, WrappingCollector
from whoosh.columns import VarBytesListColumn
from whoosh.fields import ID, NUMERIC, STORED, TEXT
from whoosh.lang.porter import stem
from whoosh.matching.wrappers import FilterMatcher
from whoosh.qparser import PhrasePlugin
from whoosh.query import Or, Term
from whoosh.scoring import BM25FScorer, WeightLengthScorer
from whoosh.searching import ResultsPage
from whoosh.writing import AsyncWriter

SEPARATOR = "\x1f"
# "More like this" asks for documents sharing the article's most telling words: this many of them
# (Whoosh's default, 10, made each article page match most of the archive).
MORE_LIKE_THIS_TERMS = 6


def _cached_length_reader(self, fieldname, column):
    """Whoosh's W3PerDocReader._cached_reader, remembering a column that does not exist too.

    While a segment is written, Whoosh asks for the length column of every posting's field; for
    fields without lengths (IDs, facets, dates: most fields here) it looked on disk each time, a
    stat() per posting that was a sixth of all indexing time.
    """
    if fieldname not in self._readers:
        self._readers[fieldname] = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
    return self._readers[fieldname]


W3PerDocReader._cached_reader = _cached_length_reader
# An unstemmed copy of the words, so "did you mean" suggests words people type, not stems.
SPELLING_FIELD = "spelling"


class FacetValuesColumn(VarBytesListColumn):
    """Each document's facet values, read back as text.

    haystack counts every facet with overlap allowed; without a list column Whoosh rebuilds a
    list of every document's values from the whole posting lists on each search (most of a
    search's time at a few thousand articles). With it, only the matching documents are read.
    """

    _default = []  # what a segment without the field answers: no values

    class Reader(VarBytesListColumn.Reader):
        def __getitem__(self, docnum):
            return [value.decode("utf-8") for value in super().__getitem__(docnum)]

    class Writer(VarBytesListColumn.Writer):
        def add(self, docnum, values):
            # merging segments copies values as the Reader gives them: text
            super().add(docnum, [v.encode("utf-8") if isinstance(v, str) else v for v in values])


class ExactFacet(ID):
    """One facet value per document, kept whole (an ID term) and in a list column for counting."""

    def __init__(self):
        super().__init__(stored=True)
        self.column_type = FacetValuesColumn()

    def to_column_value(self, value):
        return [value.encode("utf-8")] if value else []


class MultiFacet(TEXT):
    """Several facet values per document, split on SEPARATOR only, and in a list column."""

    def __init__(self):
        super().__init__(stored=True, analyzer=RegexTokenizer(rf"[^{SEPARATOR}]+"), phrase=False)
        self.column_type = FacetValuesColumn()

    def to_column_value(self, value):
        return [v.encode("utf-8") for v in value.split(SEPARATOR) if v]


# StemmingAnalyzer's tokens (its pattern, without the capturing group that findall would return)
_WORD = re.compile(r"\w+(?:\.?\w+)*")
_STEMS: dict[str, str] = {}
_STEMS_KEPT = 200_000


class StemmedText(TEXT):
    """Whoosh's TEXT with its StemmingAnalyzer, a document's words indexed in one pass.

    Whoosh hands each word through a tokenizer and three filters (lower case, stop words,
    stemming), generators passing one Token object along, then groups the words' positions: a
    sixth of the index helper's time. Here the same steps are one loop, giving the same terms,
    positions and weights (a test compares the two). Queries and highlighting still go through the
    analyzer."""

    def __init__(self, stored=False, field_boost=1.0):
        super().__init__(stored=stored, analyzer=StemmingAnalyzer(), field_boost=field_boost, phrase=True)

    def index(self, value, **kwargs):
        if not isinstance(value, str) or set(kwargs) - {"mode"} or kwargs.get("mode", "index") != "index":
            return super().index(value, **kwargs)
        return self._index_words(value)

    def _index_words(self, value):
        stems, positions_of = _STEMS, {}
        if len(stems) > _STEMS_KEPT:
            stems.clear()
        position = None
        for number, word in enumerate(_WORD.findall(value)):
            word = word.lower()
            if len(word) < 2 or word in STOP_WORDS:
                continue
            # positions count the words kept (StopFilter's renumbering), from the first one's place
            position = number if position is None else position + 1
            term = stems.get(word)
            if term is None:
                term = stems[word] = stem(word)
            if (positions := positions_of.get(term)) is None:
                positions_of[term] = [position]
            else:
                positions.append(position)
        boost, encode = self.format.field_boost, self.format.encode
        for term, positions in positions_of.items():
            yield term.encode("utf-8"), len(positions), len(positions) * boost, encode(positions)


class _KeptSearcher:
    """A searcher lent out for one search: closing it leaves it open for the next one."""

    def __init__(self, searcher):
        self._searcher = searcher

    def __getattr__(self, name):
        return getattr(self._searcher, name)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pass


class _SharedIndex:
    """The Whoosh index with one searcher per thread kept open between searches, and replaced
    when the index has changed since: opening every segment's files anew for each search (as
    haystack does) cost more than most searches themselves."""

    def __init__(self, index):
        self._index = index
        self._local = threading.local()

    def __getattr__(self, name):
        return getattr(self._index, name)

    def refresh(self):
        self._index = self._index.refresh()
        return self

    def searcher(self, **kwargs):
        if kwargs:
            return self._index.searcher(**kwargs)
        current = getattr(self._local, "searcher", None)
        if current is None:
            current = self._index.searcher()
        elif not current.up_to_date():
            # refresh() hands the unchanged segments to the new searcher and closes the rest
            current = current.refresh()
        self._local.searcher = current
        return _KeptSearcher(current)


_UNSEEN = object()


class _SegmentFacts:
    """What a search needs of one index segment, worked out once: segments never change (but
    for deletions, and a deleted document never matches), so this holds until a merge replaces
    the segment. Each facet field's values for every document, and each model's documents."""

    _cache: OrderedDict = OrderedDict()
    _lock = threading.Lock()
    KEEP = 64  # segments remembered (an index has a handful; old ones fall out)

    WORDS = 200_000  # collection frequencies remembered per segment before they start afresh

    def __init__(self):
        self.values: dict[str, list] = {}
        self.of_model: dict[str, frozenset[int]] = {}
        self.frequencies: dict[tuple[str, bytes], float | None] = {}
        self.lengths: dict[str, dict[int, int]] = {}

    def lengths_of(self, field: str) -> dict[int, int]:
        """Documents' lengths in ``field`` read so far (document number to length), to fill in."""
        found = self.lengths.get(field)
        if found is None:
            found = self.lengths[field] = {}
        return found

    def frequency(self, field: str, btext: bytes, reader) -> float | None:
        """How often the word (as bytes) occurs in ``field`` over this segment, None if never."""
        key = (field, btext)
        found = self.frequencies.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self.frequencies) >= self.WORDS:
                self.frequencies = {}
            found = self.frequencies[key] = reader.frequency(field, btext) if key in reader else None
        return found

    @classmethod
    def of(cls, folder: str, reader) -> "_SegmentFacts":
        segment = reader.segment()
        if segment is None:  # an empty index has a reader without a segment: nothing to keep
            return cls()
        key = (folder, segment.segment_id())  # segment ids are unique within an index
        with cls._lock:
            facts = cls._cache.get(key)
            if facts is None:
                facts = cls._cache[key] = cls()
                while len(cls._cache) > cls.KEEP:
                    cls._cache.popitem(last=False)
            cls._cache.move_to_end(key)
        return facts

    def facet_values(self, field: str, reader) -> list:
        """Each document's values of ``field``, read through ``reader`` (this segment's, open now)."""
        found = self.values.get(field)
        if found is None:
            count = reader.doc_count_all()
            if reader.has_column(field):
                column = reader.column_reader(field, translate=False)
                found = [tuple(column[n]) for n in range(count)]
            else:
                found = [()] * count
            self.values[field] = found
        return found

    def model_docs(self, content_type: str, searcher) -> frozenset[int]:
        """The documents of one model (deleted ones included: they never match anyway)."""
        found = self.of_model.get(content_type)
        if found is None:
            postings = (
                searcher.reader().postings(DJANGO_CT, content_type)
                if (DJANGO_CT, content_type) in searcher.reader()
                else None
            )
            found = self.of_model[content_type] = frozenset(postings.all_ids()) if postings else frozenset()
        return found

    def models_docs(self, content_types, searcher) -> frozenset[int]:
        """The documents of any of these models: the one model's own set, not a copy, when alone."""
        kinds = [self.model_docs(ct, searcher) for ct in content_types]
        return kinds[0] if len(kinds) == 1 else frozenset().union(*kinds)


def _by_count(counts: Counter) -> list[tuple[str, int]]:
    """(value, count) pairs, most frequent first, then by value: two stable sorts on C keys, not
    one on a Python key (a person facet has thousands of values)."""
    pairs = sorted(counts.items(), key=itemgetter(0))
    pairs.sort(key=itemgetter(1), reverse=True)
    return pairs


class _Answers:
    """The last answers the engine gave, by question and index state (see _cache_key): a results
    page asked again (a reload, the next visitor, the paginator's count) costs nothing."""

    KEEP = 512
    _kept: OrderedDict = OrderedDict()
    _lock = threading.Lock()

    @classmethod
    def get(cls, key):
        with cls._lock:
            found = cls._kept.get(key)
            if found is not None:
                cls._kept.move_to_end(key)
        # a copy: haystack may extend the lists it is given
        return {k: list(v) if isinstance(v, list) else v for k, v in found.items()} if found else None

    @classmethod
    def put(cls, key, answer) -> None:
        with cls._lock:
            cls._kept[key] = {k: list(v) if isinstance(v, list) else v for k, v in answer.items()}
            while len(cls._kept) > cls.KEEP:
                cls._kept.popitem(last=False)


class _EveryMatch(WrappingCollector):
    """Wraps Whoosh's collector of the page's hits and notes every matching document of the asked
    models as the one pass over the matches goes: counting and facets need no second pass (a
    second pass costs most on phrases, whose word positions are compared document by document).
    Whoosh's shortcuts that skip documents unable to reach the page are turned off for this."""

    def __init__(self, child, folder: str, content_types: list[str], narrow: list):
        super().__init__(child)
        if hasattr(child, "replace"):
            child.replace = 0  # a replaced matcher may leave out documents too weak for the page
        self.folder, self.content_types, self.narrow = folder, content_types, narrow
        self.segments: list[tuple] = []  # (leaf searcher, its _SegmentFacts, matching local docnums)

    def set_subsearcher(self, subsearcher, offset):
        super().set_subsearcher(subsearcher, offset)
        reader = subsearcher.reader()
        facts = _SegmentFacts.of(self.folder, reader)
        allowed = None
        if self.content_types:
            allowed = facts.models_docs(self.content_types, subsearcher)
        for query in self.narrow:
            if type(query) is Term:  # a facet value: its postings, kept (deleted ones never match)
                docs = set(_Postings.of(self.folder, reader, query.fieldname, query.text)[0])
            else:
                docs = set(query.docs(subsearcher))
            allowed = docs if allowed is None else docs & allowed
        self._allowed = allowed
        self._local = []
        self.segments.append((subsearcher, facts, self._local))

    def collect_matches(self):
        child, allowed, local = self.child, self._allowed, self._local
        plain = _plain_term_postings(child)
        if plain is not None:  # one word: its postings read as a whole, scored as Whoosh would
            deleted, scorer = plain
            reader = child.subsearcher.reader()
            lengths = _SegmentFacts.of(self.folder, reader).lengths_of(child.q.fieldname)
            offset, keep = child.offset, child._collect
            ids, weights = _Postings.of(self.folder, reader, child.q.fieldname, child.q.text)
            for sub_docnum, weight in zip(ids, weights, strict=True):
                if (allowed is None or sub_docnum in allowed) and not (deleted and sub_docnum in deleted):
                    local.append(sub_docnum)
                    length = lengths.get(sub_docnum)
                    if length is None:
                        length = lengths[sub_docnum] = scorer.dfl(sub_docnum)
                    keep(offset + sub_docnum, scorer._score(weight, length))
            return
        for sub_docnum in child.matches():
            if allowed is None or sub_docnum in allowed:
                local.append(sub_docnum)
                child.collect(sub_docnum)


@contextmanager
def segments_read_unmapped():
    """``with segments_read_unmapped():`` this process reads segment files rather than map them
    into memory: for work that writes in bulk (an import, its index helper, a rebuild). Whoosh maps
    each segment it opens; merging reads every one of them through, and the mapped pages count as
    the process's own memory, up to the size of the whole index (an import's last index write at
    10,000 articles took the process from 70 to 700 MB; 155 MB unmapped; gigabytes at 100,000).
    Searching keeps the maps."""
    before = ExactFacetWhooshBackend.use_mmap
    _map_segments(False)
    try:
        yield
    finally:
        _map_segments(before)


def _map_segments(mapped: bool) -> None:
    ExactFacetWhooshBackend.use_mmap = mapped
    for alias in connections.connections_info:
        backend = connections[alias].get_backend()
        if isinstance(backend, ExactFacetWhooshBackend) and backend.setup_complete and backend.use_file_storage:
            backend.storage.supports_mmap = mapped  # for the segments opened from now on


class ExactFacetWhooshBackend(WhooshSearchBackend):
    use_mmap = True  # see segments_read_unmapped()

    def setup(self):
        super().setup()
        self.parser.remove_plugin_class(PhrasePlugin)
        self.parser.add_plugin(EscapingPhrasePlugin())
        if self.use_file_storage and not self.use_mmap:
            self.storage.supports_mmap = False  # read when a segment is opened, after this
        if not isinstance(self.index, _SharedIndex):
            self.index = _SharedIndex(self.index)

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            name = field_class.index_fieldname
            if field_class.faceted and not getattr(field_class, "facet_for", None):
                # The value as given, kept for results and check_archive. Searches and facet counts
                # use its exact twin (name_exact); indexing this copy too, stemmed, with a sort
                # column, was a fifth of the work of indexing a quote.
                schema.remove(name)
                schema.add(name, STORED())
            elif field_class.is_multivalued and field_class.indexed is not False:
                schema.remove(name)
                schema.add(name, MultiFacet())
            elif getattr(field_class, "facet_for", None) and field_class.field_type == "string":
                schema.remove(name)
                schema.add(name, ExactFacet())
            elif name == SPELLING_FIELD:
                schema.remove(name)
                schema.add(name, TEXT(stored=False, analyzer=StandardAnalyzer(), spelling=True, phrase=False))
        for name, field in list(schema.items()):
            if type(field) is TEXT and field.analyzer == StemmingAnalyzer():
                schema.remove(name)
                schema.add(name, StemmedText(stored=field.stored, field_boost=field.format.field_boost))
        for _name, field in schema.items():
            if isinstance(field, TEXT) and not isinstance(field.column_type, FacetValuesColumn):
                # haystack makes every text field sortable: a copy of each document's whole text in
                # a column. The archive sorts by date or relevance only.
                field.column_type = None
            if isinstance(field, NUMERIC):
                # One term per value instead of a tier of 8 to 16 (they speed up range queries, which
                # the archive does not make): they were half the postings of a quote's document.
                field.shift_step = 0
        # The searchable text is not kept in the index: results are read from the database, and
        # "more like this" is given the text (storing it was a zlib compression per document).
        schema[content_field_name].stored = False
        # haystack asks Whoosh for a spelling copy of the text ("spell_text": every word of every
        # document again, a third of all postings); suggestions come from SPELLING_FIELD instead.
        schema[content_field_name].spelling = False
        if "spell_" + content_field_name in schema.names():
            schema.remove("spell_" + content_field_name)
        return content_field_name, schema

    def search(self, query_string, **kwargs):
        key = self._cache_key("search", query_string, kwargs)
        cached = _Answers.get(key)
        if cached is not None:
            return cached
        if self._can_search_fast(query_string, kwargs):
            results = self._search_fast(query_string, **kwargs)
        else:
            results = super().search(query_string, **kwargs)
        # haystack's Whoosh backend skips the suggestion exactly when it is wanted: no hits
        if self.include_spelling and not results.get("hits") and not results.get("spelling_suggestion"):
            results["spelling_suggestion"] = self.create_spelling_suggestion(kwargs.get("spelling_query") or "")
        _Answers.put(key, results)
        return results

    def _cache_key(self, kind: str, *asked):
        """The question and the exact state of the index it is asked of (every segment and its
        deletions): any change to the index gives new keys, so a kept answer is never stale."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            segments = [leaf.reader().segment() for leaf, _offset in searcher.leaf_searchers()]
            state = tuple((s.segment_id(), s.deleted_count()) for s in segments if s is not None)
        return (self.path, state, kind, repr(asked))

    @staticmethod
    def _can_search_fast(query_string, kwargs) -> bool:
        unsupported = ("date_facets", "query_facets", "highlight", "within", "dwithin", "distance_point")
        sort_by = kwargs.get("sort_by") or []
        same_direction = len({o.startswith("-") for o in sort_by}) <= 1
        return bool(query_string) and same_direction and not any(kwargs.get(k) for k in unsupported)

    def _search_fast(
        self, query_string, sort_by=None, start_offset=0, end_offset=None, facets=None, narrow_queries=None,
        spelling_query=None, models=None, limit_to_registered_models=None, result_class=None, **kwargs,
    ):  # fmt: skip
        """haystack's search, without its two costs that grow with the archive.

        haystack runs the model restriction (and every narrow query) as a full scored search of
        all the model's documents, then has Whoosh group every match by every facet through a
        column read per document and facet. Here the matching documents are found once, without
        scoring; the model restriction and the facet values come from per-segment tables made
        once per segment (_SegmentFacts); only the page asked for is scored.
        """
        if not self.setup_complete:
            self.setup()
        query_string = force_str(query_string)
        if len(query_string) <= 1 and query_string != "*":
            return {"results": [], "hits": 0}
        sort_fields = [o.lstrip("-") for o in sort_by] if sort_by else None
        reverse = bool(sort_by) and sort_by[0].startswith("-")
        if limit_to_registered_models is None:
            limit_to_registered_models = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
        if models:
            content_types = sorted(get_model_ct(m) for m in models)
        elif limit_to_registered_models:
            content_types = self.build_models_list()
        else:
            content_types = []
        parsed = self.parser.parse(query_string)
        if parsed is None:
            return {"results": [], "hits": 0}
        narrow = [self.parser.parse(force_str(nq)) for nq in (narrow_queries or ())]
        # the kept searcher counts documents; Index.doc_count() opens every segment's files again
        with self.index.searcher() as searcher:
            if not searcher.doc_count():
                return {"results": [], "hits": 0, "spelling_suggestion": None}
            page_num, page_length = self.calculate_page(start_offset, end_offset)
            top = searcher.collector(
                limit=page_num * page_length, sortedby=sort_fields, reverse=reverse, optimize=False
            )
            recording = _EveryMatch(top, self.path, content_types, narrow)
            searcher.search_with_collector(parsed, recording)
            results = recording.results()
            counts = {facet: Counter() for facet in facets or ()}
            matched = 0
            for leaf, facts, local in recording.segments:
                matched += len(local)
                for facet, counter in counts.items():
                    values = facts.facet_values(facet, leaf.reader())
                    counter.update(chain.from_iterable(map(values.__getitem__, local)))
            if not matched:
                return {"results": [], "hits": 0, "spelling_suggestion": None}
            results._total = matched  # counted above; Whoosh would walk the matches again
            try:
                raw_page = ResultsPage(results, page_num, page_length)
            except ValueError:
                return {"results": [], "hits": 0, "spelling_suggestion": None}
            if raw_page.pagenum < page_num:
                return {"results": [], "hits": 0, "spelling_suggestion": None}
            found = self._process_results(
                raw_page, query_string=query_string, spelling_query=spelling_query, result_class=result_class
            )
        if facets is not None:
            found["facets"] = {
                "fields": {f: _by_count(c) for f, c in counts.items()},
                "dates": {},
                "queries": {},
            }
        return found

    def _process_results(self, raw_page, spelling_query=None, **kwargs):
        """haystack's, less the spelling suggestion it makes for every page of hits: the archive
        offers one only when nothing matched (search() asks for it then), and haystack made it of
        the whole query, filter clauses included ("The Riverton Gazette" became "givelton"). It
        was most of a search's time once the archive held a realistic vocabulary."""
        wanted, self.include_spelling = self.include_spelling, False
        try:
            return super()._process_results(raw_page, **kwargs)
        finally:
            self.include_spelling = wanted

    # Suggestions share the word's first letter, as Lucene's spell checker does by default: Whoosh
    # compares the word with every indexed word that passes this, in Python.
    SUGGESTION_PREFIX = 1

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
                found = corrector.suggest(plain, limit=1, maxdist=2, prefix=self.SUGGESTION_PREFIX)
                suggested.append(found[0] if found else word)
        suggestion = " ".join(suggested)
        return suggestion if suggestion != " ".join(words) else None

    # Documents prepared and written per batch: a whole import's worth would sit in memory.
    UPDATE_BATCH = 500

    def update(self, index, iterable, commit=True, replace=True):
        """As haystack's, but with one writer for everything ``iterable`` yields, read and written a
        batch at a time, and the documents a batch replaces deleted in one query before it is added
        (Whoosh's update_document opens a reader over every segment for each document). A fresh
        index (``replace=False``) has nothing to delete."""
        self.update_together([(index, iterable)], replace=replace)

    def update_together(self, work, replace=True, unindexed: "Unindexed | None" = None) -> int | None:
        """update() for each (index, objects) pair of ``work``, all with one writer and one commit
        (an import's articles and their quotes make one segment, not two to merge). The documents
        ``unindexed`` names are not looked for to be deleted, if the index is still at its
        generation. Returns the generation written, None if nothing was."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        writer = None
        batch = []
        lexicon = _Lexicon(self.index, self.path) if SPELLING_FIELD in self.schema.names() else None
        try:
            for index, iterable in work:
                for obj in chain(iterable, [None]):
                    if obj is not None:
                        try:
                            doc = index.full_prepare(obj)
                        except SkipDocument:
                            continue
                        batch.append({key: self._from_python(v) for key, v in doc.items() if key != "boost"})
                        if len(batch) < self.UPDATE_BATCH:
                            continue
                    if not batch:
                        continue
                    if writer is None:
                        writer = AsyncWriter(self.index)
                        _remember_lengths(_segment_writer(writer))
                    if replace:
                        replaced = [doc[ID_FIELD] for doc in batch]
                        if unindexed is not None and unindexed.holds_for(writer):
                            replaced = [i for i in replaced if i not in unindexed.identifiers]
                        _delete_documents(writer, replaced)
                    for doc in batch:
                        words = doc.pop(SPELLING_FIELD, None)
                        if lexicon is not None and words:
                            lexicon.learn(words.split())
                        writer.add_document(**doc)
                    if lexicon is not None:
                        lexicon.write(writer)
                    batch = []
            if writer is None:
                return None
            writer.commit()
            if writer.ident is not None:
                writer.join()
            if lexicon is not None:
                lexicon.committed()
            return writer.writer.generation
        finally:
            if lexicon is not None:
                lexicon.close()

    def remove_many(self, identifiers) -> None:
        """Remove the documents with these identifiers ("archive.quote.7") with one writer and one
        commit; haystack's remove() takes a writer, a commit and maybe a merge for each (imports that
        re-extracted articles spent 20–27 s of a 2,000-article benchmark on their old quotes). Raises LockError
        while another writer holds the index."""
        if not self.setup_complete:
            self.setup()
        ids = sorted(set(identifiers))
        if not ids:
            return
        self.index = self.index.refresh()
        writer = self.index.writer()
        try:
            _delete_documents(writer, ids)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def indexed_ids(self, model) -> set[int]:
        """The primary keys of ``model``'s documents in the index, read from each segment's table of
        identifiers ("archive.article.7"). A search for every document of the model went through
        every posting of every word instead: as long as the rest of a rebuild."""
        if not self.setup_complete:
            self.setup()
        prefix = get_model_ct(model) + "."
        found = set()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            for leaf, _offset in searcher.leaf_searchers():
                reader = leaf.reader()
                for identifier in reader.expand_prefix(ID_FIELD, prefix):
                    pk = identifier[len(prefix) :]
                    if not pk.isdigit():
                        continue
                    # a deleted document's identifier stays in its segment's table until a merge
                    if reader.has_deletions() and all(
                        reader.is_deleted(d) for d in reader.postings(ID_FIELD, identifier).all_ids()
                    ):
                        continue
                    found.add(int(pk))
        return found

    def more_like_this(
        self, model_instance, additional_query_string=None, start_offset=0, end_offset=None, models=None,
        limit_to_registered_models=None, result_class=None, **kwargs,
    ):  # fmt: skip
        """Documents like ``model_instance``, as haystack's, but the model restriction is a filter
        query: haystack first runs it as a full search over every document of the model, which made
        each call (one per imported article, for near-duplicates) slower as the archive grew."""
        key = self._cache_key(
            "more_like_this", get_identifier(model_instance), additional_query_string, start_offset, end_offset,
            models, result_class,
        )  # fmt: skip
        cached = _Answers.get(key)
        if cached is None:
            cached = self._more_like_this(
                model_instance, additional_query_string, start_offset, end_offset, models, result_class
            )
            _Answers.put(key, cached)
        return cached

    def _more_like_this(self, model_instance, additional_query_string, start_offset, end_offset, models, result_class):
        choices = sorted(get_model_ct(m) for m in models) if models else self.build_models_list()
        with self.index.searcher() as searcher:
            docnum = searcher.document_number(**{ID_FIELD: get_identifier(model_instance)})
            if docnum is None:
                return {"results": [], "hits": 0}
            # each segment's documents of the models, from its table, not a query over all of them
            allowed: list | None = None
            if choices:
                allowed = [
                    _SegmentFacts.of(self.path, leaf.reader()).models_docs(choices, leaf)
                    for leaf, _ in searcher.leaf_searchers()
                ]
            if additional_query_string and additional_query_string != "*":
                extra = self.parser.parse(additional_query_string)
                wanted = [set(extra.docs(leaf)) for leaf, _ in searcher.leaf_searchers()]
                allowed = wanted if allowed is None else [w & a for w, a in zip(wanted, allowed, strict=True)]
            field = self.content_field_name
            terms = _key_terms(searcher, self.path, field, self._content_of(model_instance), MORE_LIKE_THIS_TERMS)
            best = _most_alike(searcher, self.path, field, terms, allowed, docnum, end_offset or 10)
            hits = [(searcher.stored_fields(d), score) for d, score in best[start_offset:end_offset]]
            return self._process_results(_FirstHits(hits), result_class=result_class)

    def _content_of(self, instance) -> str:
        """The searchable text of ``instance``, as its search index puts it together."""
        from haystack import connections

        index = connections[self.connection_alias].get_unified_index().get_index(type(instance))
        return index.prepare_text(instance)

    def _from_python(self, value):
        if isinstance(value, (list, tuple, set)):
            return SEPARATOR.join(str(v) for v in value)
        return super()._from_python(value)


class _Lexicon:
    """The words "did you mean" can suggest, kept apart from the documents they came from.

    Each word is written once, in a document of words alone that no search can match (it has no
    text and no model), instead of once in every document that uses it: that was a quarter of
    all postings. Such documents are never deleted, so a word stays known after the article that
    brought it is changed (rebuild_search starts the list afresh).
    """

    # Words known to be in each index folder's list, remembered between writes: looking a word up
    # asks every segment, and an import asked again for the same words with each batch it indexed.
    _in_index: dict[str, set[str]] = {}
    KEEP = 1_000_000  # words remembered per folder before starting afresh

    def __init__(self, index, folder: str):
        self._reader = index.reader()
        key = os.path.realpath(folder)
        if self._reader.doc_count_all() == 0 or len(self._in_index.get(key, ())) > self.KEEP:
            self._in_index[key] = set()  # a new or cleared index knows no words yet
        self._listed = self._in_index.setdefault(key, set())
        self._known: set[str] = set()
        self._new: list[str] = []

    def learn(self, words) -> None:
        known, listed, reader = self._known, self._listed, self._reader
        for word in words:
            if word not in known and word not in listed:
                known.add(word)
                if (SPELLING_FIELD, word) in reader:
                    listed.add(word)
                else:
                    self._new.append(word)

    def write(self, writer) -> None:
        if self._new:
            writer.add_document(
                **{ID_FIELD: f"clippings.lexicon.{uuid.uuid4().hex}", SPELLING_FIELD: " ".join(self._new)}
            )
            self._new = []

    def committed(self) -> None:
        """The words written are in the index now."""
        self._listed.update(self._known)

    def close(self) -> None:
        self._reader.close()


@dataclass(frozen=True)
class Unindexed:
    """Documents known not to be in the index while it is at ``generation`` (no writer has
    committed since whoever knew it): an import's new articles and quotes, before its index helper
    writes them, need no search for an older copy to delete."""

    identifiers: frozenset[str]
    generation: int

    def holds_for(self, writer) -> bool:
        segments = _segment_writer(writer)
        return segments is not None and segments.generation == self.generation + 1


def _segment_writer(writer):
    """The SegmentWriter doing the work: an AsyncWriter's own once it has the lock, else None."""
    return getattr(writer, "writer", writer)


class _RememberedLengths:
    """A segment's field lengths, each read from its column file once. Whoosh's posting writer asks
    for the length of a posting's document for every posting (every word of every document, and
    again at each merge), each time through the column file: a tenth of the index writing."""

    def __init__(self, lengths):
        self._lengths = lengths
        self._known: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        key = (docnum, fieldname)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._lengths.doc_field_length(docnum, fieldname, default)
        return known


def _remember_lengths(segments) -> None:
    """Have this SegmentWriter write postings with each document's field lengths read once."""
    if segments is None or not hasattr(segments, "fieldwriter"):
        return
    fieldwriter = segments.fieldwriter
    add_postings = fieldwriter.add_postings

    def add_postings_remembering(schema, lengths, items):
        return add_postings(schema, _RememberedLengths(lengths) if lengths is not None else None, items)

    fieldwriter.add_postings = add_postings_remembering


def _delete_documents(writer, identifiers) -> None:
    """Delete the documents with these ids: each id looked up in each segment's term table, and its
    documents deleted. Whoosh's delete_by_query ran a search of an Or of every id instead (for the
    articles of an import, all new, that found nothing and was a fifth of the index writing)."""
    if not identifiers:
        return
    segments = _segment_writer(writer)
    if segments is None:  # still waiting for the lock: the index may change, so no document numbers
        writer.delete_by_query(Or([Term(ID_FIELD, identifier) for identifier in identifiers]))
        return
    with segments.searcher() as searcher:
        for leaf, offset in searcher.leaf_searchers():
            reader = leaf.reader()
            for identifier in identifiers:
                if (ID_FIELD, identifier) in reader:
                    for docnum in reader.postings(ID_FIELD, identifier).all_ids():
                        segments.delete_document(docnum + offset)


class _Collection:
    """Words' frequencies over a whole index state (its segments, in order), summed once from the
    segments' own: a word then costs one lookup, not one per segment."""

    _kept: OrderedDict = OrderedDict()
    _lock = threading.Lock()
    KEEP = 4  # index states remembered: the current one, and a few a search may still hold

    @classmethod
    def frequencies(cls, folder: str, fieldname: str, leaves) -> dict:
        ids = tuple(reader.segment().segment_id() if reader.segment() else None for reader, _ in leaves)
        key = (folder, fieldname, ids)
        with cls._lock:
            found = cls._kept.get(key)
            if found is None or len(found) >= _SegmentFacts.WORDS:
                found = cls._kept[key] = {}
                while len(cls._kept) > cls.KEEP:
                    cls._kept.popitem(last=False)
            cls._kept.move_to_end(key)
        return found


def _key_terms(searcher, folder: str, fieldname: str, text: str, number: int) -> list[tuple[str, float]]:
    """The ``number`` words of ``text`` that best tell it apart, with their weights: Whoosh's
    key_terms_from_text (Bo1 model, not normalized) with the same words and weights, but each
    word's frequency in the collection is read once per segment and kept (segments never change),
    not looked up in every segment for every article shown: that was half of an article page."""
    field = searcher.schema[fieldname]
    in_text: dict[bytes, float] = {}
    total = 0.0
    for btext, _, weight, _ in field.index(text):
        in_text[btext] = in_text.get(btext, 0.0) + weight
        total += weight
    if not in_text:
        return []
    leaves = [(leaf.reader(), _SegmentFacts.of(folder, leaf.reader())) for leaf, _ in searcher.leaf_searchers()]
    summed = _Collection.frequencies(folder, fieldname, leaves)
    model = Bo1Model(searcher.reader().doc_count_all(), 0)
    scored = []
    for btext, weight in in_text.items():
        collection = summed.get(btext, _UNSEEN)
        if collection is _UNSEEN:
            found = [facts.frequency(fieldname, btext, reader) for reader, facts in leaves]
            collection = summed[btext] = (
                sum(f for f in found if f is not None) if any(f is not None for f in found) else None
            )
        if collection is not None:
            scored.append((model.score(weight, collection, total), field.from_bytes(btext)))
    top = max((score for score, _ in scored), default=0.0)
    if top <= 0:
        return []
    scored = sorted(((score / top, word) for score, word in scored), key=lambda pair: (-pair[0], pair[1]))
    return [(word, score) for score, word in scored[:number]]


def _most_alike(
    searcher, folder: str, field: str, terms, allowed: list | None, docnum: int, top: int
) -> list[tuple[int, float]]:
    """The ``top`` documents other than ``docnum`` (and, if ``allowed`` is given, among each
    segment's documents it lists) scoring highest for any of ``terms`` ((word, boost) pairs), best
    first, with their scores: what Whoosh's more_like() finds, with the same scores, at a fraction
    of the cost. Whoosh walks the union of the words' postings through a tree of matchers and
    filters out most of what it scored (the quotes: seven documents in eight); here each word's
    postings come decoded from _Postings, only allowed documents are scored (BM25F's formula
    written out, as Whoosh computes it), each document's length is read once per segment, and
    deleted documents are left out once at the end rather than checked posting by posting."""
    scores: dict[int, float] = {}
    get = scores.get
    bm25f: dict[str, tuple | None] = {}  # a word's statistics, the whole index's: the same in each segment
    for n, (leaf, offset) in enumerate(searcher.leaf_searchers()):
        reader = leaf.reader()
        only = allowed[n] if allowed is not None else None
        lengths = _SegmentFacts.of(folder, reader).lengths_of(field)
        for word, boost in terms:
            ids, weights = _Postings.of(folder, reader, field, word)
            if not ids:
                continue
            if word not in bm25f:
                scorer = leaf.weighting.scorer(leaf, field, word)  # the scorer postings.score() uses
                is_bm25f = type(scorer) is BM25FScorer
                bm25f[word] = (scorer.idf, scorer.avgfl, scorer.B, scorer.K1) if is_bm25f else None
            if bm25f[word] is None:  # another model: each posting scores itself
                postings = leaf.postings(field, word)
                while postings.is_active():
                    local = postings.id()
                    if (only is None or local in only) and local + offset != docnum:
                        scores[local + offset] = get(local + offset, 0.0) + boost * postings.score()
                    postings.next()
                continue
            idf, avgfl, B, K1 = bm25f[word]
            for local, tf in zip(ids, weights, strict=True):
                if only is None or local in only:
                    found = local + offset
                    if found != docnum:
                        fl = lengths.get(local)
                        if fl is None:
                            fl = lengths[local] = reader.doc_field_length(local, field, 1)  # as scorer.dfl
                        # whoosh.scoring.bm25, term for term: the same float operations, the same scores
                        scores[found] = get(found, 0.0) + boost * (
                            idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
                        )
    is_deleted = searcher.reader().is_deleted
    while True:
        best = heapq.nsmallest(top, scores.items(), key=lambda item: (-item[1], item[0]))
        gone = [found for found, _ in best if is_deleted(found)]
        if not gone:
            return best
        for found in gone:
            del scores[found]


def _plain_term_postings(collector):
    """(deleted documents, scorer) when ``collector`` is Whoosh's plain top-N by score and its
    matcher one word's postings in one segment (deletions aside): then scoring the word's postings
    in one loop gives the same hits as Whoosh's matcher, collector and scorer called per posting, at
    about half the cost. None otherwise."""
    if type(collector) is not TopCollector or collector.final_fn is not None or type(collector.q) is not Term:
        return None
    matcher, deleted = collector.matcher, None
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        matcher, deleted = matcher.child, matcher._ids
    scorer = getattr(matcher, "scorer", None)
    if type(matcher) is not W3LeafMatcher or not isinstance(scorer, WeightLengthScorer):
        return None
    return deleted, scorer


class _Postings:
    """Words' postings in a segment (document numbers and weights, deleted documents included),
    decoded once and kept while they fit a budget: segments never change but for deletions, and
    decoding (Whoosh unpickles and decompresses each block of 128 postings) was a tenth of a web
    worker's time. The words searched for and the key words of articles shown come back often."""

    BUDGET = 4_000_000  # postings kept per process, about 32 MB
    _kept: OrderedDict = OrderedDict()
    _size = 0
    _lock = threading.Lock()

    @classmethod
    def of(cls, folder: str, reader, field: str, word: str) -> tuple[array, array]:
        segment = reader.segment()
        key = (folder, segment.segment_id() if segment else None, field, word)
        with cls._lock:
            found = cls._kept.get(key)
            if found is not None:
                cls._kept.move_to_end(key)
                return found
        found = _decode_postings(reader, field, word)
        if segment is not None and len(found[0]) <= cls.BUDGET // 8:
            with cls._lock:
                if key not in cls._kept:
                    cls._kept[key] = found
                    cls._size += len(found[0])
                    while cls._size > cls.BUDGET:
                        _, (ids, _) = cls._kept.popitem(last=False)
                        cls._size -= len(ids)
        return found


def _decode_postings(reader, field: str, word: str) -> tuple[array, array]:
    """Every posting of ``word`` in one segment as (document numbers, weights), deleted documents
    included: read a block at a time from Whoosh 2.7's block matcher, not through its calls per
    posting (for another codec, the plain way)."""
    ids, weights = array("I"), array("f")
    if (field, word) not in reader:
        return ids, weights
    postings = reader.postings(field, word)
    raw = getattr(postings, "child", postings)  # a segment with deletions wraps them in a filter
    if type(raw) is not W3LeafMatcher:
        while postings.is_active():
            ids.append(postings.id())
            weights.append(postings.weight())
            postings.next()
        return ids, weights
    raw.reset()  # the filter may have moved past deleted documents at the start
    while raw.is_active():
        if raw._ids is None:
            raw._read_ids()
        if raw._weights is None:
            raw._read_weights()
        ids.extend(raw._ids)
        weights.extend(raw._weights)
        raw._next_block()
    return ids, weights


class _FirstHits:
    """Hits (stored fields, score), shaped as haystack reads a page of results."""

    def __init__(self, hits: list[tuple[dict, float]]):
        self._hits = hits

    def __len__(self):
        return len(self._hits)

    def __iter__(self):
        return (fields for fields, _ in self._hits)

    def score(self, n):
        return self._hits[n][1]


class EscapingPhrasePlugin(PhrasePlugin):
    """Whoosh's phrases in double quotes, where ``\\"`` is a double quote and ``\\\\`` a backslash, as
    in Lucene's syntax: a facet value (a person named ``Jim "Ace" O'Brien``) can then be quoted
    whole. Whoosh's own phrase ended at the value's first quote, and the filter matched nothing."""

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):
            node = super().create(parser, match)
            node.text = _ESCAPED.sub(r"\1", node.text)
            return node

    def __init__(self):
        super().__init__(expr=r'"(?P<text>(?:\\.|[^"\\])*)"(~(?P<slop>[1-9][0-9]*))?')


_ESCAPED = re.compile(r'\\([\\"])')


class ExactFacetWhooshEngine(WhooshEngine):
    backend = ExactFacetWhooshBackend
