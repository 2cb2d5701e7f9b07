"""Country names come from pycountry's data file, read directly: the same records pycountry itself gives."""

import pycountry

from briefing.countries import all_countries, code_for_name, iso_3166_records, name_for_code


def test_the_data_file_holds_what_pycountry_gives():
    fields = ("alpha_2", "alpha_3", "name", "official_name", "common_name")
    assert [{key: record.get(key) for key in fields} for record in iso_3166_records()] == [
        {key: getattr(country, key, None) for key in fields} for country in pycountry.countries]


def test_short_names_and_lookups():
    assert name_for_code("KZ") == "Kazakhstan"
    assert name_for_code("RU") == "Russia"
    assert code_for_name("Korea, Republic of") == code_for_name("South Korea") == "KR"
    assert len(all_countries()) == len(pycountry.countries)
