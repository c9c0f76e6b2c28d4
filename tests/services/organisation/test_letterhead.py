"""The letterhead logo as the workspace keeps it: PNG or JPEG, checked and size-limited, a bad file refused in
German with nothing changed, choosing and removing in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.logos import logo_file
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import AuditEvent
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation import letterhead


def test_a_logo_is_checked_kept_in_the_workspace_and_audited(ws: Workspace, tmp_path: Path) -> None:
    assert letterhead.letterhead(ws) is None
    kept = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "logo.png"), actor="Test")
    assert (kept.media_type, kept.width, kept.height) == ("image/png", 200, 50)
    assert letterhead.letterhead_logo(ws) == (tmp_path / "logo.png").read_bytes()
    jpeg = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "logo.jpg", "JPEG"), actor="Test")
    assert jpeg.media_type == "image/jpeg" and letterhead.letterhead_logo(ws) == jpeg.data
    assert letterhead.remove_letterhead_logo(ws, actor="Test") and letterhead.letterhead(ws) is None
    assert not letterhead.remove_letterhead_logo(ws, actor="Test")
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.field == letterhead.AUDIT_FIELD).order_by(AuditEvent.at)
        ).all()
        trail = [(e.entity_type, e.action, e.old_value, e.new_value) for e in events]
    assert trail == [
        ("workspace", "update", None, "image/png, 200 × 50 Pixel, 1 KB"),
        (
            "workspace",
            "update",
            "ein früheres Logo",
            f"image/jpeg, 200 × 50 Pixel, {len(jpeg.data) // 1024 + 1} KB",
        ),
        ("workspace", "delete", "ein Logo", None),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a" + b"\0" * 64, "PNG- oder JPEG-Datei"),
        (b"\x89PNG\r\n\x1a\n" + b"kaputt" * 10, "PNG- oder JPEG-Datei"),
        (b"\xff\xd8\xff" + b"\0" * (1024 * 1024 + 10), "zu groß"),
    ],
    ids=["gif", "damaged-png", "too-large"],
)
def test_a_bad_image_is_refused_in_german_and_nothing_changes(
    ws: Workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    before = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "gut.png"), actor="Test").data
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=message):
        letterhead.set_letterhead_logo(ws, bad, actor="Test")
    assert letterhead.letterhead_logo(ws) == before


def test_an_image_of_absurd_pixel_size_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Pixel"):
        letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "riesig.png", size=(4100, 20)), actor="Test")
    assert letterhead.letterhead(ws) is None
