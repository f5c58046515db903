import pycountry
import pytest

from seedtables import lang
from seedtables.extract import actors, places


@pytest.mark.parametrize("code,text,expected", [
    ("it", "La Corea del Nord ha fornito a Mosca", ["PRK", "RUS"]),
    ("it", "le forze nordcoreane e le truppe russe", ["PRK", "RUS"]),
    ("it", "dall'Ucraina, secondo Seul e il Cremlino", ["UKR", "KOR", "RUS"]),
    ("it", "i mercenari del gruppo Wagner e l'Unione europea", ["WAGNER", "EU"]),
    ("en", "South Korea's spy agency said North Korean troops", ["KOR", "PRK"]),
    ("en", "Kyiv says Moscow and the Kremlin", ["UKR", "RUS", "RUS"]),
    ("en", "NATO and the UN condemned Hamas and the Houthis", ["NATO", "UN", "HAMAS", "HOUTHIS"]),
    # CLDR writes "Myanmar (Burma)", "Trinidad & Tobago": texts write either name, and "and"
    ("en", "air strikes in Myanmar, once called Burma", ["MMR", "MMR"]),
    ("it", "raid aerei in Myanmar, l'ex Birmania", ["MMR", "MMR"]),
    ("en", "troops from Trinidad and Tobago and Côte d'Ivoire", ["TTO", "CIV"]),
    # ISO 3166's English names, inverted ones read straight, with or without "the"
    ("en", "fighting in the Democratic Republic of the Congo and the Democratic Republic of Congo",
     ["COD", "COD"]),
    ("en", "the Islamic Republic of Iran armed the Syrian Arab Republic", ["IRN", "SYR"]),
    ("en", "refugees crossed from eastern Congo into the Republic of the Congo", ["COD", "COG"]),
    # names Italian texts also write as English does, beside CLDR's
    ("it", "soldati del Rwanda e del Kenia in Centrafrica", ["RWA", "KEN", "CAF"]),
])
def test_actor_mentions(code, text, expected):
    assert [a.code for a in actors.reader(code).find(text)] == expected


@pytest.mark.parametrize("code,text,name,adm1", [
    ("it", "inviando nuove truppe nella regione russa di Kursk", "Kursk", "RU-KRS"),
    ("it", "erano stati inviati a Vladivostok", "Vladivostok", "RU-PRI"),
    ("it", "un bombardamento contro Leopoli", "Leopoli", "UA-46"),
    ("en", "reached the Kursk region", "Kursk", "RU-KRS"),
    ("en", "fighting in the Belgorod region", "Belgorod", "RU-BEL"),  # from pycountry names
    ("en", "strikes in Crimea", "Crimea", "UA-43"),
    ("en", "the brigade in Vilnius", "Vilnius", "LT-VL"),
])
def test_places_to_iso_3166_2(code, text, name, adm1):
    found = places.reader(code).find(text)
    assert [(p.text, p.adm1) for p in found] == [(name, adm1)]


def test_country_places_have_no_adm1():
    p = places.reader("it").find("inviati in Russia")[0]
    assert (p.text, p.adm1, p.country, p.is_country) == ("Russia", None, "RUS", True)


def test_curated_places_are_real_iso_3166_2_codes():
    for code in lang.knowledge("places")["regions"]:
        assert pycountry.subdivisions.get(code=code) is not None, code


def test_curated_actor_codes_are_iso_3166_alpha3():
    """States are ISO 3166-1 alpha-3, or the alpha-3 ISO 3166-3 keeps for a state gone (SUN, YUG)."""
    for code in ("it", "en"):
        pack = lang.load(code)
        for section in ("names", "capitals", "metonyms", "demonyms"):
            for actor in pack.section("actors", section):
                assert actor in ("NATO", "EU", "UN") or pycountry.countries.get(alpha_3=actor) \
                    or pycountry.historic_countries.get(alpha_3=actor), (code, actor)
    assert lang.is_state("SUN") and lang.is_state("YUG") and not lang.is_state("XYZ")


def test_armed_groups_homes_are_known_groups_in_real_states():
    actors = lang.knowledge("actors")
    for group, home in actors["homes"].items():
        assert group in actors["groups"] and lang.is_armed_group(group), group
        assert pycountry.countries.get(alpha_3=home), (group, home)


