"""The versioned legal text of the consent and information sheet (Art. 13 GDPR), read from a resource file.

``resources/legal/art13-einwilligung.json`` holds every released version of the words with the SHA-256 of its
text: the loader refuses a version whose words no longer match its hash, so changed words need a new version
(the text version is what a consent record names). The file also holds templates of the supervisory
authorities per Land, which the office picks from and checks.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.content_files import ContentError, load_json_document
from verbund_desktop.resources import resource_path

LEGAL_FILE = ("legal", "art13-einwilligung.json")
SCHEMA = "legal-text"


@dataclass(frozen=True)
class PurposeText:
    purpose: ConsentPurpose
    title: str
    description: str
    legal_basis: str
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class SheetText:
    """One version of the words. ``texts`` holds the plain sentences by key (see the resource file)."""

    version: str
    purposes: tuple[PurposeText, ...]
    data_categories: tuple[str, ...]
    rights: tuple[str, ...]
    texts: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def purpose(self, purpose: ConsentPurpose) -> PurposeText:
        return next(p for p in self.purposes if p.purpose is purpose)


@dataclass(frozen=True)
class AuthorityTemplate:
    land: str
    land_name: str
    name: str
    address_lines: tuple[str, ...]
    tag: str


def text_hash(text: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of one version's words (sorted keys, no spaces, UTF-8)."""
    canon = json.dumps(text, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def legal_document(path: Path | None = None) -> dict[str, Any]:
    """The validated document; every version's words must match their hash."""
    path = path or resource_path(*LEGAL_FILE)
    document = load_json_document(path, SCHEMA)
    versions = [v["version"] for v in document["versions"]]
    if len(set(versions)) != len(versions):
        raise ContentError.in_file(path, "Eine Textfassung ist doppelt.")
    if document["current_version"] not in versions:
        raise ContentError.in_file(path, f"Die Textfassung „{document['current_version']}“ fehlt.")
    for entry in document["versions"]:
        if text_hash(entry["text"]) != entry["sha256"]:
            raise ContentError.in_file(
                path,
                f"Der Wortlaut der Textfassung „{entry['version']}“ wurde geändert, ohne eine neue "
                "Textfassung anzulegen.",
            )
        keys = [p["key"] for p in entry["text"]["purposes"]]
        if sorted(keys) != sorted(p.value for p in ConsentPurpose):
            raise ContentError.in_file(path, "Jede Textfassung muss die drei Zwecke je einmal beschreiben.")
    return document


def _sheet_text(entry: dict[str, Any]) -> SheetText:
    text = entry["text"]
    purposes = tuple(
        PurposeText(
            ConsentPurpose(p["key"]), p["title"], p["description"], p["legal_basis"], tuple(p["recipients"])
        )
        for p in text["purposes"]
    )
    plain = {k: v for k, v in text.items() if isinstance(v, str)}
    return SheetText(
        entry["version"],
        tuple(sorted(purposes, key=lambda p: p.purpose.number)),
        tuple(text["data_categories"]),
        tuple(text["rights"]),
        plain,
    )


@cache
def sheet_text(version: str | None = None) -> SheetText:
    """The words of ``version`` (default: the current one). Raises ContentError for an unknown version."""
    document = legal_document()
    wanted = version or document["current_version"]
    for entry in document["versions"]:
        if entry["version"] == wanted:
            return _sheet_text(entry)
    raise ContentError(f"Die Textfassung „{wanted}“ des Einwilligungsblatts ist nicht hinterlegt.")


def current_text_version() -> str:
    return sheet_text().version


@cache
def authority_templates() -> tuple[AuthorityTemplate, ...]:
    return tuple(
        AuthorityTemplate(a["land"], a["land_name"], a["name"], tuple(a["address_lines"]), a["tag"])
        for a in legal_document()["supervisory_authorities"]
    )
