"""SEARCH_URL chooses the engine: Whoosh in the data folder, or an Elasticsearch or Solr server."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from haystack import connections

from archive.models import Article, IndexBacklog
from config.settings import search_connection
from search import live

pytestmark = pytest.mark.django_db


def test_search_url_names_the_engine_and_where_it_is():
    assert search_connection("whoosh:///srv/clippings/index") == {
        "ENGINE": "search.backends.ExactFacetWhooshEngine", "PATH": "/srv/clippings/index",
        "INCLUDE_SPELLING": True, "SILENTLY_FAIL": False,
    }  # fmt: skip
    elastic = search_connection("elasticsearch://search.internal:9200/archive")
    assert elastic["ENGINE"] == "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine"
    assert (elastic["URL"], elastic["INDEX_NAME"]) == ("http://search.internal:9200/", "archive")
    assert search_connection("elasticsearchs://es.example.org:443/")["URL"] == "https://es.example.org:443/"
    solr = search_connection("solr://solr.internal:8983/solr/clippings")
    assert solr["ENGINE"] == "haystack.backends.solr_backend.SolrEngine"
    assert solr["URL"] == "http://solr.internal:8983/solr/clippings"


def test_an_unknown_search_url_is_refused_with_what_to_write():
    with pytest.raises(ImproperlyConfigured, match="elasticsearch://host:port/index"):
        search_connection("mysql://localhost/search")


SIMPLE = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}


@pytest.mark.filterwarnings("ignore:update is not implemented:UserWarning")  # haystack's stand-in engine
def test_a_search_server_that_is_down_keeps_the_work_in_the_backlog(imported_seeds, monkeypatch):
    """Any engine but Whoosh is a server; one that refuses a write must not lose it or fail a save."""
    article = Article.objects.first()
    with override_settings(HAYSTACK_CONNECTIONS=SIMPLE):
        connections.connections_info = SIMPLE
        connections.reload("default")
        backend = type(connections["default"].get_backend())

        def refused(self, index, iterable, commit=True):
            raise ConnectionError("connection refused")

        monkeypatch.setattr(backend, "update", refused)
        assert live.apply(articles=[article.pk]) is False
        assert IndexBacklog.objects.filter(model="article", object_id=article.pk, is_delete=False).exists()
        monkeypatch.undo()
        assert live.apply() is True
        assert not IndexBacklog.objects.exists()
