"""Hostile input: whatever an article writes, extraction never crashes, every row's evidence is
its seed's text at its span, and every table passes validation.

Property tests (Hypothesis, derandomized) write sentences in each language from the pack's own
vocabulary (actors, forces, casualty and supply words, verbs of saying, qualifiers, every number
and date form the pack reads) and then make them hostile: 20- and 400-digit numbers, huge
percentages, long s ("ruſſi"), dotted and dotless I ("İRANIANI"), the Kelvin sign, fullwidth and
Arabic-Indic digits, no-break and thin spaces, zero-width characters, combining accents, emoji,
CR-only and CRLF line endings. Example tests pin the named findings of the issue.
"""
from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from functools import cache

import polars as pl
import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedtables import lang
from seedtables.extract.article import extract_seed
from seedtables.extract.context import lexicon
from seedtables.extract.numbers import NUMBER_MAX, reader
from seedtables.lang import expand_all, fold
from seedtables.seeds import HEADER, Seed, parse_date
from seedtables.steps import prepare
from seedtables.text import MAX_SENTENCE, sentences
from validation.columns import ALL_TABLES, COUNT_MAX, DERIVED_TABLES, FACT_TABLES, QUANTITY_MAX, tables, to_frame
from validation.validate import validate_release

CODES = ("it", "en")
STORY_ACTORS = {"it": ("Russia", "Iran", "Corea del Nord", "Ucraina", "Siria", "Mosca", "Kiev"),
                "en": ("Russia", "Iran", "North Korea", "Ukraine", "Syria", "Moscow", "Kyiv")}
SETTINGS = {"derandomize": True, "deadline": None, "database": None,
            "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


# -- seeds ---------------------------------------------------------------------------
def make_seed(text: str, code: str, seed_id: str = "hostile") -> Seed:
    """A seed as read_seed makes it, with the language given (detection is not under test and
    a short hostile text may be taken for any language)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    header = HEADER.match(first)
    assert header, first[:60]
    start, end, precision = parse_date(header["date"])
    return Seed(seed_id=seed_id, path=f"{seed_id}.txt", text=text, title=header["title"].strip(),
                title_start=header.start("title") + (len(header["title"]) - len(header["title"].lstrip())),
                published_start=start, published_end=end, published_precision=precision,
                language=code, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


# the fact tables and what else rows of seeds fill (not the tables derived across seeds)
ROW_TABLES = tuple(t for t in ALL_TABLES if t not in ("seeds", *DERIVED_TABLES))


def frames_of(seeds: list[Seed], rows: list[dict[str, list[dict]]]) -> dict:
    """The release's frames, as seedtables.steps.assemble builds them."""
    frames = {t: to_frame(t, [r for out in rows for r in out.get(t, [])]) for t in ROW_TABLES}
    frames["seeds"] = to_frame("seeds", [s.row() for s in seeds])
    return prepare(frames)


def check_rows(seed: Seed, out: dict[str, list[dict]]) -> None:
    """What must hold of every row, checked in Python (cheap): provenance and bounds."""
    for table in ROW_TABLES:
        span = tables()[table].span_column  # evidence, or the number's text
        for r in out.get(table, []):
            assert seed.text[r["char_start"]:r["char_end"]] == r[span], (table, r)
            for c in ("count_low", "count_best", "count_high"):
                if r.get(c) is not None:
                    assert 0 <= r[c] <= COUNT_MAX, (table, c, r)
            if r.get("quantity") is not None:
                assert math.isfinite(r["quantity"]) and 0 <= r["quantity"] <= QUANTITY_MAX, r
            if r.get("share") is not None:
                assert 0 <= r["share"] <= 1, r


def extract_and_validate(texts: list[tuple[str, str]]) -> dict[str, list[dict]]:
    seeds = [make_seed(text, code, f"hostile_{i}") for i, (code, text) in enumerate(texts)]
    outs = [extract_seed(s) for s in seeds]
    for s, out in zip(seeds, outs, strict=True):
        check_rows(s, out)
    report = validate_release(frames_of(seeds, outs))
    assert report.ok, report.describe()
    return {t: [r for out in outs for r in out[t]] for t in FACT_TABLES}


def article(title: str, paragraphs: list[str], newline: str = "\n", date: str = "2025-03") -> str:
    if newline == "\r":  # CR-only: the whole file is one header line, title and all
        return f" date {date} {title}\r\r" + "\r\r".join(paragraphs) + "\r"
    return f" date {date} {title}{newline}{newline}" + f"{newline}{newline}".join(paragraphs) + newline


# -- the packs' vocabulary -----------------------------------------------------------
_C = re._constants
_CATEGORY = {_C.CATEGORY_SPACE: " ", _C.CATEGORY_DIGIT: "7", _C.CATEGORY_WORD: "a"}


def forms(pattern: str, limit: int = 6) -> list[str]:
    """A few strings a pack's pattern matches ('invi(?:a|ano|ato)' -> invia, inviano, ...);
    lookarounds are left out."""
    return [f for f in _sequence(list(re._parser.parse(pattern)), limit) if f.strip()] or [pattern]


def _sequence(items, limit: int) -> list[str]:
    out = [""]
    for op, av in items:
        out = [a + b for a in out for b in _item(op, av, limit)][:limit]
    return out


def _item(op, av, limit: int) -> list[str]:
    if op is _C.LITERAL:
        return [chr(av)]
    if op is _C.NOT_LITERAL:
        return ["x"]
    if op is _C.ANY:
        return ["a"]
    if op is _C.IN:
        chars = []
        for o, a in av:
            if o is _C.NEGATE:
                return ["x"]
            chars.append(chr(a) if o is _C.LITERAL else chr(a[0]) if o is _C.RANGE else _CATEGORY.get(a, "a"))
        return chars[:limit] or ["a"]
    if op is _C.BRANCH:
        return [f for alt in av[1] for f in _sequence(list(alt), limit)][:limit]
    if op is _C.SUBPATTERN:
        return _sequence(list(av[-1]), limit)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        base = _sequence(list(sub), limit)
        return [b * n for n in sorted({lo, min(max(lo, 1), hi)}) for b in base][:limit]
    if op is _C.CATEGORY:
        return [_CATEGORY.get(av, "a")]
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av), limit)
    return [""]  # anchors and lookarounds


