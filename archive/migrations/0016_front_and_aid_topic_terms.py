"""Give the shipped topics the terms archive/data/topics.json added to them after 0014 (the Black
Sea Fleet, Crimea, Avdiivka and the air force for the Russia–Ukraine war, "Ukraine aid" for Military
aid, a border crossing for Migration), so the articles of an archive made before tag as a new one
does. What an archivist did to a topic stays: only the new shipped terms join theirs (once). Run
``retag`` to tag the articles already stored."""

from importlib import import_module

from django.db import migrations

ADDED = {
    "Russia–Ukraine war": [
        "Black Sea Fleet",
        "Crimea",
        "Avdiivka",
        "Russian-occupied",
        "Ukraine's air force",
        "Ukrainian air force",
        "Russian warship",
        "Russian warships",
    ],
    "Military aid": ["Ukraine aid", "aid for Ukraine", "aid to Ukraine"],
    "Migration": ["border crossing"],
}


def add_terms(apps, schema_editor):
    import_module("archive.migrations.0013_more_topic_terms").add_shipped_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("archive", "0015_rekey_german_transliterations")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
