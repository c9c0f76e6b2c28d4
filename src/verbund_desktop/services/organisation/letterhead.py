"""The network's logo on the letterhead of every printout, kept in the workspace (so it travels with backups
and copies): chosen from a PNG or JPEG file, checked and size-limited, recorded in the audit trail."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import (
    InputError,
    Message,
    failure_message,
    message_of,
    too_large_message,
)
from verbund_desktop.files import FileTooLargeError, read_limited
from verbund_desktop.persistence.models import WorkspaceSetting
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.letterhead import MAX_LOGO_BYTES, LogoError, check_logo
from verbund_desktop.services.common import audit

SETTING_KEY = "letterhead.logo"
# In the audit trail: „Arbeitsbereich · geändert · Briefkopf-Logo“ (the trail's words for existing keys).
AUDIT_ENTITY = "workspace"
AUDIT_FIELD = "Briefkopf-Logo"


@dataclass(frozen=True)
class LetterheadLogo:
    data: bytes
    media_type: str  # image/png or image/jpeg
    width: int  # pixels
    height: int


def _row(session: Session) -> WorkspaceSetting | None:
    return session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == SETTING_KEY))


def letterhead(ws: Workspace) -> LetterheadLogo | None:
    """The logo as stored, or None (none chosen, or a stored value that no longer passes the check)."""
    with ws.unit_of_work() as uow:
        row = _row(uow.session)
        value = row.value if row is not None else None
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        return None
    try:
        data = base64.b64decode(value["data"], validate=True)
        media_type, width, height = check_logo(data)
    except (ValueError, LogoError):
        return None
    return LetterheadLogo(data, media_type, width, height)


def letterhead_logo(ws: Workspace) -> bytes | None:
    """The logo's bytes for the report builders (``logo=``), or None."""
    logo = letterhead(ws)
    return logo.data if logo is not None else None


def read_logo_file(path: Path) -> bytes:
    """The file's bytes, refused in German when unreadable or larger than the limit."""
    try:
        return read_limited(Path(path), MAX_LOGO_BYTES)
    except FileTooLargeError as exc:
        raise InputError(too_large_message(exc)) from exc
    except OSError as exc:
        raise InputError(
            Message(
                "Die Datei „{name}“ kann nicht gelesen werden: {reason}.",
                name=Path(path).name,
                reason=failure_message(exc),
            )
        ) from exc


def set_letterhead_logo(ws: Workspace, path: Path, *, actor: str) -> LetterheadLogo:
    """Check the image file at ``path`` and keep it as the letterhead logo (replacing an earlier one)."""
    data = read_logo_file(path)
    try:
        media_type, width, height = check_logo(data)
    except LogoError as exc:
        raise InputError(message_of(exc)) from exc
    value = {"media_type": media_type, "data": base64.b64encode(data).decode("ascii")}
    with ws.unit_of_work() as uow:
        row = _row(uow.session)
        replaced = row is not None
        if row is None:
            uow.session.add(WorkspaceSetting(key=SETTING_KEY, value=value))
        else:
            row.value = value
        audit.record(
            uow.session,
            actor=actor,
            action="update",
            entity_type=AUDIT_ENTITY,
            entity_id=None,
            field=AUDIT_FIELD,
            old="ein früheres Logo" if replaced else None,
            new=f"{media_type}, {width} × {height} Pixel, {len(data) // 1024 + 1} KB",
        )
        uow.commit()
    return LetterheadLogo(data, media_type, width, height)


def remove_letterhead_logo(ws: Workspace, *, actor: str) -> bool:
    """Print without a logo from now on; False when there was none."""
    with ws.unit_of_work() as uow:
        row = _row(uow.session)
        if row is None:
            return False
        uow.session.delete(row)
        audit.record(
            uow.session,
            actor=actor,
            action="delete",
            entity_type=AUDIT_ENTITY,
            entity_id=None,
            field=AUDIT_FIELD,
            old="ein Logo",
        )
        uow.commit()
    return True