def test_cldr_country_names_cover_both_languages():
    assert lang.load("it").actor_names["Corea del Sud"] == ("KOR", "state")
    assert lang.load("en").actor_names["South Korea"] == ("KOR", "state")
    assert lang.load("it").months["febbraio"] == 2


@pytest.mark.parametrize("code,text", [
    ("en", "A school near the Congo border was attacked in western Uganda."),
    ("en", "Gunmen struck a village on the border with Chad in western Sudan."),
    ("it", "Un villaggio al confine con il Ciad è stato attaccato nel Darfur occidentale."),
])
def test_a_country_named_for_its_border_is_no_place_of_the_story(code, text):
    found = places.reader(code).find(text)
    assert found and not [p for p in found if p.text in ("Congo", "Chad", "Ciad")], found


@pytest.mark.parametrize("code,text,country", [
    # a country's name after an elided preposition: "nell'", "dall'", "all'"
    ("it", "Nuovi raid russi nell'Ucraina orientale.", "UKR"),
    ("it", "Le truppe americane si sono ritirate dall'Iraq.", "IRQ"),
    ("it", "Gli aiuti sono arrivati all’Haiti del sud.", "HTI"),
])
def test_a_country_after_an_elided_preposition_is_a_place(code, text, country):
    assert [p.country for p in places.reader(code).find(text)] == [country]


@pytest.mark.parametrize("text,expected", [
    # the place a possessive owns is where, the owner only whose
    ("Gunmen attacked a market in Nigeria's Zamfara state.", [("Zamfara", "NG-ZA", "NGA")]),
    ("Shelling hit Russia's Belgorod region overnight.", [("Belgorod", "RU-BEL", "RUS")]),
    ("The raid took place in Congo's eastern Ituri province.", [("Ituri", "CD-IT", "COD")]),
    ("Strikes hit Iraq's northern province of Dahuk.", [("Dahuk", "IQ-DA", "IRQ")]),
    # an owned place the gazetteer does not know lies in its owner
    ("Troops fought in Khyber Pakhtunkhwa's Kurram district.", [("Kurram", "PK-KP", "PAK")]),
    # a region of the country in words is no name: the country is where
    ("Clashes broke out in Nigeria's northeast.", [("Nigeria", None, "NGA")]),
    # a body's name is no place, nor a country whose office speaks
    ("Later, Gaza's Health Ministry raised the toll.", []),
    ("The figure came from Ukraine's Defence Ministry.", []),
    ("The toll was given according to Ukraine's intelligence service.", []),
])
def test_a_possessive_owner_yields_to_the_place_it_owns(text, expected):
    assert [(p.text, p.adm1, p.country) for p in places.reader("en").find(text)] == expected


@pytest.mark.parametrize("code,text,said", [
    # what one voice says ends where another opens its own clause
    ("it", "Il Ghana conferma la morte di 11 militari, mentre il Togo riferisce di 6 civili uccisi.",
     {"Ghana": "la morte di 11 militari", "Togo": "di 6 civili uccisi"}),
    ("en", "Ghana confirmed the deaths of 11 soldiers, while Togo reported six civilians killed.",
     {"Ghana": "the deaths of 11 soldiers", "Togo": "six civilians killed"}),
    # a speaker that opens the sentence with no comma after it ends where its clause begins
    ("it", "Secondo Accra le perdite ammontano a circa 200 uomini.", {"Accra": "le perdite ammontano a circa 200 uomini"}),
    # "which the army said": the army says it, not the clause before
    ("en", "Five soldiers were hurt in the raid, which the army said had destroyed 3 hideouts.",
     {"army": "had destroyed 3 hideouts"}),
])
def test_each_voice_says_its_own_clause(code, text, said):
    from seedtables.extract import speech
    got = {st.speaker.text: text[st.content[0]:st.content[1]].strip(" ,.;") for st in speech.reader(code).read(text, [], [])}
    assert got == said


@pytest.mark.parametrize("language,text", [
    ("en", "He is a researcher at the University of Manchester."),
    ("it", "È ricercatore all'Università di Manchester."),
])
def test_a_subdivision_named_like_a_larger_foreign_city_is_no_place(language, text):
    """Jamaica's Manchester parish is not the English city of a university, unless Jamaica is named."""
    assert not any(p.country == "JAM" for p in places.reader(language).find(text))
