from django.urls import path

from . import feeds, views

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("api/search", views.api_search, name="api_search"),
    path("search/feed/", feeds.SearchFeed(), name="search_feed"),
    path("search/export.csv", feeds.export, {"fmt": "csv"}, name="export_csv"),
    path("search/export.jsonl", feeds.export, {"fmt": "jsonl"}, name="export_jsonl"),
]
