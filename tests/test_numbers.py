import pytest

from seedtables.extract.numbers import reader

IT = [
    ("si stima che oltre 1.000 soldati", "over", (1000, 1000, None)),
    ("circa 1.500 soldati", "approx", (None, 1500, None)),
    ("almeno 100 soldati", "at_least", (100, 100, None)),
    ("fino a 12.000 militari", "at_most", (None, 12000, 12000)),
    ("meno di 3.000 uomini", "under", (None, 3000, 3000)),
    ("tra 10.000 e 12.000", "range", (10000, None, 12000)),
    ("tra 100 e diverse centinaia", "at_least", (100, 100, None)),
    ("2,7 milioni di proiettili", "exact", (2700000, 2700000, 2700000)),
    ("12mila soldati", "exact", (12000, 12000, 12000)),
    ("tremila uomini", "exact", (3000, 3000, 3000)),
    ("duemilacinquecento uomini", "exact", (2500, 2500, 2500)),
    ("una trentina di soldati", "approx", (None, 30, None)),
    ("una decina di civili", "approx", (None, 10, None)),
    # a bound before an approximate noun is the qualifier; "circa" keeps it approximate
    ("meno di una dozzina di missili", "under", (None, 12, 12)),
    ("oltre una decina di persone", "over", (10, 10, None)),
    ("almeno un centinaio di feriti", "at_least", (100, 100, None)),
    ("circa una decina di feriti", "approx", (None, 10, None)),
    ("quasi 3.000 soldati", "approx", (None, 3000, None)),
    ("decine di uomini", "vague", (10, None, None)),
    ("diverse centinaia di soldati", "vague", (100, None, None)),
    ("decine di migliaia di persone", "vague", (10000, None, None)),
    ("72 miliardi di euro", "exact", (72000000000, 72000000000, 72000000000)),
    # thousands grouped by a space, or a narrow no-break space
    ("circa 2 800 persone", "approx", (None, 2800, None)),
    ("12\u202f300 feriti", "exact", (12300, 12300, 12300)),
    # a half after a figure and its scale is part of it
    ("due milioni e mezzo di sfollati", "exact", (2500000, 2500000, 2500000)),
    ("circa 1 miliardo e mezzo di euro", "approx", (None, 1500000000, None)),
]
EN = [
    ("some 1,500 soldiers", "approx", (None, 1500, None)),
    ("between 3,000 and 4,000 soldiers", "range", (3000, None, 4000)),
    ("more than one million barrels", "over", (1000000, 1000000, None)),
    ("2.7 million shells", "exact", (2700000, 2700000, 2700000)),
    ("three hundred troops", "exact", (300, 300, 300)),
    ("some three-thousand troops", "approx", (None, 3000, None)),
    ("27-hundred troops", "exact", (2700, 2700, 2700)),
    ("four-thousand-100 troops", "exact", (4100, 4100, 4100)),
    ("a dozen or so soldiers", "approx", (None, 12, None)),
    ("nearly 3,000 soldiers", "approx", (None, 3000, None)),
    ("hundreds of soldiers", "vague", (100, None, None)),
    ("several hundred German soldiers", "vague", (100, None, None)),
    ("up to 12,000 soldiers", "at_most", (None, 12000, 12000)),
    ("fewer than 50 soldiers", "under", (None, 50, 50)),
    ("between 20 and 80", "range", (20, None, 80)),
    # a vague upper end sets no bound: the first figure is the least
    ("between 100 and several hundred", "at_least", (100, 100, None)),
    ("about 2 800 people", "approx", (None, 2800, None)),
    ("1 250 000 shells", "exact", (1250000, 1250000, 1250000)),
    ("over six hundreds soldiers", "over", (600, 600, None)),  # a figure before a plural scale
    # a fraction joined by "and" is part of the figure, before or after its scale
    ("two and a half million people", "exact", (2500000, 2500000, 2500000)),
    ("nearly two and a half thousand troops", "approx", (None, 2500, None)),
]


@pytest.mark.parametrize("code,text,values", [
    # an article joins a figure only before a scale: the "a" of "and a drone" is no part of "three"
    ("en", "at three a drone hit two trucks", [3, 1, 2]),
    ("en", "two thousand and a hundred troops", [2100]),
    ("en", "seven and a drone", [7, 1]),
])
def test_article_joins_a_figure_only_before_a_scale(code, text, values):
    assert [q.value for q in reader(code).find(text)] == values


@pytest.mark.parametrize("text,qualifier,bounds", IT)
def test_italian_numbers(text, qualifier, bounds):
    q = reader("it").find(text)[0]
    assert (q.qualifier, q.bounds()) == (qualifier, bounds)


@pytest.mark.parametrize("text,qualifier,bounds", EN)
def test_english_numbers(text, qualifier, bounds):
    q = reader("en").find(text)[0]
    assert (q.qualifier, q.bounds()) == (qualifier, bounds)