def literal(words) -> list[str]:
    return sorted(set(expand_all(words)))


def patterns(words) -> list[str]:
    return sorted({f for w in expand_all(words) for f in forms(w)})


@dataclasses.dataclass(frozen=True)
class Vocabulary:
    code: str
    actors: tuple[str, ...]
    demonyms: tuple[str, ...]
    forces: tuple[str, ...]
    civilians: tuple[str, ...]
    deploy_verbs: tuple[str, ...]
    casualty_words: tuple[str, ...]
    supply_verbs: tuple[str, ...]
    items: tuple[str, ...]
    units: tuple[str, ...]
    currencies: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    according_to: tuple[str, ...]
    roles: tuple[str, ...]
    qualifiers: tuple[str, ...]
    prepositions: tuple[str, ...]
    to: tuple[str, ...]
    links: tuple[str, ...]
    clause_words: tuple[str, ...]
    articles: tuple[str, ...]
    purposes: tuple[str, ...]
    other: tuple[str, ...]  # hedges, negations, starters, nouns of supply: the rest of the pack's words
    numbers: dict
    months: tuple[str, ...]
    dates: dict


@cache
def vocabulary(code: str) -> Vocabulary:
    pack = lang.load(code)
    dep, cas, sup, sp = (pack.section(k) for k in ("deployments", "casualties", "supplies", "speech"))
    names = sorted(w for w, (_, kind) in pack.actor_names.items() if kind in ("state", "capital", "metonym", "bloc"))
    cased = pack.get("dates", {}).get("month_case_sensitive")
    return Vocabulary(
        code=code,
        actors=tuple(names[::7] + list(STORY_ACTORS[code])),
        demonyms=tuple(literal(w for ws in pack.section("actors", "demonyms").values() for w in ws)),
        forces=tuple(patterns(w for ws in pack.section("forces").values() for w in ws)),
        civilians=tuple(patterns(cas.get("civilian_words", []))),
        deploy_verbs=tuple(patterns(w for a in ("deploy", "redeploy", "withdraw", "presence") for w in dep.get(a, []))),
        casualty_words=tuple(patterns(w for t in ("killed", "wounded", "killed_or_wounded", "captured", "missing")
                                      for w in cas.get(t, []))),
        supply_verbs=tuple(patterns([*sup.get("verbs", []), *sup.get("receive_verbs", [])])),
        items=tuple(literal(w for ws in sup.get("items", {}).values() for w in ws)),
        units=tuple(sorted(sup.get("units", {}))),
        currencies=tuple(sorted(sup.get("currencies", {}))),
        speech_verbs=tuple(patterns(w for act in ("claim", "confirm", "deny", "urge", "warn", "condemn", "announce",
                                                  "promise", "threaten") for w in sp.get(act, []))),
        according_to=tuple(literal(sp.get("according_to", []))),
        roles=tuple(literal([*sp.get("role_words", []), *sp.get("speaker_heads", [])])),
        qualifiers=tuple(literal(w for ws in pack.section("qualifiers").values() for w in ws)),
        prepositions=tuple(literal(pack.section("places").get("prepositions", []))),
        to=tuple(literal(sup.get("to", []))),
        links=tuple(literal([*sup.get("unit_links", []), *sup.get("share_of_words", [])])),
        clause_words=tuple(literal(pack.get("clause_words", []))),
        articles=tuple(literal(pack.get("articles", []))),
        purposes=tuple(patterns(w for ws in pack.section("purposes").values() for w in ws)),
        other=tuple(patterns([*dep.get("non_factual", []), *dep.get("starters", []), *dep.get("side_words", []),
                              *sup.get("transfer_nouns", []), *sup.get("supplier_nouns", []),
                              *sup.get("cargo_nouns", []), *sup.get("share_nouns", []), *sup.get("comparison", []),
                              *sup.get("from", []), *cas.get("own_words", []), *cas.get("among_words", []),
                              *cas.get("military_words", []), *pack.get("conjunctions", []),
                              *pack.get("boilerplate", [])])),
        numbers=pack.section("numbers"),
        months=tuple(name.capitalize() if cased else name for name in sorted(pack.months)),
        dates=pack.section("dates"),
    )


