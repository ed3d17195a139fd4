from django.urls import path

from . import api, feeds, views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<slug:slug>/", views.article_detail, name="article"),
    path("a/<str:key>/", views.article_permalink, name="permalink"),
    path("outlets/", views.outlet_list, name="outlet_list"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet"),
    path("sources/<int:pk>/raw/", views.source_raw, name="source_raw"),
    path("people/", views.person_list, name="person_list"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote"),
    path("people/<slug:slug>/feed/", feeds.PersonQuotesFeed(), name="person_feed"),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic_feed"),
    path("api/articles/<slug:slug>", api.article_json, name="article_json"),
    path("api/people/<slug:slug>", api.person_json, name="person_json"),
    path("api/quotes/<int:pk>", api.quote_json, name="quote_json"),
]
