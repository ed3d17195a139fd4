"""Person name keys computed again after fold_name learned that an apostrophe inside a word joins it
(O'Brien, and the soft sign of a name left in Cyrillic: "Володимир Зеленський" is Volodymyr Zelensky),
and translit_key French transliterations ("Kouleba" is Kuleba, "Sergueï" is Sergei).
The same re-keying as 0010: people stored before under the other spelling are found by the next
import; any stored twice are left for an archivist to merge."""

from importlib import import_module

from django.db import migrations

rekey = import_module("archive.migrations.0010_rekey_person_names").rekey


class Migration(migrations.Migration):
    dependencies = [("archive", "0016_front_and_aid_topic_terms")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
