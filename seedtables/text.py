"""Split a seed's text into paragraphs and sentences, keeping exact offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_QUOTES, CLOSE_QUOTES = "«“‘", "»”’"
# A sentence ends at . ! ? (and any closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote.
END = re.compile(r"[.!?…]+[»”’\"')\]]*(?=\s+[\"«“‘(]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # 0 is the header line
    index: int  # position in the article

    @property
    def is_header(self) -> bool:
        return self.paragraph == 0


def _quote_depth_ok(text: str, upto: int) -> bool:
    """True when position `upto` is outside quotation marks (straight quotes counted by parity)."""
    depth = sum(text.count(q, 0, upto) for q in OPEN_QUOTES) - sum(text.count(q, 0, upto) for q in CLOSE_QUOTES)
    return depth <= 0 and text.count('"', 0, upto) % 2 == 0


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], trimmed of surrounding whitespace."""
    chunk = text[start:end]
    spans, cut = [], 0
    for m in END.finditer(chunk):
        before = chunk[cut:m.start()].rsplit(None, 1)
        last_word = before[-1].lstrip("(«“\"") if before else ""
        if last_word.lower() in abbreviations:
            continue  # "Gen. Smith"
        prev_word = before[0].rsplit(None, 1)[-1] if len(before) > 1 and before[0].split() else ""
        if re.fullmatch(r"[A-Z]", last_word) and (not prev_word or prev_word[:1].isupper()):
            continue  # "J. Smith", "George W. Bush"; but "he wrote on X. He added" ends here
        if not _quote_depth_ok(chunk[cut:], m.end() - cut) and m.end() - cut < 600:
            continue  # a full stop inside a quotation does not end the sentence around it
        spans.append((cut, m.end()))
        cut = m.end()
    spans.append((cut, len(chunk)))
    out = []
    for a, b in spans:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg:
            out.append((start + a + lead, start + a + lead + len(seg)))
    return out


def sentences(text: str, title_start: int, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Every sentence of the seed: the header's title first, then the body line by line.

    Scraped articles put sub-headings, captions and bylines on lines of their own, so every
    line break ends a sentence; blank lines end a paragraph.
    """
    out: list[Sentence] = []
    header_end = text.find("\n")
    header_end = len(text) if header_end < 0 else header_end
    for a, b in split_sentences(text, title_start, header_end, abbreviations):
        out.append(Sentence(a, b, text[a:b], 0, len(out)))
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
            out.append(Sentence(a, b, text[a:b], paragraph, len(out)))
    return out