# -- hostile spellings -----------------------------------------------------------------
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000", "\t", "  "]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
EMOJI = ["🇷🇺", "💥", "🚀", "👍🏽", "🕊️", "❤️‍🔥"]


def long_s(s: str) -> str:
    return s.replace("s", "ſ")


def dotted_upper(s: str) -> str:
    return s.upper().replace("I", "İ")


def dotless(s: str) -> str:
    return s.replace("i", "ı")


def kelvin(s: str) -> str:
    return s.replace("k", "\u212a").replace("K", "\u212a")


def decomposed(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", s)


WORD_MANGLERS = [str.upper, str.lower, str.title, long_s, dotted_upper, dotless, kelvin, decomposed,
                 lambda s: dotted_upper(long_s(s))]


@st.composite
def mangled(draw, words) -> str:
    """A word of the pack as written, or in a hostile spelling."""
    w = draw(st.sampled_from(words))
    if draw(st.integers(0, 3)) == 0:
        w = draw(st.sampled_from(WORD_MANGLERS))(w)
    return w


# -- numbers as every form the pack reads ------------------------------------------------
def grouped(n: int, code: str) -> str:
    return f"{n:,}".replace(",", get_group_symbol(code))


HUGE = [10 ** 19, 10 ** 19 + 7, int("9" * 20), int("1" + "0" * 399), int("9" * 400), 2 ** 63, 2 ** 64,
        COUNT_MAX, COUNT_MAX + 1, int(QUANTITY_MAX), int(QUANTITY_MAX) + 1, 2 ** 53 + 1]


@st.composite
def integer(draw, code: str) -> str:
    n = draw(st.one_of(st.integers(0, 100), st.integers(0, 10 ** 6), st.integers(0, 10 ** 12),
                       st.integers(10 ** 12, 10 ** 25), st.sampled_from(HUGE)))
    text = grouped(n, code) if draw(st.booleans()) else str(n)
    digits = draw(st.sampled_from([None, None, None, FULLWIDTH, ARABIC_INDIC, DEVANAGARI, "mixed"]))
    if digits == "mixed":
        text = "".join(c.translate(ARABIC_INDIC) if i % 2 else c for i, c in enumerate(text))
    elif digits:
        text = text.translate(digits)
    return text


@st.composite
def word_number(draw, v: Vocabulary) -> str:
    n = v.numbers
    parts = [*n.get("units", {}), *n.get("hundred", []), *n.get("thousand", [])]
    words = draw(st.lists(st.sampled_from(parts), min_size=1, max_size=4))
    text = "".join(words) if n.get("compound") else draw(st.sampled_from([" ", "-", " and "])).join(words)
    if n.get("scales") and draw(st.booleans()):
        text += " " + draw(st.sampled_from(sorted(n["scales"])))
    return text


@st.composite
def number(draw, v: Vocabulary) -> str:
    """One number phrase: digits, decimals and scales, words, approximations, vague orders,
    percentages, fractions, ranges, currencies, each perhaps qualified."""
    n, code = v.numbers, v.code
    dec = get_decimal_symbol(code)
    kind = draw(st.sampled_from(["int", "int", "decimal", "words", "approx", "vague", "percent", "fraction",
                                 "range", "dash", "currency", "huge"]))
    if kind == "int":
        text = draw(integer(code))
    elif kind == "decimal":
        text = f"{draw(st.integers(0, 999))}{dec}{draw(st.integers(0, 99))}"
        if draw(st.booleans()):
            text += draw(st.sampled_from(["", " "])) + draw(st.sampled_from(sorted(n.get("scales", {"x": 1}))))
    elif kind == "words":
        text = draw(word_number(v))
    elif kind == "approx":
        text = draw(st.sampled_from(sorted(n.get("approx_nouns", {})))) or "x"
        if v.code == "it":
            text = draw(st.sampled_from(["una ", "un ", ""])) + text + " di"
    elif kind == "vague":
        vague = sorted(n.get("vague", {}))
        text = draw(st.sampled_from(vague))
        if draw(st.booleans()):
            text += f" {n.get('vague_linker', 'of')} {draw(st.sampled_from(vague))}"
        if draw(st.booleans()):
            text = f"{draw(st.sampled_from(n.get('vague_premodifiers', ['x'])))} {text}"
        text += f" {n.get('vague_linker', 'of')}"
    elif kind == "percent":
        sign = draw(st.sampled_from(sorted({f for p in n.get("percent", ["%"]) for f in forms(p)})))
        text = draw(integer(code)) + ("" if sign == "%" else " ") + sign
    elif kind == "fraction":
        text = draw(st.sampled_from(sorted(n.get("fractions", {}))))
    elif kind == "range":
        text = (f"{draw(st.sampled_from(n.get('between', ['x'])))} {draw(integer(code))} "
                f"{draw(st.sampled_from(n.get('range_and', ['x'])))} {draw(integer(code))}")
    elif kind == "dash":
        text = f"{draw(integer(code))}{draw(st.sampled_from(['-', '–', ' - ']))}{draw(integer(code))}"
    elif kind == "currency":
        amount = draw(st.one_of(integer(code), st.just(f"{draw(st.integers(0, 99))}{dec}5")))
        scale = draw(st.sampled_from(["", *sorted(n.get("scales", {}))]))
        if draw(st.booleans()):
            text = f"{draw(st.sampled_from(['$', '€', '£', '$ ']))}{amount} {scale}".strip()
        else:
            text = f"{amount} {scale} {draw(st.sampled_from(v.links))} {draw(st.sampled_from(v.currencies))}"
    else:
        text = draw(st.sampled_from(["10.000.000.000.000.000.000", "10,000,000,000,000,000,000", "9" * 400,
                                     "1" + "0" * 399 + "%", "10.000.000.000.000.000%", "99999999999999999999",
                                     "1e400", "1" + ",000" * 120, "0,000000001", "0.5", "000", "-5"]))
    if draw(st.integers(0, 2)) == 0:
        text = f"{draw(st.sampled_from(v.qualifiers))} {text}"
    return text


# -- dates: every pattern of the pack, with its slots filled -----------------------------
@st.composite
def date(draw, v: Vocabulary) -> str:
    d = v.dates
    slots = {
        "month": draw(st.sampled_from(v.months)),
        "year": draw(st.sampled_from(["2024", "2025", "1999", "2099", "2000"])),
        "day": draw(st.sampled_from(["1", "5", "12", "28", "29", "30", "31", "0", "00", "1°", "3rd", "99"])),
        "week_ordinal": draw(st.sampled_from(sorted(d.get("week_ordinal", {"x": 1})))),
        "part": draw(st.sampled_from(sorted(d.get("part", {"x": 1})))),
        "quarter_ordinal": draw(st.sampled_from(sorted(d.get("quarter_ordinal", {"x": 1})))),
    }
    kinds = sorted(d.get("patterns", {}))
    template = draw(st.sampled_from(d["patterns"][draw(st.sampled_from(kinds))]))
    for slot, value in slots.items():
        template = template.replace("{" + slot + "}", re.escape(value))
    return draw(st.sampled_from(forms(template)))


# -- sentences ---------------------------------------------------------------------------
@st.composite
def actor(draw, v: Vocabulary) -> str:
    return draw(st.one_of(mangled(v.actors), mangled(v.demonyms)))


@st.composite
def place(draw, v: Vocabulary) -> str:
    return f"{draw(st.sampled_from(v.prepositions))} {draw(mangled(v.actors))}"


@st.composite
def deployment(draw, v: Vocabulary) -> str:
    parts = [draw(actor(v)), draw(mangled(v.deploy_verbs)), draw(number(v)), draw(mangled(v.forces)),
             draw(st.one_of(st.just(""), mangled(v.demonyms))), draw(place(v))]
    if draw(st.booleans()):
        parts.append(draw(date(v)))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(v.purposes)))
    return " ".join(p for p in parts if p)


