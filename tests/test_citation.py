"""A release can be cited and archived with a DOI: CITATION.cff and .zenodo.json at the top of
the repository agree, and each release's datapackage says how to cite that very version."""
import json
from pathlib import Path

import yaml

from seedtables.publish import CITATION_TITLE, publish
from seedtables.steps import assemble, extract_batch

ROOT = Path(__file__).resolve().parent.parent


def test_citation_files_agree_on_title_and_licence():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    zenodo = json.loads((ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["title"] == zenodo["title"] == f"seedtables: {CITATION_TITLE}"
    assert cff["license"] == zenodo["license"] == "CC-BY-4.0"
    assert [a["name"] for a in cff["authors"]] == [c["name"] for c in zenodo["creators"]]
    assert zenodo["upload_type"] == "dataset"


def test_each_release_says_how_to_cite_its_version(tmp_path):
    frames, _ = assemble([extract_batch(sorted((ROOT / "seeds").glob("*.txt")))])
    first = publish(frames, tmp_path)
    package = json.loads((first.path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["citation"]["version"] == package["version"] == first.version.lstrip("v")
    assert package["citation"]["license"] == package["licenses"][0]["name"]
    assert f"Version {package['version']}" in package["citation"]["cite_as"]
