"""Load the "Armed conflict" topic added to archive/data/topics.json (wars other than the seeds'
one: civil wars, militias, shelling). Topics that exist keep their terms, as an archivist may have
edited them; run ``retag`` to tag the articles already stored."""

from importlib import import_module

from django.db import migrations

load_topics = import_module("archive.migrations.0003_shipped_topics").load_topics


class Migration(migrations.Migration):
    dependencies = [("archive", "0011_rekey_ukrainian_given_names")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
