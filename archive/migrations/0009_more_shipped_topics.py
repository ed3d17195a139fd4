"""Load the topics added to archive/data/topics.json since 0003 (elections, economy, health, sport ...):
a general news archive, not only the seeds' war. Topics that exist keep their terms; run ``retag``
to tag the articles already stored."""

from importlib import import_module

from django.db import migrations

load_topics = import_module("archive.migrations.0003_shipped_topics").load_topics


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_story_sketches_backlog_index")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