@st.composite
def casualty(draw, v: Vocabulary) -> str:
    parts = [draw(number(v)), draw(st.one_of(mangled(v.forces), mangled(v.civilians))),
             draw(st.one_of(st.just(""), mangled(v.demonyms))), draw(mangled(v.casualty_words))]
    if draw(st.booleans()):
        parts.append(draw(place(v)))
    if draw(st.booleans()):
        parts.insert(0, draw(date(v)) + ",")
    return " ".join(p for p in parts if p)


@st.composite
def supply(draw, v: Vocabulary) -> str:
    amount = draw(number(v))
    what = draw(mangled(v.items))
    if draw(st.booleans()):
        what = f"{draw(st.sampled_from(v.links))} {draw(st.sampled_from([*v.units, *v.currencies]))} {what}"
    parts = [draw(actor(v)), draw(mangled(v.supply_verbs)), amount, what,
             f"{draw(st.sampled_from(v.to))} {draw(actor(v))}"]
    if draw(st.booleans()):
        parts.append(draw(date(v)))
    return " ".join(p for p in parts if p)


@st.composite
def statement(draw, v: Vocabulary) -> str:
    said = draw(st.one_of(deployment(v), casualty(v), supply(v)))
    speaker = f"{draw(st.sampled_from(v.articles))} {draw(mangled(v.roles))} {draw(actor(v))}"
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{speaker} {draw(mangled(v.speech_verbs))} {draw(st.sampled_from(v.clause_words))} {said}"
    if form == 1:
        return f"{draw(st.sampled_from(v.according_to)).capitalize()} {speaker}, {said}"
    quote = draw(st.sampled_from([("«", "»"), ("“", "”"), ('"', '"'), ("«", ""), ("", "»")]))
    return f"{quote[0]}{said}{quote[1]}, {draw(mangled(v.speech_verbs))} {speaker}"