@pytest.mark.parametrize("code,text,share,qualifier", [
    ("it", "circa il 50% delle munizioni", 0.5, "approx"),
    ("it", "circa la metà dei proiettili", 0.5, "approx"),
    ("it", "il 53 per cento degli aiuti", 0.53, "exact"),
    ("en", "about 50% of the artillery ammunition", 0.5, "approx"),
    ("en", "at up to 60%", 0.6, "at_most"),
    ("en", "half of the shells", 0.5, "exact"),
])
def test_shares(code, text, share, qualifier):
    q = reader(code).find(text)[0]
    assert q.percent and q.value == pytest.approx(share) and q.qualifier == qualifier


def test_separators_follow_the_locale():
    assert reader("it").find("1.000 soldati")[0].value == 1000
    assert reader("en").find("1,000 soldiers")[0].value == 1000
    assert reader("en").find("1.5 million")[0].value == 1500000


@pytest.mark.parametrize("code,text,values", [
    # the other locale's decimal mark before a scale is a decimal still; elsewhere the locale's rules
    ("it", "armi del valore di 7.35 milioni di dollari", [7_350_000]),
    ("it", "spese salite a 18.9 miliardi", [18_900_000_000]),
    ("it", "sono 2.500 soldati", [2500]),
    ("en", "weapons worth 7,35 million dollars", [7_350_000]),
    ("en", "2,500 rifles", [2500]),
    ("en", "the $800-million tranche", [800_000_000]),
])
def test_decimals_in_the_other_locale_and_hyphenated_scales(code, text, values):
    assert [q.value for q in reader(code).find(text)] == pytest.approx(values)


def test_model_names_and_ordinals_are_not_counts():
    assert [q.value for q in reader("en").find("148 KN-23 and KN-24 missiles, Fath-360")] == [148]


def test_article_one_is_weak():
    assert reader("it").find("un soldato nordcoreano")[0].weak


@pytest.mark.parametrize("code,text,expected", [
    ("it", "10.000.000.000.000.000.000 soldati", []),
    ("en", "10,000,000,000,000,000,000 soldiers", []),
    ("it", "9" * 400 + " euro", []),
    ("en", "$" + "9" * 400 + " billion", []),
    ("it", "il 10.000.000.000.000.000.000%", []),
    ("it", "tra 5 e 10.000.000.000.000.000.000 soldati", []),  # a range ending out of range: no part of it
    ("en", "millions of billions of dollars", [(1e15, "vague")]),  # NUMBER_MAX itself is in range
    ("en", "billions of billions of dollars", []),
    ("it", "３．０００ soldati", []),  # fullwidth digits: not read
    ("it", "٣٠٠ soldati", []),  # Arabic-Indic digits: not read
    ("en", "1٢3 soldiers", []),  # mixed scripts: not read, nor half read
])
def test_numbers_out_of_range_or_in_other_scripts_are_not_read(code, text, expected):
    assert [(q.value, q.qualifier) for q in reader(code).find(text)] == expected


@pytest.mark.parametrize("code,text,value,qualifier", [
    ("en", "thouſands of troops", 1000, "vague"),  # long s
    ("en", "THOUSANDS of troops", 1000, "vague"),
    ("it", "CENTİNAİA di soldati", 100, "vague"),  # dotted capital I
    ("it", "tremıla uomini", 3000, "exact"),  # dotless i
    ("it", "una ventına di soldati", 20, "approx"),
])
def test_any_case_spelling_reads_as_the_word(code, text, value, qualifier):
    q = reader(code).find(text)[0]
    assert (q.value, q.qualifier) == (value, qualifier)


@pytest.mark.parametrize("code,text,expected", [
    # "and" joins words into one figure only after a hundred or a scale
    ("en", "five and ten soldiers", [(5, 5, 5), (10, 10, 10)]),
    ("en", "twenty and thirty", [(20, 20, 20), (30, 30, 30)]),
    ("en", "two hundred and forty", [(240, 240, 240)]),
    ("en", "three thousand and fifty", [(3050, 3050, 3050)]),
    ("en", "between six and nine soldiers", [(6, None, 9)]),
    # a range's scale is shared by both ends, however written
    ("en", "between 1 and 2 million people", [(1_000_000, None, 2_000_000)]),
    ("en", "between two and three thousand troops", [(2000, None, 3000)]),
    ("en", "between one and two thousand troops", [(1000, None, 2000)]),
    ("it", "tra 3 e 4 milioni di persone", [(3_000_000, None, 4_000_000)]),
    ("it", "tra due e tremila soldati", [(2000, None, 3000)]),
    ("it", "tra mille e duemila mercenari", [(1000, None, 2000)]),
    ("it", "tra uno e due milioni", [(1_000_000, None, 2_000_000)]),
])
def test_words_joined_by_and_and_the_scale_of_a_range(code, text, expected):
    assert [q.bounds() for q in reader(code).find(text)] == expected
