"""Person name keys computed again after translit_key learned more spellings (Oleksij/Oleksiy,
Podoliak/Podolyak, Yevgeny/Evgeny, Klitschko/Klychko, Iulia/Yulia): each person's key and surname
key, and a PersonName key for the name and every full-name alias, so the next import finds the
people already stored under any of these spellings. Keys computed before stay (a merge moved them
on purpose); people stored twice under two spellings are left for an archivist to merge."""

from django.db import migrations

from archive.extraction.people import PERSON_TITLES, translit_key


def _full_name(form: str) -> bool:
    words = form.split()
    return len(words) >= 2 and "(" not in form and words[0].lower() not in PERSON_TITLES


def rekey(apps, schema_editor):
    Person = apps.get_model("archive", "Person")
    PersonName = apps.get_model("archive", "PersonName")
    for person in Person.objects.all().iterator(chunk_size=500):
        key, surname_key = translit_key(person.name), translit_key(person.name.split()[-1])
        if (person.key, person.surname_key) != (key, surname_key):
            person.key, person.surname_key = key, surname_key
            person.save(update_fields=["key", "surname_key"])
        keys = {translit_key(form) for form in [person.name, *person.aliases] if _full_name(form)}
        if " " not in key:
            keys.add(key)
        PersonName.objects.bulk_create([PersonName(person=person, key=k) for k in sorted(keys)], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("archive", "0009_more_shipped_topics")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
