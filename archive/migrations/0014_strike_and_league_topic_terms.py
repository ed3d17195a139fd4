"""Give the shipped topics the terms archive/data/topics.json added to them after 0013 (missile and
drone strikes and more cities for the Russia–Ukraine war, cruise missiles for Military aid, rounds of
talks and prisoner exchanges for Peace talks, the leagues of Spain, Germany, Italy and France for
Sport), so the articles of an archive made before tag as a new one does. What an archivist did to a
topic stays: only the new shipped terms join theirs (once). Run ``retag`` to tag the articles
already stored."""

from importlib import import_module

from django.db import migrations

ADDED = {
    "Russia–Ukraine war": [
        "missile strike",
        "missile attack",
        "drone attack",
        "drone attacks",
        "Ukrainian drones",
        "Dnipro",
        "Odesa",
        "Kherson",
        "Sumy",
        "Armed Forces of Ukraine",
    ],
    "Military aid": ["Taurus", "cruise missiles", "Storm Shadow", "weapons deliveries", "arms supplies"],
    "Peace talks": ["Russia-Ukraine talks", "round of talks", "prisoner exchange"],
    "Sport": ["LaLiga", "La Liga", "Clásico", "Bundesliga", "Serie A", "Ligue 1", "stoppage time"],
}


def add_terms(apps, schema_editor):
    import_module("archive.migrations.0013_more_topic_terms").add_shipped_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("archive", "0013_more_topic_terms")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
