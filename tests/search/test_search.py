"""Search: what the index finds, its facets against the database, bad input, live updates, locks."""

import threading
from collections import Counter

import pytest
from django.urls import reverse
from haystack import connections

from archive.ingest import Candidate, import_file
from archive.models import Article, IndexBacklog, Mention, Person, Quote
from search import live
from search.highlight import highlight
from search.query import exact_filter

from ..conftest import run_command

pytestmark = pytest.mark.django_db


def api(client, **params):
    response = client.get(reverse("search:api_search"), params)
    assert response.status_code == 200, response.content
    return response.json()


def test_searching_negotiations_finds_the_seed_articles(client, imported_seeds):
    html = client.get(reverse("search:search"), {"q": "negotiations"}).content.decode()
    assert "NATO mistrusts negotiations, fears Putin buying time to rearm" in html
    assert "<mark>negotiations</mark>" in html
    assert "<mark>negotiating</mark>" in html  # the same stem is marked too


def test_person_facet_lists_whole_names_with_database_counts(client, imported_seeds):
    facets = api(client)["facets"]
    people = {f["value"]: f["count"] for f in facets["person"]}
    stoltenberg = Person.objects.get(name="Jens Stoltenberg")
    assert people["Jens Stoltenberg"] == Mention.objects.filter(person=stoltenberg).count() == 5
    assert {f["value"] for f in facets["outlet"]} == {"MRT", "The Kyiv Independent"}
    assert "jen" not in people and "independ" not in {f["value"] for f in facets["outlet"]}


def test_every_facet_count_equals_the_database(client, imported_seeds):
    articles = api(client)["facets"]
    assert {f["value"]: f["count"] for f in articles["person"]} == dict(
        Counter(m.person.name for m in Mention.objects.select_related("person"))
    )
    assert {f["value"]: f["count"] for f in articles["topic"]} == dict(
        Counter(t.name for a in Article.objects.all() for t in a.topics.all())
    )
    assert {f["value"]: f["count"] for f in articles["speaker"]} == dict(
        Counter(p for a in Article.objects.all() for p in {q.speaker.name for q in a.quotes.all() if q.speaker})
    )
    quotes = api(client, kind="quotes")["facets"]
    assert {f["value"]: f["count"] for f in quotes["speaker"]} == dict(
        Counter(q.speaker.name for q in Quote.objects.exclude(speaker=None).select_related("speaker"))
    )


