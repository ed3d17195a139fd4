"""Give the shipped topics the terms archive/data/topics.json added to them (oil and OPEC for
Energy, a truce for Peace talks, defence spending for European security, …), so the articles of
an archive made before tag as a new one does. What an archivist did to a topic stays: the terms
they added or took out are left as they are, only the new shipped terms join them (once). Run
``retag`` to tag the articles already stored."""

from django.db import migrations

ADDED = {
    "Russia–Ukraine war": [
        "Ukrainian forces",
        "Ukrainian troops",
        "Ukrainian army",
        "Russian missiles",
        "Russian drones",
        "Russia's war",
        "occupied territories",
        "temporarily occupied",
        "Zaporizhzhia",
        "Kharkiv",
        "Pokrovsk",
        "Bakhmut",
        "Kursk region",
        "mobilization",
        "mobilisation",
        "Russian aggression",
        "Russian invasion",
        "aggressor",
    ],
    "Peace talks": [
        "truce",
        "peace plan",
        "peace process",
        "peace agreement",
        "negotiators",
        "mediation",
        "direct talks",
    ],
    "Military aid": [
        "Patriot missiles",
        "F-16",
        "F-16s",
        "ATACMS",
        "Leopard tanks",
        "HIMARS",
        "ammunition",
        "aid package",
        "military package",
        "security assistance",
        "military support",
    ],
    "European security": [
        "defence spending",
        "defense spending",
        "rearmament",
        "rearm",
        "deterrence",
        "fortifications",
        "collective defence",
        "collective defense",
        "hybrid threats",
        "sabotage",
        "East Shield",
    ],
    "Nuclear weapons": [
        "ballistic missile",
        "ballistic missiles",
        "intercontinental ballistic",
        "ICBM",
        "nuclear test",
        "nuclear arsenal",
        "warheads",
        "uranium enrichment",
        "enriched uranium",
    ],
    "Energy": [
        "oil",
        "crude",
        "crude oil",
        "OPEC",
        "OPEC+",
        "barrels",
        "power grid",
        "electricity",
        "LNG",
        "gas prices",
        "energy prices",
        "power plant",
        "nuclear power plant",
        "coal",
        "refinery",
        "refineries",
        "energy infrastructure",
        "power stations",
        "blackouts",
        "energy market",
        "energy dependence",
    ],
    "Elections": [
        "no-confidence vote",
        "no-confidence motion",
        "vote of no confidence",
        "confidence vote",
        "opinion poll",
        "opinion polls",
        "candidates",
        "second term",
    ],
    "Economy": [
        "tax",
        "taxes",
        "taxation",
        "budget",
        "economy",
        "economic",
        "investors",
        "stocks",
        "trade war",
        "exports",
        "imports",
        "public debt",
        "borrowing",
        "fiscal",
        "deficit",
        "spending bill",
        "debt brake",
        "consumer prices",
    ],
    "Climate and environment": ["plastic pollution", "microplastics", "plastics"],
    "Health": [
        "hospital",
        "hospitals",
        "medical",
        "medicine",
        "cancer",
        "outbreak",
        "virus",
        "infections",
        "mental health",
        "health risks",
        "epidemiologist",
        "toxicologist",
    ],
    "Crime and justice": [
        "convicted",
        "verdict",
        "judge",
        "lawsuit",
        "indicted",
        "indictment",
        "suspect",
        "suspects",
        "fraud",
        "corruption",
    ],
    "Migration": ["migrant", "asylum seeker", "border wall", "refugee camp"],
    "Technology": ["OpenAI", "ChatGPT", "Nvidia", "tech giant", "tech giants", "big tech"],
    "Human rights": ["crackdown", "dissidents", "political repression", "jailed opposition"],
}


def add_shipped_terms(apps, added: dict[str, list[str]]) -> None:
    """Add each topic's new shipped terms after the ones it has, once (0014 adds its own with it)."""
    Topic = apps.get_model("archive", "Topic")
    for topic in Topic.objects.filter(name__in=added):
        terms = list(topic.terms)
        terms += [term for term in added[topic.name] if term not in terms]
        if terms != topic.terms:
            topic.terms = terms
            topic.save(update_fields=["terms"])


def add_terms(apps, schema_editor):
    add_shipped_terms(apps, ADDED)


class Migration(migrations.Migration):
    dependencies = [("archive", "0012_armed_conflict_topic")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
