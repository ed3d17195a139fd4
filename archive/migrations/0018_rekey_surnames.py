"""Surname keys computed again after surname_of learned that a generational suffix is part of the
surname ("Trump Jr." of Donald Trump Jr.) and that Arabic's article is not ("Sisi" of Abdel Fattah
al-Sisi): a lone surname in the next import finds the person stored before under either."""

from django.db import migrations

from archive.extraction.people import surname_of, translit_key


def rekey(apps, schema_editor):
    Person = apps.get_model("archive", "Person")
    for person in Person.objects.all().iterator(chunk_size=500):
        surname_key = translit_key(surname_of(person.name))
        if person.surname_key != surname_key:
            person.surname_key = surname_key
            person.save(update_fields=["surname_key"])


class Migration(migrations.Migration):
    dependencies = [("archive", "0017_rekey_apostrophes_and_french_spellings")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