@st.composite
def salad(draw, v: Vocabulary) -> str:
    """Words of the pack in any order: combinations no template writes."""
    pools = [v.actors, v.demonyms, v.forces, v.civilians, v.deploy_verbs, v.casualty_words, v.supply_verbs,
             v.items, v.units, v.currencies, v.speech_verbs, v.according_to, v.qualifiers, v.prepositions,
             v.to, v.links, v.articles, v.other, v.purposes]
    pieces = draw(st.lists(st.one_of(*(mangled(p) for p in pools), number(v), date(v)), min_size=1, max_size=14))
    return " ".join(pieces)


@st.composite
def sentence(draw, v: Vocabulary) -> str:
    s = draw(st.one_of(deployment(v), casualty(v), supply(v), statement(v), salad(v)))
    s = s[:1].upper() + s[1:]
    return s + draw(st.sampled_from([".", ".", "!", "?", "…", "...", "", ";", ". »", "»."]))


@st.composite
def hostile(draw, s: str) -> str:
    """The sentence with hostile characters: other spaces, invisible characters, emoji."""
    for _ in range(draw(st.integers(0, 3))):
        what = draw(st.sampled_from(["space", "invisible", "emoji", "upper", "long_s", "dotted"]))
        if what == "space" and " " in s:
            s = s.replace(" ", draw(st.sampled_from(SPACES)), draw(st.integers(1, 4)))
        elif what in ("invisible", "emoji"):
            i = draw(st.integers(0, len(s)))
            s = s[:i] + draw(st.sampled_from(INVISIBLE if what == "invisible" else EMOJI)) + s[i:]
        elif what == "upper":
            s = s.upper()
        elif what == "long_s":
            s = long_s(s)
        else:
            s = dotted_upper(s)
    return s


