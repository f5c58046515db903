import datetime as dt
import hashlib

import pytest

from seedtables.seeds import SeedError, parse_date, read_seed
from seedtables.text import sentences
from tests.conftest import DATA, SEED


def test_seed_header_title_language_hash(seed):
    assert seed.seed_id == "000_a2b66a124bb8fab2"
    assert seed.title.startswith("La Corea del Nord invia ulteriori truppe in Russia")
    assert (seed.published_start, seed.published_end, seed.published_precision) == (
        dt.date(2025, 2, 1), dt.date(2025, 2, 28), "month")
    assert seed.language == "it"
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert seed.text == SEED.read_text(encoding="utf-8")
    assert seed.text[seed.title_start:].startswith("La Corea del Nord")


def test_english_seed_with_day_header():
    s = read_seed(DATA / "en_wagner_sudan.txt")
    assert s.language == "en"
    assert (s.published_start, s.published_end, s.published_precision) == (
        dt.date(2024, 3, 15), dt.date(2024, 3, 15), "day")


@pytest.mark.parametrize("value,expected", [
    ("2025-02", (dt.date(2025, 2, 1), dt.date(2025, 2, 28), "month")),
    ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")),
    ("2024-12-31", (dt.date(2024, 12, 31), dt.date(2024, 12, 31), "day")),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"La Corea del Nord invia truppe\n\nTesto.", "not a header"),
    (b" date 2025-13 Titolo\n\nTesto.", "no month 13"),
    (b" date 2025-02-30 Titolo\n\nTesto.", "impossible"),
    (b" date 25-02 Titolo\n\nTesto.", "not YYYY-MM"),
    (b" date 2025-02 Caf\xe9 \xff\n\nTesto.", "not UTF-8"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_bad_seeds_are_rejected_with_file_and_problem(tmp_path, content, problem):
    p = tmp_path / "bad_seed.txt"
    p.write_bytes(content)
    with pytest.raises(SeedError) as err:
        read_seed(p)
    assert "bad_seed.txt" in str(err.value)
    assert problem in str(err.value)


def test_language_without_pack_is_rejected(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_text(" date 2025-02 La Corée du Nord envoie des troupes en Russie\n\n"
                 "La Corée du Nord a envoyé de nouvelles troupes dans la région russe de Koursk, selon Séoul.",
                 encoding="utf-8")
    with pytest.raises(SeedError, match="no language pack"):
        read_seed(p, {"it", "en"})


def test_sentences_keep_exact_offsets_and_paragraphs(seed):
    sents = sentences(seed.text, seed.title_start, frozenset())
    assert all(seed.text[s.start:s.end] == s.text for s in sents)
    assert sents[0].is_header and not sents[1].is_header
    assert sents[1].text.startswith("La Corea del Nord ha intensificato")
    assert sents[2].text.startswith("Secondo il National Intelligence Service")
    assert sents[3].paragraph == sents[1].paragraph == 1
    assert sents[4].paragraph == 2


def test_sentence_split_respects_abbreviations_and_quotes():
    text = ' date 2025-01 T\n\nGen. Smith said "We left. They stayed." Then he went home.'
    sents = sentences(text, text.index("T"), frozenset({"gen"}))
    assert [s.text for s in sents[1:]] == ['Gen. Smith said "We left. They stayed."', "Then he went home."]