def test_facets_show_the_most_frequent_values_first_and_years_newest_first(client, db):
    from datetime import date

    from archive.models import SourceDocument
    from search.query import FACET_LIMIT

    sources = SourceDocument.objects.bulk_create(
        SourceDocument(path=f"f{n}.txt", sha256=f"{n:064}", raw=b"", size=0, status="imported") for n in range(24)
    )
    articles = Article.objects.bulk_create(
        Article(source=s, title=f"Story {n}", slug=f"story-{n}", body="Plain words.", extractor_version=1,
                published=date(2010 + n % 7, 1, 1))
        for n, s in enumerate(sources)
    )  # fmt: skip
    # person k is named in (k // 2) + 1 articles: counts 1 to 12, each shared by two people
    people = Person.objects.bulk_create(Person(name=f"Person {chr(65 + k)}", slug=f"p{k}") for k in range(24))
    Mention.objects.bulk_create(
        Mention(article=articles[a], person=p) for k, p in enumerate(people) for a in range(k // 2 + 1)
    )
    live.apply(articles=[a.id for a in articles])
    facets = api(client)["facets"]
    shown = [(f["value"], f["count"]) for f in facets["person"]]
    expected = sorted(((p.name, k // 2 + 1) for k, p in enumerate(people)), key=lambda vn: (-vn[1], vn[0]))
    assert shown == expected[:FACET_LIMIT]
    assert shown[:3] == [("Person W", 12), ("Person X", 12), ("Person U", 11)]
    assert [f["value"] for f in facets["year"]] == [str(y) for y in range(2016, 2009, -1)]


def test_quotes_filtered_by_speaker_are_only_theirs(client, imported_seeds):
    result = api(client, kind="quotes", speaker="jens-stoltenberg")
    assert result["count"] == Quote.objects.filter(speaker__name="Jens Stoltenberg").count() == 24
    assert {r["speaker"] for r in result["results"]} == {"Jens Stoltenberg"}
    page2 = api(client, kind="quotes", speaker="jens-stoltenberg", page=2)
    assert len(page2["results"]) == 4 and page2["page"] == 2


def test_a_facet_filter_shows_as_a_chip_whose_link_removes_it_and_the_page(client, imported_seeds):
    html = client.get(
        reverse("search:search"), {"q": "NATO", "person": "jens-stoltenberg", "page": "1"}
    ).content.decode()
    assert "Person mentioned: Jens Stoltenberg" in html
    assert 'href="?q=NATO"' in html  # the chip's × keeps the query, drops the filter and the page


def test_did_you_mean(client, imported_seeds):
    html = client.get(reverse("search:search"), {"q": "stoltenbrg"}).content.decode()
    assert 'Did you mean <a href="?q=stoltenberg">stoltenberg</a>?' in html


@pytest.mark.whoosh_only
def test_did_you_mean_still_knows_a_word_after_every_article_with_it_is_reindexed_and_merged(client, imported_seeds):
    # the words are written once, apart from the articles; re-indexing them and merging the index
    # (which drops the replaced documents for good) must not lose any
    live.apply(articles=list(Article.objects.values_list("pk", flat=True)))
    connections["default"].get_backend().index.optimize()
    html = client.get(reverse("search:search"), {"q": "stoltenbrg"}).content.decode()
    assert 'Did you mean <a href="?q=stoltenberg">stoltenberg</a>?' in html


@pytest.mark.whoosh_only
def test_did_you_mean_knows_the_words_again_after_the_index_is_emptied_and_refilled(client, imported_seeds):
    # the words already in the index are remembered between writes; an emptied index has none
    backend = connections["default"].get_backend()
    backend.clear()
    assert api(client, q="stoltenberg")["count"] == 0
    live.apply(articles=list(Article.objects.values_list("pk", flat=True)))
    assert api(client, q="stoltenberg")["count"] > 0
    html = client.get(reverse("search:search"), {"q": "stoltenbrg"}).content.decode()
    assert 'Did you mean <a href="?q=stoltenberg">stoltenberg</a>?' in html


def test_the_word_lists_behind_did_you_mean_are_never_a_search_result(client, imported_seeds):
    assert api(client, q="*")["count"] == Article.objects.count()
    assert api(client, kind="quotes", q="*")["count"] == Quote.objects.count()
    assert api(client, q="spelling:stoltenberg")["count"] == 0


def test_query_syntax_phrase_boolean_field_and_wildcard(client, imported_seeds):
    assert api(client, q='"peace formula"')["count"] == 1
    assert api(client, q="Grushko OR Sannino")["count"] == 2
    assert api(client, q="NATO NOT Grushko")["count"] == 3
    assert api(client, q="title:Stoltenberg")["count"] == 1
    assert api(client, q="negotiat*")["count"] == 4  # 001 never uses the word


def test_internal_fields_are_not_searchable(client, imported_seeds):
    assert api(client, q="django_ct:archive.article")["count"] == 0
    assert api(client, q="django_id:1")["count"] == 0


NASTY = [
    {"q": "x" * 100_000},
    {"q": '"unbalanced'},
    {"q": "(a OR"},
    {"q": "a\x00b"},
    {"q": "AND OR NOT"},
    {"q": "*"},
    {"q": "title:"},
    {"q": ":::"},
    {"q": "\u202e\u200b\ufeff"},
    {"q": "🙂" * 500},
    {"page": "abc"},
    {"page": "0"},
    {"page": "999999"},
    {"page": "1" * 40},
    {"person": "<script>"},
    {"person": "nobody-at-all"},
    {"year": "20xx"},
    {"month": "2022-13"},
    {"kind": "everything"},
    {"sort": "random"},
]


def test_bad_parameters_never_give_a_server_error(client, imported_seeds):
    for url in ("search:search", "search:api_search"):
        for params in NASTY:
            response = client.get(reverse(url), params)
            assert response.status_code in (200, 400), (url, params)


def test_repeated_parameters_take_one_value(client, imported_seeds):
    response = client.get(reverse("search:api_search") + "?q=NATO&q=Putin&page=1&page=2")
    assert response.status_code == 200


def test_snippets_escape_article_markup(client, db, tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "markup.txt"
    path.write_text(
        "Mayor says scripts are fine\n\nThe mayor wrote <script>alert('x')</script> in a mayoral statement.",
        encoding="utf-8",
    )
    with django_capture_on_commit_callbacks(execute=True):
        import_file(Candidate("markup.txt", path))
    html = client.get(reverse("search:search"), {"q": "mayoral"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>mayoral</mark>" in html


def test_highlight_escapes_before_marking():
    snippet = highlight('<b onmouseover="x">NATO</b> talks & more', "nato")
    assert str(snippet) == "&lt;b onmouseover=&quot;x&quot;&gt;<mark>NATO</mark>&lt;/b&gt; talks &amp; more"


def test_a_snippet_sets_a_standfirst_off_from_the_story_and_never_starts_inside_a_word():
    body = "Prime minister will stay on until a new leader is chosen\n\nPrime Minister Justin Trudeau said he would resign."
    assert str(highlight(body, "minister")) == (
        "Prime <mark>minister</mark> will stay on until a new leader is chosen · "
        "Prime <mark>Minister</mark> Justin Trudeau said he would resign."
    )
    # paragraphs that end their sentences run on as one text
    assert (
        str(highlight("Talks ended.\n\nNo deal was reached.", "deal"))
        == "Talks ended. No <mark>deal</mark> was reached."
    )
    assert str(highlight("TOKYO protest lodged by China over the remarks", "protest", width=24)) == (
        "TOKYO <mark>protest</mark> lodged by…"
    )


def test_an_admin_speaker_fix_shows_in_search_at_once(admin_client, client, imported_seeds,
                                                      django_capture_on_commit_callbacks):  # fmt: skip
    quote = Quote.objects.get(text__startswith="It is not clear how a way out")
    sannino = Person.objects.get(name="Stefano Sannino")
    url = reverse("admin:archive_quote_change", args=[quote.pk])
    form = {"article": quote.article_id, "speaker": sannino.pk, "text": quote.text, "attribution": quote.attribution,
            "paragraph": quote.paragraph, "start": quote.start, "end": quote.end, "rule": quote.rule,
            "confidence": quote.confidence}  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, form)
    assert response.status_code == 302
    result = api(client, kind="quotes", speaker="stefano-sannino")
    assert [r["text"] for r in result["results"]] == [quote.text]


def test_an_article_deleted_in_the_admin_leaves_search_at_once(admin_client, client, imported_seeds,
                                                               django_capture_on_commit_callbacks):  # fmt: skip
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    assert api(client, q="Sannino")["count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("admin:archive_article_delete", args=[article.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert api(client, q="Sannino")["count"] == 0
    assert api(client, kind="quotes", q="Minsk")["count"] == 0


def _hold_index_lock(seconds):
    """Take the Whoosh write lock in another thread, as a second writer would, for ``seconds``."""
    backend = connections["default"].get_backend()
    backend.setup()
    writer = backend.index.writer()
    timer = threading.Timer(seconds, writer.cancel)
    timer.start()
    return timer


@pytest.mark.whoosh_only
def test_a_delete_that_meets_a_held_lock_waits_and_is_not_lost(client, imported_seeds):
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    timer = _hold_index_lock(1.0)
    live.apply(removed_articles=[article.pk])
    timer.join()
    assert api(client, q="Sannino")["count"] == 0
    assert not IndexBacklog.objects.exists()


@pytest.mark.whoosh_only
def test_a_lock_held_too_long_puts_the_work_in_the_backlog_and_the_next_write_does_it(
    client, imported_seeds, monkeypatch
):
    monkeypatch.setattr(live, "LOCK_WAIT_SECONDS", 0.3)
    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    timer = _hold_index_lock(1.5)
    assert live.apply(removed_articles=[article.pk]) is False
    assert IndexBacklog.objects.filter(model="article", object_id=article.pk, is_delete=True).exists()
    timer.join()
    assert live.apply() is True
    assert api(client, q="Sannino")["count"] == 0
    assert not IndexBacklog.objects.exists()


@pytest.mark.whoosh_only
def test_rebuild_swaps_in_a_complete_index_and_search_keeps_working(client, imported_seeds, search_index):
    from search.rebuild import rebuild

    assert rebuild() == {"article": 5, "quote": Quote.objects.count()}
    assert search_index.is_symlink()
    first = search_index.resolve()
    assert api(client, q="Sannino")["count"] == 1
    rebuild()
    assert search_index.resolve() != first and not first.exists()  # the old copy is gone
    assert api(client, kind="quotes")["count"] == Quote.objects.count()


def test_rebuild_drops_the_documents_of_an_article_deleted_while_it_ran(client, imported_seeds, monkeypatch):
    from django.db import connection

    from search import rebuild

    article = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt")
    assert article.quotes.exists() and api(client, q="Sannino")["count"] == 1

    def then_delete(write):
        def written(*args):
            counts = write(*args)
            # gone from the database behind the index's back, after its documents were written
            with connection.cursor() as cursor:
                for table in ("quote", "mention", "article_topics", "storyhash", "outletline_articles"):
                    cursor.execute(f"DELETE FROM archive_{table} WHERE article_id = %s", [article.pk])
                cursor.execute("DELETE FROM archive_article WHERE id = %s", [article.pk])
            return counts

        return written

    monkeypatch.setattr(rebuild, "_fill", then_delete(rebuild._fill))  # Whoosh
    monkeypatch.setattr(rebuild, "_rewrite_in_place", then_delete(rebuild._rewrite_in_place))  # a server
    rebuild.rebuild()
    assert api(client, q="Sannino")["count"] == 0
    assert api(client)["count"] == Article.objects.count() == 4
    assert api(client, kind="quotes")["count"] == Quote.objects.count()


@pytest.mark.whoosh_only
def test_the_index_lists_its_documents_without_the_deleted_ones(imported_seeds):
    backend = connections["default"].get_backend()
    articles = set(Article.objects.values_list("id", flat=True))
    assert backend.indexed_ids(Article) == articles
    assert backend.indexed_ids(Quote) == set(Quote.objects.values_list("id", flat=True))
    gone = min(articles)
    live.apply(removed_articles=[gone])  # deleted in its segment, its identifier still in the table
    assert backend.indexed_ids(Article) == articles - {gone}


@pytest.mark.whoosh_only
@pytest.mark.parametrize(
    "query, sort",
    [("security", None), ("NATO OR Putin", None), ('"peace talks"', None), ("Putin", ["-published"]),
     ("*", ["published"]), ("outlet_exact:(MRT) AND war", None)],
)  # fmt: skip
def test_the_fast_search_answers_as_haystacks_own_whoosh_search(db, seed_dir, query, sort):
    from haystack.backends.whoosh_backend import WhooshSearchBackend

    for path in sorted(seed_dir.iterdir()):  # one import per file: an index of several segments
        assert run_command("import_articles", str(path))[0] == 0
    backend = connections["default"].get_backend()
    assert len(backend.index.searcher().leaf_searchers()) > 1
    unified = connections["default"].get_unified_index()
    facets = [unified.get_facet_fieldname(f) for f in ("outlet", "person", "speaker", "topic", "year", "month")]
    for model in (Article, Quote):
        asked = {"models": [model], "sort_by": sort, "facets": facets[1:] if model is Quote else facets}
        for start, end in ((0, 3), (3, 6), (0, 50)):
            fast = backend.search(query, start_offset=start, end_offset=end, **asked)
            slow = WhooshSearchBackend.search(backend, query, start_offset=start, end_offset=end, **asked)
            assert fast["hits"] == slow["hits"]
            assert [r.pk for r in fast["results"]] == [r.pk for r in slow["results"]]
            if not slow["hits"]:  # a page past the last: no hits and no facets from either
                continue
            # Whoosh lists documents without a value under None; the search page shows values only
            valued = {f: [(v, n) for v, n in counts if v is not None] for f, counts in slow["facets"]["fields"].items()}
            assert fast["facets"]["fields"] == valued
        assert fast["hits"] > 0 or query.startswith("outlet")


def test_facet_counts_stay_right_when_the_index_grows_between_searches(client, db, seed_dir, tmp_path):
    later = tmp_path / "later"
    later.mkdir()
    (seed_dir / "003_e22aa2876da65473.txt").rename(later / "003_e22aa2876da65473.txt")
    assert run_command("import_articles", str(seed_dir))[0] == 0
    before = {f["value"]: f["count"] for f in api(client)["facets"]["outlet"]}
    assert run_command("import_articles", str(later))[0] == 0  # a new segment beside the first
    after = {f["value"]: f["count"] for f in api(client)["facets"]["outlet"]}
    outlet = Article.objects.get(source__path__endswith="003_e22aa2876da65473.txt").outlet.name
    assert after[outlet] == before.get(outlet, 0) + 1
    in_database = Counter(Article.objects.exclude(outlet=None).values_list("outlet__name", flat=True))
    assert after == dict(in_database)


@pytest.mark.whoosh_only
def test_more_like_this_finds_what_whooshs_own_more_like_finds(db, seed_dir):
    from haystack.query import SearchQuerySet
    from haystack.utils import get_identifier

    from search.backends import MORE_LIKE_THIS_TERMS

    for path in sorted(seed_dir.iterdir()):  # one import per file: an index of several segments
        assert run_command("import_articles", str(path))[0] == 0
    backend = connections["default"].get_backend()
    compared = 0
    for article in Article.objects.all():
        found = SearchQuerySet().models(Article).more_like_this(article)[:10]
        with backend.index.searcher() as searcher:
            articles = set(searcher.docs_for_query(backend.parser.parse("django_ct:archive.article")))
            docnum = searcher.document_number(id=get_identifier(article))
            text = backend._content_of(article)
            whoosh = searcher.more_like(docnum, "text", text=text, numterms=MORE_LIKE_THIS_TERMS, filter=articles)
            expected = [(int(hit["django_id"]), round(hit.score, 6)) for hit in whoosh]
        assert [(int(r.pk), round(r.score, 6)) for r in found] == expected
        assert all(r.model is Article for r in found)
        compared += bool(expected)
    assert compared >= 4  # the seeds share words: most articles have others like them


@pytest.mark.whoosh_only
def test_more_like_this_and_its_key_words_match_whooshs_as_articles_come_and_go(db):
    import random
    from datetime import date

    from haystack.query import SearchQuerySet
    from haystack.utils import get_identifier

    from archive.models import SourceDocument
    from search.backends import MORE_LIKE_THIS_TERMS, _key_terms

    rng = random.Random(11)
    words = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta") for b in ("ber", "con", "dra", "fen", "gul")]

    def add(first, count):
        sources = SourceDocument.objects.bulk_create(
            SourceDocument(path=f"m{n}.txt", sha256=f"{n:064}", raw=b"", size=0, status="imported")
            for n in range(first, first + count)
        )
        made = Article.objects.bulk_create(
            Article(
                source=source, title=" ".join(rng.choices(words, k=3)), slug=f"m-{source.path}",
                published=date(2020, 1, 1), extractor_version=1,
                body=" ".join(rng.choices(words[: rng.randint(4, 30)], k=rng.randint(20, 400))),
            )
            for source in sources
        )  # fmt: skip
        live.apply(articles=[a.id for a in made])
        return made

    backend = connections["default"].get_backend()

    def compare(articles):
        compared = 0
        for article in articles:
            found = SearchQuerySet().models(Article).more_like_this(article)[:10]
            with backend.index.refresh().searcher() as searcher:
                text = backend._content_of(article)
                assert _key_terms(searcher, backend.path, "text", text, MORE_LIKE_THIS_TERMS) == (
                    searcher.key_terms_from_text("text", text, numterms=MORE_LIKE_THIS_TERMS, normalize=False)
                )
                allowed = set(searcher.docs_for_query(backend.parser.parse("django_ct:archive.article")))
                docnum = searcher.document_number(id=get_identifier(article))
                whoosh = searcher.more_like(docnum, "text", text=text, numterms=MORE_LIKE_THIS_TERMS, filter=allowed)
                expected = [(int(hit["django_id"]), round(hit.score, 6)) for hit in whoosh]
            assert [(int(r.pk), round(r.score, 6)) for r in found] == expected
            compared += len(expected) == 10
        return compared

    first = add(0, 300)
    assert compare(first[:15]) == 15
    # words grow more common as the archive grows: the kept frequencies must follow
    second = add(300, 300)
    assert compare(first[:15] + second[:15]) == 30
    gone = [int(r.pk) for r in SearchQuerySet().models(Article).more_like_this(first[0])[:10]][::2]
    live.apply(removed_articles=gone)
    assert compare(first[:15]) == 15
    assert not {int(r.pk) for r in SearchQuerySet().models(Article).more_like_this(first[0])[:10]} & set(gone)


@pytest.mark.whoosh_only
def test_removed_quotes_leave_the_index_in_one_commit(client, imported_seeds):
    backend = connections["default"].get_backend()
    gone = list(Quote.objects.order_by("id").values_list("id", flat=True)[:5])
    before = backend.index.refresh().latest_generation()
    Quote.objects.filter(id__in=gone).delete()  # a bulk delete: the live index hears of it in one go
    live.apply(removed_quotes=gone)
    assert backend.index.refresh().latest_generation() == before + 1
    found = {int(r["id"]) for r in api(client, kind="quotes")["results"]}
    assert found and not found & set(gone)
    assert api(client, kind="quotes")["count"] == Quote.objects.count()


def test_reindexing_every_article_and_quote_leaves_one_document_each(client, imported_seeds):
    live.apply(
        articles=list(Article.objects.values_list("pk", flat=True)),
        quotes=list(Quote.objects.values_list("pk", flat=True)),
    )
    live.apply(articles=list(Article.objects.values_list("pk", flat=True)))
    assert api(client, q="*")["count"] == Article.objects.count()
    assert api(client, q="*", kind="quotes")["count"] == Quote.objects.count()
    assert api(client, q="stoltenberg")["count"] == Article.objects.filter(body__icontains="stoltenberg").count()


def test_stemmed_text_indexes_the_terms_positions_and_weights_whooshs_analyzer_gives(seed_dir):
    from pathlib import Path

    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import TEXT

    from search.backends import StemmedText

    data = Path(__file__).parent.parent / "data"
    texts = [p.read_text(errors="replace") for p in [*seed_dir.iterdir(), *data.rglob("*.txt")]]
    texts += [
        "The U.S. economy grew 3.141 per cent in Q3; a b c I.",
        "Straße, ÉLYSÉE, naïve café — ДОБРЫЙ день 東京 İstanbul ﬁnance",
        "and the of to a",  # stop words alone: no terms
        "",
        "running runs ran runner's RUNNING... re-elected re_elected 2024-05-01",
    ]
    whooshs = TEXT(analyzer=StemmingAnalyzer(), field_boost=2.0)
    ours = StemmedText(field_boost=2.0)
    assert len(texts) > 15
    for text in texts:
        assert list(ours.index(text)) == list(whooshs.index(text)), text[:80]
    assert {term for term, *_ in ours.index(texts[-1])} >= {b"run", b"runner", b"elect"}


def test_postings_written_with_remembered_lengths_are_the_ones_whoosh_writes(tmp_path):
    import random

    from whoosh.fields import ID, Schema
    from whoosh.index import create_in

    from search.backends import StemmedText, _remember_lengths

    rng = random.Random(3)
    words = [f"w{n}" for n in range(60)]
    # documents of very different lengths, so each posting block's shortest and longest differ
    docs = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 400))) for _ in range(300)]

    def postings(folder, remember):
        folder.mkdir()
        index = create_in(str(folder), Schema(id=ID(stored=True), text=StemmedText()))
        for start in range(0, len(docs), 100):  # three segments, then merged into one
            writer = index.writer()
            if remember:
                _remember_lengths(writer)
            for n, text in enumerate(docs[start : start + 100], start):
                writer.add_document(id=str(n), text=text)
            writer.commit(optimize=start + 100 >= len(docs))
        seen = {}
        with index.searcher() as searcher:
            reader = searcher.reader()
            for term in reader.field_terms("text"):
                matcher = reader.postings("text", term)
                blocks = []
                while matcher.is_active():  # each block of postings: its documents' shortest and longest
                    blocks.append((matcher.block_min_length(), matcher.block_max_length(), matcher.block_max_weight()))
                    matcher._next_block()
                seen[term] = (blocks, list(reader.postings("text", term).items_as("weight")))
        return seen

    ours, whooshs = postings(tmp_path / "ours", True), postings(tmp_path / "whoosh", False)
    assert len(ours) == len(words)
    assert ours == whooshs
    assert any(low != high for blocks, _ in ours.values() for low, high, _ in blocks)


@pytest.mark.whoosh_only
@pytest.mark.parametrize("query", ["harbour", "harbour OR crane", "harbour AND NOT title:zinc", "cran*", "ferry tide"])
def test_the_fast_search_finds_every_match_and_pages_as_whoosh_does_over_long_posting_lists(db, query):
    import random
    from datetime import date

    from haystack.backends.whoosh_backend import WhooshSearchBackend

    from archive.models import Outlet, SourceDocument

    # 700 articles: a common word's postings fill several blocks of 128, where the fast search
    # skips blocks too weak for the page while still counting every match
    rng = random.Random(7)
    words = ["harbour", "crane", "zinc", "ferry", "tide", "dock", "berth", "pier", "quay", "gull", "rope", "salt"]
    outlets = [Outlet.objects.create(name=f"Harbour Post {n}", slug=f"harbour-post-{n}") for n in range(4)]
    sources = SourceDocument.objects.bulk_create(
        SourceDocument(path=f"a{n}.txt", sha256=f"{n:064}", raw=b"", size=0, status="imported") for n in range(700)
    )
    Article.objects.bulk_create(
        Article(
            source=source, title=" ".join(rng.choices(words, k=3)), slug=f"article-{n}", outlet=rng.choice(outlets),
            published=date(2015 + n % 8, 1 + n % 12, 1), body=" ".join(rng.choices(words, k=rng.randint(5, 300))),
            extractor_version=1,
        )
        for n, source in enumerate(sources)
    )  # fmt: skip
    ids = list(Article.objects.values_list("id", flat=True))
    live.apply(articles=ids[:400])
    live.apply(articles=ids[400:])  # two segments
    backend = connections["default"].get_backend()
    asked = {"models": [Article], "facets": ["outlet_exact", "year_exact"]}

    def same_as_whoosh():
        for start, end in ((0, 10), (10, 20), (0, 200)):
            fast = backend.search(query, start_offset=start, end_offset=end, **asked)
            slow = WhooshSearchBackend.search(backend, query, start_offset=start, end_offset=end, **asked)
            assert fast["hits"] == slow["hits"] > 128
            assert [(r.pk, round(r.score, 5)) for r in fast["results"]] == [
                (r.pk, round(r.score, 5)) for r in slow["results"]
            ]
            valued = {f: [(v, n) for v, n in counts if v is not None] for f, counts in slow["facets"]["fields"].items()}
            assert fast["facets"]["fields"] == valued
        return fast

    best = same_as_whoosh()
    # deleted documents stay in their segments' postings until a merge: they must never be found
    gone = [int(r.pk) for r in best["results"][:40:2]] + ids[:60:3]
    for segment in (ids[:400], ids[400:]):  # the first postings of a word in each segment, too
        with_word = Article.objects.filter(id__in=segment, body__contains="harbour").order_by("id")
        gone += list(with_word.values_list("id", flat=True)[:3])
    live.apply(removed_articles=gone)
    with backend.index.refresh().searcher() as searcher:
        assert searcher.reader().has_deletions()
    best = same_as_whoosh()
    assert not {int(r.pk) for r in best["results"]} & set(gone)


@pytest.mark.parametrize(
    "name", ['Jim "Ace" Stoltenberg', "Jens Stoltenberg\\", 'Jens "Jim" O\'Stoltenberg (NATO): AND "x" OR y']
)
def test_a_facet_filter_finds_a_name_with_quotes_and_backslashes_in_it(
    client, imported_seeds, django_capture_on_commit_callbacks, name
):
    person = Person.objects.get(name="Jens Stoltenberg")
    person.name, person.is_curated = name, True  # an archivist's spelling, nicknames and all
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    mentioned = api(client, person=person.slug)
    assert mentioned["count"] == 5
    assert {f["value"] for f in mentioned["facets"]["person"]} >= {name}
    said = api(client, kind="quotes", speaker=person.slug)
    assert said["count"] == 24 and {r["speaker"] for r in said["results"]} == {name}
    assert api(client, q="NATO", person=person.slug)["count"] == 5


def test_a_facet_filter_is_written_as_lucene_reads_it_so_a_search_server_finds_the_same_names():
    """Elasticsearch's and Solr's query syntax escapes a quote or backslash in a phrase with a backslash."""
    assert exact_filter("person_exact", 'Jim "Ace" O\\Brien') == r'person_exact:"Jim \"Ace\" O\\Brien"'
