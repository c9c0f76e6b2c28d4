"""The conflicts dialog of ``make screenshots`` from a scripted conflict, built as ``tests/sync/harness.py`` does:
an office on a SQLite copy of an (unencrypted) demo, two laptops; both change the same person's notes and both
add a department „Versand“ to the same company; A syncs first, so B meets a field conflict and a duplicate name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from screenshot_scenes import Camera, settle, until
from sqlalchemy import select, update

from tests.sync.harness import Direct, Office, laptop
from verbund_desktop.persistence.models import Company, Department, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.shell.main_window import MainWindow


def _change(ws: Workspace, notes: str) -> None:
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == "BM-01")).one()
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        firm = uow.session.scalars(select(Company.id).where(Company.name.startswith("Bäckerei"))).one()
        uow.session.add(Department(company_id=firm, name="Versand"))
        uow.commit()


def conflicted_laptop(workdir: Path) -> Workspace:
    """Laptop B with two open conflicts (the other laptop is closed again)."""
    folder = workdir / "sync"
    folder.mkdir()
    template = folder / "demo.db"
    create_demo_workspace(template, None).close()
    office = Office(template, folder)
    a, b = laptop(template, folder, "a"), laptop(template, folder, "b")
    _change(a, "Möchte die Schulung im Frühjahr machen (A).")
    sync(a, Direct(office, office.scope()))
    a.close()
    _change(b, "Schulung erst nach der Inventur (B).")
    sync(b, Direct(office, office.scope()))
    return b


def conflicts(cam: Camera, window: MainWindow, workdir: Path) -> Iterator[int]:
    from verbund_desktop.ui.sync.conflicts_dialog import ConflictsDialog

    ws = conflicted_laptop(workdir)
    dialog = ConflictsDialog(WorkspaceContext(ws, "Dr. Sabine Kröger"), window)
    dialog.show()
    yield from until(lambda: dialog.isVisible() and dialog.list.count() >= 2, "the conflicts")
    dialog.list.setCurrentRow(0)
    yield from settle(400)
    cam.screen("konflikte")
    dialog.close()
    ws.close()