@st.composite
def articles(draw, code: str) -> tuple[str, str]:
    v = vocabulary(code)
    paragraphs = draw(st.lists(st.lists(sentence(v).flatmap(hostile), min_size=1, max_size=3).map(" ".join),
                               min_size=1, max_size=4))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    title = draw(sentence(v).flatmap(hostile)).replace("\n", " ").replace("\r", " ").strip() or "Titolo"
    return code, article(title, paragraphs, newline)


@settings(max_examples=30, **SETTINGS)
@given(st.lists(st.one_of(articles("it"), articles("en")), min_size=2, max_size=4))
def test_hostile_articles_give_valid_tables(texts):
    """Each example is a small release of two to four articles, extracted, framed and validated."""
    extract_and_validate(texts)


@settings(max_examples=200, **SETTINGS)
@given(st.sampled_from(CODES).flatmap(articles))
def test_hostile_articles_give_sound_rows(code_text):
    """Many more articles, checked in Python: offsets, counts, quantities and shares in range."""
    code, text = code_text
    seed = make_seed(text, code)
    out = extract_seed(seed)
    check_rows(seed, out)
    for t in ROW_TABLES:
        to_frame(t, out.get(t, []))  # framing never overflows a column type


@settings(max_examples=200, **SETTINGS)
@given(st.sampled_from(CODES).flatmap(lambda code: number(vocabulary(code)).map(lambda s: (code, s))))
def test_the_number_reader_never_reads_out_of_range(code_text):
    code, text = code_text
    for q in reader(code).find(f"{text} soldati"):
        for value in (q.value, q.low, q.best, q.high):
            assert value is None or (math.isfinite(value) and 0 <= value <= NUMBER_MAX), (text, q)


# -- the named findings ----------------------------------------------------------------------
def one(code: str, body: str, title: str = "Titolo") -> dict[str, list[dict]]:
    return extract_and_validate([(code, article(title, [body]))])


