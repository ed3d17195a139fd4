"""Load the curated topic list shipped in archive/data/topics.json (existing topics keep their terms)."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

TOPICS = Path(__file__).resolve().parent.parent / "data" / "topics.json"


def load_topics(apps, schema_editor):
    Topic = apps.get_model("archive", "Topic")
    for item in json.loads(TOPICS.read_text(encoding="utf-8")):
        Topic.objects.get_or_create(
            name=item["name"], defaults={"slug": slugify(item["name"]) or "topic", "terms": item["terms"]}
        )


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_people_keys")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
