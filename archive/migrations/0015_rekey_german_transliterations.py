"""Person name keys computed again after translit_key learned German transliterations
(Selenskyj/Zelensky, Lawrow/Lavrov, Peskow/Peskov, Schoigu/Shoigu, Medwedew/Medvedev,
Saluschnyj/Zaluzhnyi, Tkatschenko/Tkachenko). The same re-keying as 0010: people stored before
under the other spelling are found by the next import; any stored twice are left for an archivist
to merge."""

from importlib import import_module

from django.db import migrations

rekey = import_module("archive.migrations.0010_rekey_person_names").rekey


class Migration(migrations.Migration):
    dependencies = [("archive", "0014_strike_and_league_topic_terms")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
