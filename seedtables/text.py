"""Split a seed's text into paragraphs and sentences, keeping exact offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

from seedtables.lang import fold

OPEN_QUOTES, CLOSE_QUOTES = "«“‘", "»”’"
# The longest a sentence may be. News sentences run to a few hundred characters (the dev
# corpus's longest has 298); a text with no sentence ends ("tutto in minuscolo, senza punti")
# is cut at whitespace into pieces this long, since reading one sentence costs time quadratic
# in its length.
MAX_SENTENCE = 1000
# An apostrophe typeset as a right quote ("dell’Iran", "Russia’s"), half of those in real news:
# read as the straight one the vocabularies write. One character for one, so offsets hold.
TYPESET_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def matchable(text: str) -> str:
    """The text the readers match: typeset apostrophes made straight, every offset kept."""
    return TYPESET_APOSTROPHE.sub("'", text) if "’" in text else text


# A sentence ends at . ! ? (and any closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote. A match starts only at the first mark of a run: one that fails
# there fails at every later mark too, and trying each would cost quadratic time on "......".
END = re.compile(r"(?<![.!?…])[.!?…]+[»”’\"')\]]*(?=\s+[\"«“‘(]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # 0 is the header line
    index: int  # position in the article
    line_start: int = 0  # the line holding the sentence: text[line_start:line_end], no line break
    line_end: int = 0

    @property
    def is_header(self) -> bool:
        return self.paragraph == 0


def _last_two_words(chunk: str, lo: int, hi: int) -> tuple[str, str]:
    """The last two whitespace-separated words of chunk[lo:hi] (the last first; '' for none), as
    chunk[lo:hi].rsplit(None, 1) finds them, but reading back only over those words."""
    words = []
    i = hi
    while len(words) < 2:
        while i > lo and chunk[i - 1].isspace():
            i -= 1
        if i == lo:
            break
        j = i
        while j > lo and not chunk[j - 1].isspace():
            j -= 1
        words.append(chunk[j:i])
        i = j
    return (words + ["", ""])[0], (words + ["", ""])[1]


class _Quotes:
    """Quotation marks counted from a start to a position that only moves forward: each
    character is counted once, so a whole text costs linear time whatever its length."""

    def __init__(self, text: str, start: int):
        self.text = text
        self.reset(start)

    def reset(self, start: int) -> None:
        self.pos, self.depth, self.straight = start, 0, 0

    def outside(self, upto: int) -> bool:
        """True when position `upto` is outside quotation marks (straight quotes counted by parity)."""
        if upto > self.pos:
            t, a = self.text, self.pos
            self.depth += sum(t.count(q, a, upto) for q in OPEN_QUOTES) - sum(t.count(q, a, upto) for q in CLOSE_QUOTES)
            self.straight += t.count('"', a, upto)
            self.pos = upto
        return self.depth <= 0 and self.straight % 2 == 0


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], trimmed of surrounding whitespace. Linear in the
    length: every candidate end reads back only over its last two words, and quotation marks
    are counted as the candidates advance."""
    chunk = text[start:end]
    spans, cut = [], 0
    quotes = _Quotes(chunk, 0)
    for m in END.finditer(chunk):
        word, prev_word = _last_two_words(chunk, cut, m.start())
        last_word = word.lstrip("(«“\"")
        if fold(last_word) in abbreviations:
            continue  # "Gen. Smith"
        if re.fullmatch(r"[A-Z]", last_word) and (not prev_word or prev_word[:1].isupper()):
            continue  # "J. Smith", "George W. Bush"; but "he wrote on X. He added" ends here
        if not quotes.outside(m.end()) and m.end() - cut < 600:
            continue  # a full stop inside a quotation does not end the sentence around it
        spans.append((cut, m.end()))
        cut = m.end()
        quotes.reset(cut)
    spans.append((cut, len(chunk)))
    out = []
    for a, b in (piece for span in spans for piece in _pieces(chunk, *span)):
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            out.append((start + a + lead, start + a + lead + len(seg)))
    return out


def _pieces(chunk: str, a: int, b: int):
    """[a, b) cut at whitespace into spans of at most MAX_SENTENCE characters (at any character
    when a single word is longer)."""
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = limit
        while cut > a and not chunk[cut - 1].isspace():
            cut -= 1
        if cut == a:
            cut = limit
        yield a, cut
        a = cut
    yield a, b


def sentences(text: str, title_start: int, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Every sentence of the seed: the header's title first, then the body line by line.

    Scraped articles put sub-headings, captions and bylines on lines of their own, so every
    line break ends a sentence; blank lines end a paragraph.
    """
    out: list[Sentence] = []
    header_end = text.find("\n")
    header_end = len(text) if header_end < 0 else header_end
    for a, b in split_sentences(text, title_start, header_end, abbreviations):
        out.append(Sentence(a, b, text[a:b], 0, len(out), 0, header_end))
    paragraph, blank = 1, False
    pos = header_end + 1
    for line in text[header_end + 1:].split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            blank = True
            continue
        if blank and out and out[-1].paragraph >= paragraph:
            paragraph += 1
        blank = False
        for a, b in split_sentences(text, line_start, line_end, abbreviations):
            out.append(Sentence(a, b, text[a:b], paragraph, len(out), line_start, line_end))
    return out
