"""Gated word lists find exactly what their regex finds, in the same order: the index of word
starts only decides where the regex is tried, never what it matches."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedtables import lang
from seedtables.extract import speech
from seedtables.extract.context import lexicon
from seedtables.lang import Gated, lead_keys
from seedtables.seeds import read_seed
from seedtables.text import sentences

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize(("pattern", "keys"), [
    ("soldati", {"sold"}),  # a word's first four letters, when sure
    ("sol(?:e|i)", {"sol"}),  # three, when the fourth may vary
    ("ferit[oi]|mort[oi]", {"feri", "mort"}),  # a pattern of two branches: the keys of both
    ("abc?", {"^a"}),  # the third letter may be absent
    ("di stanza", {"di sta"}),  # a short word keyed with the next one
    ("(?:sono|è|erano) impegnat[oaie]", {"sono", "è imp", "eran"}),
    ("(?<!si )cont(?:a|ano)", {"cont"}),  # a lookbehind takes no letters
    ("ha(?:nno)? perso", {"^h"}),
    (r"F\-16", {"f"}),
    ("[0-9,.]+-strong", None),  # may start with a digit: tried everywhere
    ("(?:sustained|suffered)? injuries", None),  # an optional opening group
    ("(?:(?<=un )|(?<=il ))militare", {"mili"}),  # a group of lookbehinds takes no letters
])
def test_lead_keys(pattern, keys):
    assert lead_keys(pattern) == keys


def _gated_lists():
    for code in ("it", "en"):
        lex, sp = lexicon(code), speech.reader(code)
        yield code, [lex.force_re, lex.supply_verbs, lex.receive_verbs, lex.item_re,
                     *(g for _, g in lex.actions), *(g for _, g in lex.casualty), *(g for _, g in sp.verb_res)]


def test_gated_lists_match_their_regex_on_the_dev_corpus():
    texts = {"it": [], "en": []}
    for path in sorted(DEV.glob("*.txt")):
        seed = read_seed(path, lang.available())
        texts[seed.language] += [s.text for s in sentences(seed.text, seed.title_start, frozenset())]
    found = 0
    for code, lists in _gated_lists():
        for text in texts[code]:
            for g in lists:
                expected = spans(g.rx.finditer(text))
                assert spans(g.finditer(text)) == expected, (code, text)
                found += len(expected)
            # a span of the text, as the readers search between two offsets
            for g in lists:
                assert spans(g.finditer(text, 5, len(text) // 2)) == spans(g.rx.finditer(text, 5, len(text) // 2))
    assert found > 500  # the lists do match real text: the comparison is not of empty results


WORDS = ["si sono aggiunti", "sono impegnati", "è impegnata", "di stanza", "hanno perso", "ha perso",
         "F-16", "S-300", "1,200-strong", "suffered injuries", "sustained injuries", "soldati", "soldier",
         "truppe", "contano", "ne contano", "un militare", "il militare", "militare", "feriti", "morti", "morte"]
NOISE = ["", " ", "  ", "'", "-", "ß", "İ", "ı", "dell'", "l'", "a", "x", "5", "Si", "SONO", "sta", ",", "\n"]
GATED = Gated(["(?:(?<=un )|(?<=il ))militare", "si sono aggiunt[oaie]", "(?:sono|è) impegnat[oaie]", "di stanza",
               "ha(?:nno)? perso",
               "[0-9,.]+-strong", "(?:sustained|suffered) injur(?:y|ies)", "soldat[oi]", "soldiers?",
               "(?<!ne )cont(?:a|ano)", "truppe", "ferit[oi]|mort[oi]"])
ITEMS = Gated(["F-16", "S-300", "Patriot", "Storm Shadow"], escape=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE), max_size=12), st.sampled_from([" ", "", "-", "’"]))
def test_gated_matches_its_regex_on_any_text(parts, joint):
    text = joint.join(parts)
    for g in (GATED, ITEMS):
        assert spans(g.finditer(text)) == spans(g.rx.finditer(text))
        assert (g.search(text) and g.search(text).span()) == (g.rx.search(text) and g.rx.search(text).span())


# the scans word_keys would read them by, read in one (WORD_KEY): its keys must stay theirs
HEAD = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{3}|[^\W\d_]{1,2})")
HEAD4 = re.compile(r"(?<![^\W\d_])[^\W\d_]{4}")
PAIR = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]{1,2} [^\W\d_]{1,3}))")
FIRST = re.compile(r"(?<![^\W\d_])[^\W\d_]")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE + ["a dozen", "hundreds", "metà", "un terzo", "É", "ò 3"]), max_size=12),
       st.sampled_from([" ", "", "-", "’", ", "]))
def test_word_keys_are_the_heads_pairs_and_first_letters_of_the_words(parts, joint):
    text = joint.join(parts)
    known = lang.word_keys(text)
    if known is None:  # a letter folds to two ("ß"): no keys, every list scans the text whole
        assert len(lang.fold(text)) != len(text) or "\u0307" in text
        return
    folded, cache, keys = known
    assert keys == {*HEAD.findall(folded), *HEAD4.findall(folded), *PAIR.findall(folded)}
    assert cache["^"] == set(FIRST.findall(folded))


GATE_WORDS = ["a dozen", "hundreds", "metà", "un terzo", "si sono", "F-16", "soldati"]
GATE = lang.KeyGate(GATE_WORDS)
GATE_RX = re.compile(lang.bounded(lang.alternation(GATE_WORDS)), re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + NOISE + GATE_WORDS + ["a", "dozens", "met", "terzo"]), max_size=12),
       st.sampled_from([" ", "", "-", "’", ", "]))
def test_a_key_gate_never_closes_on_a_text_its_words_stand_in(parts, joint):
    text = joint.join(parts)
    if GATE_RX.search(text):
        assert GATE(text)
    # and a Gated list asked twice for a whole text (the second answer is kept) answers alike
    assert spans(GATED.finditer(text)) == spans(GATED.finditer(text)) == spans(GATED.rx.finditer(text))


def test_a_key_gate_closes_on_a_text_without_its_words():
    assert not GATE("Sono morti tre civili a Gao, e un ferito.")
    assert GATE("Sono morti tre soldati a Gao.") and GATE("A dozen were hurt.") and GATE("La metà dei feriti.")
    assert lang.KeyGate(["[0-9]+ volte"], escape=False)("nessuna parola")  # a lead not sure: always open
