"""What the search engine knows about an article."""

from haystack import indexes

from archive.models import Article


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField(model_attr="title")
    outlet = indexes.CharField(null=True)
    published = indexes.DateField(model_attr="published", null=True)

    def get_model(self):
        return Article

    def prepare_outlet(self, article):
        return article.outlet.name if article.outlet_id else None

    def index_queryset(self, using=None):
        return self.get_model().objects.select_related("outlet")