def test_twenty_digits_give_no_count_and_no_crash():
    out = one("it", "Secondo Kiev, 10.000.000.000.000.000.000 soldati nordcoreani sono stati inviati in Russia.")
    assert all(r["count_best"] is None and r["count_low"] is None for r in out["deployments"])
    out = one("en", "Kyiv said 10,000,000,000,000,000,000 North Korean soldiers were killed in Kursk.")
    assert out["casualties"] == []


def test_a_run_of_capitals_between_a_number_and_its_unit_is_read_once():
    # a name may stand between a count and its unit ("ten Leopard 1A5 tanks"); a run of capitals
    # that could be split into names every way must not be tried every way (it would never end)
    caps = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN"
    for code, text in (("en", f"Poland delivered 5 {caps} to Ukraine."),
                       ("it", f"La Polonia ha consegnato 5 {caps} all'Ucraina.")):
        assert lexicon(code).unit_re.match(f" {caps}!") is None
        assert lexicon(code).unit_re.match(" Leopard 1A5 tanks" if code == "en" else " Leopard 1A5 carri armati")
        one(code, text)  # completes


def test_a_400_digit_amount_is_no_quantity():
    out = one("it", f"La Russia ha fornito {'9' * 400} euro di aiuti militari alla Siria.")
    assert [(r["supplier"], r["recipient"], r["quantity"]) for r in out["supply_shares"]] == [("RUS", "SYR", None)]
    assert reader("it").find("9" * 400) == []
    assert reader("en").find("1" + ",000" * 120) == []


def test_counts_above_the_maximum_are_no_counts():
    out = one("it", "200.000.000 soldati russi sono stati uccisi. Kiev ha perso tra 5 e 10.000.000.000.000.000.000 soldati.")
    assert out["casualties"] == []
    assert [r["count_best"] for r in one("it", "100.000.000 soldati russi sono stati uccisi.")["casualties"]] \
        == [COUNT_MAX]


def test_huge_percentages_are_no_shares():
    out = one("it", "Il 10.000.000.000.000.000.000% dei proiettili è stato fornito dalla Corea del Nord alla Russia.")
    assert all(r["share"] is None for r in out["supply_shares"])


def test_long_s_reads_as_s():
    out = one("it", "I ruſſi hanno perso 300 soldati nella regione di Kursk.")
    assert [(r["party"], r["count_best"]) for r in out["casualties"]] == [("RUS", 300)]
    out = one("en", "Thouſands of Russian soldiers were killed in Ukraine.")
    assert [(r["party"], r["count_low"], r["count_qualifier"]) for r in out["casualties"]] == [("RUS", 1000, "vague")]
    assert [(q.value, q.qualifier) for q in reader("en").find("thouſands")] == [(1000.0, "vague")]


def test_dotted_capital_i_reads_as_i():
    out = one("it", "Gli İRANIANI hanno İNVİATO 200 soldati in Siria.")
    assert [(r["sender"], r["count_best"]) for r in out["deployments"]] == [("IRN", 200)]


def test_force_nouns_written_as_patterns_are_read():
    """'costruttori(?: militari)?' is a pattern of the pack, not a word: its match is still read."""
    out = one("it", "La Russia ha inviato 100 costruttori militari in Corea del Nord. Mosca ha inviato istruttori in Siria.")
    assert [(r["force"], r["count_best"]) for r in out["deployments"]] == [("workers", 100), ("advisers", None)]


@pytest.mark.parametrize("digits", [FULLWIDTH, ARABIC_INDIC, DEVANAGARI])
def test_digits_of_other_scripts_are_not_read(digits):
    text = "3.000 soldati nordcoreani, 12 marzo 2024".translate(digits)
    assert reader("it").find(text) == []
    out = one("it", f"La Corea del Nord ha inviato {text} in Russia.")
    assert all(r["count_best"] is None for r in out["deployments"])


def test_cr_only_and_invisible_characters():
    body = "La Corea\u00a0del Nord ha inviato\u200b 3.000 soldati\u2009in Russia 🇷🇺.\rKiev ha perso 50 soldati."
    extract_and_validate([("it", f" date 2025-03 Titolo\r\r{body}\r"), ("it", f" date 2025-03 Titolo\r\n\r\n{body}\r\n")])


