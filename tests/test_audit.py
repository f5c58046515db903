"""The numbers table: every number of a seed's body is used, set aside with a reason, or unread.
Cases per reason in both languages, written about conflicts outside the dev corpus."""
import pytest

from seedtables import lang
from seedtables.extract.article import extract_seed
from seedtables.seeds import read_seed

# (language, sentence, the number as written, outcome, reason)
CASES = [
    ("it", "Il 14 marzo 2024 un attacco con droni ha ucciso tre civili a Kherson.", "2024", "set_aside", "date"),
    ("en", "On 14 March 2024 a drone attack killed three civilians in Kherson.", "14", "set_aside", "date"),
    ("it", "L'esplosione è avvenuta alle 7.30 vicino al mercato di Mogadiscio.", "7.30", "set_aside", "time"),
    ("en", "The blast hit the market in Mogadishu at 7:30 a.m. on Friday.", "7:30", "set_aside", "time"),
    ("it", "Tra i feriti c'è un ragazzo di 14 anni, ricoverato a Goma.", "14", "set_aside", "age"),
    ("en", "A 14-year-old boy was among the wounded taken to hospital in Goma.", "14", "set_aside", "age"),
    ("en", "Pyongyang has shipped KN-23 missiles to Russia, officials said.", "KN-23", "set_aside", "identifier"),
    ("en", "The strike used a 2,000-pound bomb, the army said.", "2,000", "set_aside", "identifier"),
    ("it", "Il convoglio ha percorso 40 chilometri prima dell'imboscata vicino a Kidal.", "40", "set_aside", "measure"),
    ("en", "The convoy had travelled 40 kilometres before the ambush near Kidal.", "40", "set_aside", "measure"),
    ("it", "Secondo l'ONU, 30.000 persone sono sfollate dopo gli scontri nel Nord Kivu.", "30.000", "set_aside",
     "displaced"),
    ("en", "Some 30,000 people have been displaced by the fighting in North Kivu, the UN said.", "30,000",
     "set_aside", "displaced"),
    ("it", "Nella notte l'esercito ha condotto 12 raid aerei sulla provincia di Idlib.", "12", "set_aside",
     "event_count"),
    ("en", "Overnight the army carried out 12 air strikes on Idlib province.", "12", "set_aside", "event_count"),
    ("it", "I bombardamenti hanno distrutto 200 edifici nel centro di Khan Younis.", "200", "set_aside",
     "out_of_scope"),
    ("en", "The shelling destroyed 200 buildings in central Khan Younis.", "200", "set_aside", "out_of_scope"),
    ("it", "Sono stati uccisi 25 civili, tra cui 9 bambini, nel raid su Tiro.", "9", "set_aside", "subset"),
    ("en", "The raid on Tyre killed 25 civilians, including 9 children.", "9", "set_aside", "subset"),
    ("it", "Sono stati uccisi 25 civili, tra cui 9 bambini, nel raid su Tiro.", "25", "used", None),
    ("en", "The raid on Tyre killed 25 civilians, including 9 children.", "25", "used", None),
]


def _numbers(tmp_path, language, sentence):
    title = "Notizie dal fronte" if language == "it" else "News from the front"
    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-03 {title}\n\n{sentence}\n", encoding="utf-8")
    seed = read_seed(path, lang.available())
    rows = extract_seed(seed)
    return seed, rows


@pytest.mark.parametrize("language,sentence,number,outcome,reason", CASES)
def test_each_number_gets_its_outcome_and_reason(tmp_path, language, sentence, number, outcome, reason):
    seed, rows = _numbers(tmp_path, language, sentence)
    found = [n for n in rows["numbers"] if n["text"] == number]
    assert found, [n["text"] for n in rows["numbers"]]
    assert (found[0]["outcome"], found[0]["reason"]) == (outcome, reason)
    for n in rows["numbers"]:  # provenance: the text is where the offsets say
        assert seed.text[n["char_start"]:n["char_end"]] == n["text"]


def test_a_used_number_links_the_row_it_is_the_figure_of(tmp_path):
    _, rows = _numbers(tmp_path, "en", "The raid on Tyre killed 25 civilians, including 9 children.")
    used = [n for n in rows["numbers"] if n["outcome"] == "used"]
    ids = {r["record_id"] for r in rows["casualties"]}
    assert used and all(n["fact_table"] == "casualties" and n["fact_record_id"] in ids for n in used)


def test_the_header_line_is_not_audited(tmp_path):
    _, rows = _numbers(tmp_path, "it", "Nessun numero qui.")
    assert rows["numbers"] == []
