"""Corrected § 82 rule sets loaded by the office and kept in the workspace, so every estimate uses them.

A loaded set replaces the bundled set with the same key, or is added beside them. It is validated on import
(schema, semantics, and together with the other sets: no overlapping validity) and rejected whole otherwise.
The documents live in the workspace (``WorkspaceSetting``), so they travel with backups and copies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import Message, message_of
from verbund_desktop.assessment.funding_rules import (
    FundingRuleError,
    FundingRuleSet,
    builtin_rule_sets,
    format_date_de,
    read_json_document,
    rule_set_from_document,
    with_replacements,
)
from verbund_desktop.persistence.models import WorkspaceSetting
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit

SETTING_KEY = "funding.rule_sets"


@dataclass(frozen=True)
class LoadedRuleSet:
    key: str
    title: str
    validity_de: str  # a Message („gültig ab 01.04.2024“): the UI says it in its language
    replaces_builtin: bool


def _stored_documents(session: Session) -> list[dict[str, Any]]:
    row = session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == SETTING_KEY))
    value = row.value if row is not None else None
    return list(value) if isinstance(value, list) else []


def effective_rule_sets(session: Session) -> tuple[FundingRuleSet, ...]:
    """The bundled rule sets with the office's corrections applied."""
    documents = _stored_documents(session)
    if not documents:
        return builtin_rule_sets()
    loaded = [rule_set_from_document(doc, f"{doc.get('key', '?')} (Arbeitsbereich)") for doc in documents]
    try:
        return with_replacements(builtin_rule_sets(), loaded)
    except FundingRuleError as exc:
        # e.g. a correction loaded before the bundled sets were re-dated (2020: from 29.05.2020, § 422)
        raise FundingRuleError(
            Message(
                "Die im Arbeitsbereich geladenen Regelwerke passen nicht zu den mitgelieferten Regelwerken "
                "dieser Programmversion. Bitte die geladenen Regelwerke zurücksetzen oder eine angepasste "
                "Fassung laden. ({why})",
                why=message_of(exc),
            )
        ) from exc


def loaded_rule_sets(ws: Workspace) -> list[LoadedRuleSet]:
    builtin_keys = {rs.key for rs in builtin_rule_sets()}
    with ws.unit_of_work() as uow:
        documents = _stored_documents(uow.session)
        sets = [rule_set_from_document(doc, str(doc.get("key", "?"))) for doc in documents]
    return [LoadedRuleSet(rs.key, rs.title, rs.validity, rs.key in builtin_keys) for rs in sets]


Progress = Callable[[int, int], None]  # (done, total) between the steps; may raise to cancel the import
IMPORT_STEPS = 3  # read and check the file, check it with the sets in use and store it, commit


def import_rule_set(
    ws: Workspace, path: Path, *, actor: str, progress: Progress | None = None
) -> LoadedRuleSet:
    """Validate ``path`` alone and together with the sets in use; store it only when all of that holds.

    ``progress(done, IMPORT_STEPS)`` is called between the steps, the last time just before the commit; when
    it raises (a cancel), the unit of work rolls back and nothing is stored."""
    step = progress or (lambda done, total: None)
    step(0, IMPORT_STEPS)
    document = read_json_document(Path(path), "rule-set.schema.json")
    rule_set = rule_set_from_document(document, Path(path).name)
    with ws.unit_of_work() as uow:
        step(1, IMPORT_STEPS)
        session = uow.session
        documents = [d for d in _stored_documents(session) if d.get("key") != rule_set.key]
        current = effective_rule_sets(session)
        with_replacements(current, [rule_set])  # raises FundingRuleError: nothing is stored then
        documents.append(json.loads(json.dumps(document)))
        row = session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == SETTING_KEY))
        if row is None:
            session.add(WorkspaceSetting(key=SETTING_KEY, value=documents))
        else:
            row.value = documents
        audit.record(
            session,
            actor=actor,
            action="regelwerk_geladen",
            entity_type="funding_rule_set",
            entity_id=None,
            field=rule_set.key,
            new=f"{rule_set.title} ({rule_set.validity_de})",
        )
        step(2, IMPORT_STEPS)  # the last chance to cancel: nothing is stored before the commit
        uow.commit()
    replaces = rule_set.key in {rs.key for rs in builtin_rule_sets()}
    return LoadedRuleSet(rule_set.key, rule_set.title, rule_set.validity, replaces)


def reset_rule_sets(ws: Workspace, *, actor: str) -> int:
    """Back to the bundled rule sets; returns how many loaded sets were removed."""
    with ws.unit_of_work() as uow:
        row = uow.session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == SETTING_KEY))
        count = len(row.value) if row is not None and isinstance(row.value, list) else 0
        if row is not None:
            uow.session.delete(row)
            audit.record(
                uow.session,
                actor=actor,
                action="regelwerke_zurueckgesetzt",
                entity_type="funding_rule_set",
                entity_id=None,
                old=count,
            )
        uow.commit()
    return count


__all__ = [
    "FundingRuleError",
    "LoadedRuleSet",
    "effective_rule_sets",
    "format_date_de",
    "import_rule_set",
    "loaded_rule_sets",
    "reset_rule_sets",
]
