"""Give the shipped topics the terms archive/data/topics.json added to them after 0016 (sending
Ukraine weapons and Patriot systems for Military aid, a prisoner swap for Peace talks, prisoners of
war for Armed conflict, media freedom and "foreign agents" for Human rights), so the articles of an
archive made before tag as a new one does. What an archivist did to a topic stays: only the new
shipped terms join theirs (once). Run ``retag`` to tag the articles already stored."""

from importlib import import_module

from django.db import migrations

ADDED = {
    "Military aid": ["send Ukraine", "sending Ukraine", "weapons for Ukraine", "drones to Ukraine", "Patriot systems",
                     "Patriot system"],
    "Peace talks": ["prisoner swap", "prisoner swaps", "prisoner exchanges"],
    "Armed conflict": ["prisoners of war"],
    "Human rights": ["media freedom", "public media", "foreign agent", "foreign agents", "undesirable organization",
                     "undesirable organisation"],
}  # fmt: skip


def add_terms(apps, schema_editor):
    import_module("archive.migrations.0013_more_topic_terms").add_shipped_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("archive", "0018_rekey_surnames")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
