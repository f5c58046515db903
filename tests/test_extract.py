"""Each table's extraction on the seed article and on a hand-written English article."""
import datetime as dt

import pytest

from seedtables.extract.article import extract_seed
from seedtables.seeds import read_seed
from tests.conftest import DATA


def find(rows, **kw):
    return [r for r in rows if all(r.get(k) == v for k, v in kw.items())]


def test_every_row_points_at_its_sentence(seed, seed_rows):
    for table, rows in seed_rows.items():
        assert rows, table
        span = "text" if table == "numbers" else "evidence"
        for r in rows:
            assert seed.text[r["char_start"]:r["char_end"]] == r[span]


def test_seed_deployments(seed_rows):
    rows = seed_rows["deployments"]
    vlad = find(rows, location="Vladivostok")
    assert len(vlad) == 1
    assert vlad[0] | {} == vlad[0] and (vlad[0]["sender"], vlad[0]["host"], vlad[0]["location_adm1"]) == (
        "PRK", "RUS", "RU-PRI")
    assert (vlad[0]["force"], vlad[0]["purpose"], vlad[0]["count_best"], vlad[0]["count_qualifier"]) == (
        "special_forces", "training", 1500, "approx")
    assert (vlad[0]["date_start"], vlad[0]["date_end"], vlad[0]["date_basis"]) == (
        dt.date(2024, 10, 1), dt.date(2024, 10, 31), "text")
    redeploy = find(rows, action="redeploy")
    assert len(redeploy) == 1
    assert redeploy[0]["attributed_country"] == "KOR" and "NIS" in redeploy[0]["attributed_to"]
    assert (redeploy[0]["date_start"], redeploy[0]["date_end"], redeploy[0]["date_precision"]) == (
        dt.date(2025, 2, 1), dt.date(2025, 2, 7), "week")
    over = find(rows, count_qualifier="over")
    assert [(r["count_low"], r["count_best"], r["count_high"]) for r in over] == [(1000, 1000, None)]
    presence = find(rows, action="presence")
    assert presence and presence[0]["attributed_country"] == "UKR"


def test_seed_casualties(seed_rows):
    rows = seed_rows["casualties"]
    killed = find(rows, casualty_type="killed")
    wounded = find(rows, casualty_type="wounded")
    assert [(r["party"], r["count_best"], r["count_qualifier"]) for r in killed] == [("PRK", 300, "approx")]
    assert [(r["party"], r["count_best"]) for r in wounded] == [("PRK", 2700)]
    assert killed[0]["date_precision"] == "part_of_month" and killed[0]["date_text"] == "metà gennaio"
    assert killed[0]["location_adm1"] == "RU-KRS" and killed[0]["attributed_country"] == "KOR"


def test_seed_supply_shares(seed_rows):
    rows = seed_rows["supply_shares"]
    share = find(rows, item="artillery_ammunition")
    assert share and share[0]["share"] == 0.5 and share[0]["share_qualifier"] == "approx"
    assert share[0]["share_of"].startswith("munizioni d'artiglieria")
    assert {r["item"] for r in find(rows, supplier="RUS", recipient="PRK")} == {"technology", "food", "financial"}
    assert {r["item"] for r in find(rows, supplier="PRK", recipient="RUS")} >= {"ammunition", "weapons"}


def test_seed_statements(seed_rows):
    rows = seed_rows["statements"]
    zel = find(rows, speaker="Volodymyr Zelensky")
    assert {r["speech_act"] for r in zel} == {"claim", "urge"}
    assert all(r["speaker_country"] == "UKR" and r["speaker_type"] == "person" for r in zel)
    assert "presidente" in find(zel, speech_act="claim")[0]["speaker_role"]
    confirm = find(rows, speech_act="confirm")
    assert confirm[0]["speaker"] == "autorità ucraine" and confirm[0]["speaker_country"] == "UKR"
    nis = [r for r in rows if "National Intelligence Service" in r["speaker"]]
    assert nis and nis[0]["speaker_country"] == "KOR" and nis[0]["speech_act"] == "claim"


@pytest.fixture(scope="module")
def english_rows():
    seed = read_seed(DATA / "en_wagner_sudan.txt")
    # the header line is read too (codebook 1); these tests look at the body
    return {t: [r for r in rows if r["char_start"] >= seed.body_start]
            for t, rows in extract_seed(seed).items()}


def test_english_casualties_and_denial(english_rows):
    cas = english_rows["casualties"]
    assert {(r["casualty_type"], r["count_low"], r["count_best"], r["count_qualifier"]) for r in cas} == {
        ("killed", 45, 45, "at_least"), ("wounded", 120, 120, "over")}
    assert all(r["personnel"] == "civilian" and r["location_adm1"] == "SD-DN" for r in cas)
    assert all(r["date_start"] == dt.date(2024, 3, 12) for r in cas)  # dated by the report
    deny = find(english_rows["statements"], speech_act="deny")
    assert deny and deny[0]["speaker"] == "Dmitry Peskov" and deny[0]["speaker_country"] == "RUS"
    # the denied presence is not a deployment row
    assert not [r for r in english_rows["deployments"] if "denied" in r["evidence"]]


def test_english_deployment_and_supply(english_rows):
    dep = english_rows["deployments"]
    assert [(r["sender"], r["host"], r["force"], r["count_best"], r["count_qualifier"]) for r in dep] == [
        ("RUS", "SDN", "advisers", 300, "approx")]
    sup = english_rows["supply_shares"]
    assert [(r["supplier"], r["recipient"], r["item"]) for r in sup] == [("IRN", "SDN", "drones")]
    quote = [r for r in english_rows["statements"] if r["direct_quote"]]
    assert quote and "flow of weapons" in quote[0]["content"]
