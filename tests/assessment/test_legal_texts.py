"""The Art. 13 sheet's words are a versioned resource: changed words without a new version fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.assessment.legal_texts import (
    LEGAL_FILE,
    authority_templates,
    legal_document,
    sheet_text,
    text_hash,
)
from verbund_desktop.resources import resource_path
from verbund_desktop.services.protection.consent import DEFAULT_TEXT_VERSION

# Every released text version and the hash of its words. A consent record names its version, so the words of a
# released version must never change: write a new version (and add its hash here) instead.
RELEASED = {"2026-10": "b1e345be70c7df1363367322b845f9efaebebad4882ddd58c20a38be9910806c"}


def test_the_words_of_every_released_version_are_unchanged() -> None:
    document = legal_document()
    versions = {entry["version"]: entry for entry in document["versions"]}
    assert set(RELEASED) <= set(versions)
    for version, expected in RELEASED.items():
        assert text_hash(versions[version]["text"]) == expected == versions[version]["sha256"], version
    assert set(versions) == set(RELEASED), "a new version needs its hash in RELEASED"


def test_changed_words_without_a_new_version_are_refused(tmp_path: Path) -> None:
    document = json.loads(resource_path(*LEGAL_FILE).read_text("utf-8"))
    document["versions"][0]["text"]["voluntary"] += " Geändert."
    changed = tmp_path / "art13-einwilligung.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with pytest.raises(ContentError, match="ohne eine neue Textfassung"):
        legal_document(changed)


def test_a_version_must_describe_all_three_purposes(tmp_path: Path) -> None:
    document = json.loads(resource_path(*LEGAL_FILE).read_text("utf-8"))
    entry = document["versions"][0]
    entry["text"]["purposes"][2]["key"] = "kompetenzerhebung"
    entry["sha256"] = text_hash(entry["text"])
    broken = tmp_path / "art13-einwilligung.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with pytest.raises(ContentError, match="drei Zwecke"):
        legal_document(broken)


def test_the_current_version_is_what_new_records_name_and_covers_every_point_of_article_13() -> None:
    text = sheet_text()
    assert text.version == DEFAULT_TEXT_VERSION
    assert [p.purpose for p in text.purposes] == list(ConsentPurpose)
    assert all(p.legal_basis and p.recipients for p in text.purposes)
    assert any("Agentur für Arbeit" in r for r in text.purpose(ConsentPurpose.FUNDING_APPLICATION).recipients)
    assert any("Weiterbildungsverbund" in r for r in text.purpose(ConsentPurpose.NETWORK_POOLING).recipients)
    assert "Art. 26 DSGVO" in text["network_role"] and "Auftragsverarbeitung" not in text["network_role"]
    assert "{authority}" in text["complaint"] and "{months}" in text["retention"]
    with pytest.raises(ContentError, match="nicht hinterlegt"):
        sheet_text("1999-01")


def test_an_authority_template_for_every_land() -> None:
    templates = authority_templates()
    assert len({t.land for t in templates}) == 16
    assert all(t.name and len(t.address_lines) >= 2 and t.tag == "unverified" for t in templates)