# -- the fold rule ----------------------------------------------------------------------------
@cache
def every_character() -> str:
    return "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def test_fold_maps_what_ignorecase_matches_onto_one_key():
    """Every character re.IGNORECASE takes for a letter of a pack's words folds as that letter does,
    so that any spelling a case-insensitive pattern matches is found in a lexicon built with fold."""
    letters = set()
    for code in CODES:
        v = vocabulary(code)
        for words in dataclasses.astuple(v):
            if isinstance(words, tuple):
                letters |= {c for w in words for c in w}
        letters |= {c for w in lang.load(code).actor_names for c in w}
    letters = {c for c in letters if c.lower() != c.upper() or c.isalpha()}
    assert {"s", "i", "k"} <= letters
    everything = every_character()
    for letter in sorted(letters):
        for m in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert fold(m.group(0)) == fold(letter), (letter, m.group(0), hex(ord(m.group(0))))


def test_fold_examples():
    assert fold("ruſſi") == fold("RUSSI") == "russi"
    assert fold("İRANIANI") == fold("ıranıanı") == "iraniani"
    assert fold("thouſands") == "thousands"
    assert fold("\u212aursk") == "kursk"


# -- linear time ----------------------------------------------------------------------------
def test_sentence_splitting_is_linear_and_unchanged(seed):
    """A long one-line text splits as its parts do; no sentence is longer than MAX_SENTENCE, and
    a text with no sentence ends is cut at whitespace."""
    import time

    body = " ".join(seed.text[seed.body_start:].split())
    line = " date 2025-03 Titolo\n\n" + " ".join([body] * 40)
    t = time.process_time()
    got = sentences(line, 14)
    took = time.process_time() - t
    assert took < 5, took
    assert all(s.end - s.start <= MAX_SENTENCE for s in got)
    assert all(line[s.start:s.end] == s.text for s in got)
    flat = " date 2025-03 Titolo\n\n" + ("parole senza fine " * 2000)
    pieces = sentences(flat, 14)[1:]
    assert len(pieces) > 30 and all(0 < s.end - s.start <= MAX_SENTENCE for s in pieces)
    dots = " date 2025-03 Titolo\n\n" + "." * 200_000 + " x"
    t = time.process_time()
    sentences(dots, 14)
    assert time.process_time() - t < 2


def test_schema_bounds_come_from_the_contract():
    cols = {c.name: c for c in tables()["casualties"].columns}
    assert cols["count_best"].maximum == COUNT_MAX and cols["count_best"].minimum == 0
    quantity = {c.name: c for c in tables()["supply_shares"].columns}["quantity"]
    assert quantity.maximum == QUANTITY_MAX and max(COUNT_MAX, QUANTITY_MAX) == NUMBER_MAX
    assert quantity.frictionless()["constraints"] == {"minimum": 0.0, "maximum": QUANTITY_MAX}


@pytest.mark.parametrize("table,column,value", [
    ("casualties", "count_best", COUNT_MAX + 1),
    ("supply_shares", "quantity", math.inf),
    ("supply_shares", "quantity", math.nan),
    ("supply_shares", "quantity", QUANTITY_MAX * 10),
    ("supply_shares", "share", math.nan),
])
def test_schema_rejects_out_of_range_numbers(seed_rows, seed, table, column, value):
    rows = [dict(r) for r in seed_rows[table]]
    assert rows, table
    rows[0][column] = value
    if column == "count_best":
        rows[0].update(count_low=value, count_high=value, count_qualifier="exact")
    if column == "share":
        rows[0]["share_qualifier"] = "exact"
    frames = frames_of([seed], [{**seed_rows, table: rows}])
    report = validate_release(frames)
    assert not report.ok and table in report.failures
    cases = report.failures[table]
    assert cases.filter((pl.col("column") == column) | pl.col("check").str.contains(column)).height >= 1, cases
