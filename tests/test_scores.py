"""Extraction quality on the gold corpus, measured with the shared scorer. Floors sit just
under what was measured; a change that drops below them fails."""
import importlib.util

import pytest

from seedtables.publish import write_table
from seedtables.seeds import discover
from seedtables.steps import assemble, extract_batch
from tests.conftest import SHARED
from validation.columns import ALL_TABLES

GOLD = SHARED / "corpus" / "dev"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "corpus" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    frames, _ = assemble([extract_batch([str(p) for p in discover(GOLD)])])
    out = tmp_path_factory.mktemp("release")
    for t in ALL_TABLES:
        write_table(frames[t], out, t)
    return out


def test_seed_article_scores(scorer, release):
    rep = scorer.score(GOLD, release, only={"000_a2b66a124bb8fab2"})
    assert rep["fact_f1"] >= 0.9 and rep["slot_accuracy"] >= 0.9
    assert rep["integrity_violations"] == 0


def test_dev_corpus_floors(scorer, release):
    rep = scorer.score(GOLD, release)
    assert rep["integrity_violations"] == 0
    # measured on the 24 dev articles: fact F1 0.957, slot accuracy 0.966; per table 0.933, 0.994,
    # 0.961, 0.951 (floors just under)
    assert rep["fact_f1"] >= 0.955
    assert rep["slot_accuracy"] >= 0.96
    floors = {"deployments": 0.93, "casualties": 0.99, "supply_shares": 0.955, "statements": 0.945}
    for table, floor in floors.items():
        assert rep["tables"][table]["fact_f1"] >= floor, (table, rep["tables"][table])


DEBRIS = {"it": ["Leggi anche: Kiev, nuovi attacchi con droni sulla capitale", "Foto: Reuters",
                 "Iscriviti alla newsletter", "Riproduzione riservata © Copyright ANSA", "Guarda il video"],
          "en": ["Read more: Russia strikes Kyiv with drones overnight", "Photo: Reuters",
                 "Subscribe to our newsletter", "Advertisement", "Share this article"]}


def test_scraped_debris_changes_nothing(scorer, release, tmp_path):
    """The dev articles as a scraper delivers them, with links, captions and calls to action on
    lines between the paragraphs, score exactly as the clean ones."""
    import random
    import shutil

    from seedtables.seeds import detect_language

    rng = random.Random(3)
    dirty = tmp_path / "gold"
    dirty.mkdir()
    for f in sorted(GOLD.iterdir()):
        if f.suffix != ".txt":
            shutil.copy(f, dirty / f.name)
            continue
        head, _, body = f.read_text(encoding="utf-8").partition("\n")
        lines = DEBRIS[detect_language(body)]
        paras = [p for para in body.split("\n\n") for p in (para, rng.choice(lines)) if p]
        (dirty / f.name).write_text(head + "\n" + "\n\n".join(paras), encoding="utf-8")
    frames, _ = assemble([extract_batch([str(p) for p in discover(dirty)])])
    out = tmp_path / "release"
    out.mkdir()
    for t in ALL_TABLES:
        write_table(frames[t], out, t)
    clean, scraped = scorer.score(GOLD, release), scorer.score(dirty, out)
    assert scraped["integrity_violations"] == 0
    assert scraped["fact_f1"] == clean["fact_f1"]
    assert {t: r["fact_f1"] for t, r in scraped["tables"].items()} == {
        t: r["fact_f1"] for t, r in clean["tables"].items()}
