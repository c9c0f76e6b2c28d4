"""The audit trail window: its table model, and filters that agree with the database."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from verbund_desktop.persistence.models import AuditEvent, CompetencyRating, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.protection.audit_view import query_audit
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.protection.audit_view import AuditDialog, AuditTableModel


def some_changes(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    with ws.unit_of_work() as uow:
        first, second = uow.session.scalars(
            select(Employee.id)
            .where(Employee.pseudonym_code.in_(["BM-01", "SL-01"]))
            .order_by(Employee.pseudonym_code)
        ).all()
    for person, actor in ((first, "Anna Berger"), (second, "Bernd Çelik")):
        assessment = start_reinterview(ws, person, actor=actor)
        with ws.unit_of_work() as uow:
            rating = uow.session.scalars(
                select(CompetencyRating.id).where(CompetencyRating.assessment_id == assessment)
            ).first()
        assert rating is not None
        set_rating_field(ws, rating, RatingField.SELF, 2, actor=actor)  # asked anew: empty before
        set_rating_field(ws, rating, RatingField.NOTE, f"Notiz von {actor}", actor=actor)
    return first, second


def test_the_model_passes_the_model_tester(qtmodeltester: object, demo_ws: Workspace) -> None:
    some_changes(demo_ws)
    model = AuditTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = query_audit(demo_ws)
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(rows) and model.columnCount() == len(AuditTableModel.COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Zeitpunkt"
    note_row = next(i for i, r in enumerate(rows) if r.field == "note")
    assert model.index(note_row, AuditTableModel.FIELD).data() == "Notiz"
    assert model.index(note_row, AuditTableModel.ENTITY).data() == "Bewertung"
    assert model.index(note_row, AuditTableModel.NEW).data().startswith("Notiz von ")


def test_filters_show_exactly_the_matching_events(qtbot: QtBot, demo_ws: Workspace) -> None:
    first, second = some_changes(demo_ws)
    context = WorkspaceContext(demo_ws, "Test")
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    view = dialog.view
    with demo_ws.unit_of_work() as uow:
        total = uow.session.scalar(select(func.count(AuditEvent.id)))
    assert view.model.rowCount() == total and view.count_label.text() == f"{total} Einträge"

    view.person_combo.setCurrentIndex(view.person_combo.findData(str(second)))
    shown = [view.model.row_at(i) for i in range(view.model.rowCount())]
    assert shown and all(r.subject_id == second for r in shown)
    assert {r.subject_label for r in shown} == {"Jäger, Heike (SL-01)"}

    view.actor_combo.setCurrentIndex(view.actor_combo.findData("Anna Berger"))
    assert view.model.rowCount() == 0  # Anna changed only the other person
    view.person_combo.setCurrentIndex(view.person_combo.findData(str(first)))
    assert view.model.rowCount() > 0

    view.entity_combo.setCurrentIndex(view.entity_combo.findData("competency_rating"))
    assert {view.model.row_at(i).field for i in range(view.model.rowCount())} == {"self_level", "note"}

    # The day before the earliest event shown (not the clock now, so a run across midnight holds).
    yesterday = min(view.model.row_at(i).at.date() for i in range(view.model.rowCount())) - timedelta(days=1)
    view.to_check.setChecked(True)
    view.to_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert view.model.rowCount() == 0
    view.reset_filters()
    assert view.model.rowCount() == total


def test_pseudonymised_mode_lists_codes_and_the_menu_opens_the_window(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    from verbund_desktop.ui.shell.main_window import MainWindow

    _, second = some_changes(demo_ws)
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.action_pseudonyms.setChecked(True)
    assert window.protection.menu.title() == "E&xtras"
    dialog = window.protection.show_audit()
    qtbot.addWidget(dialog)
    labels = {dialog.view.person_combo.itemText(i) for i in range(dialog.view.person_combo.count())}
    assert {"BM-01", "SL-01"} <= labels and not any("Jäger" in label for label in labels)
    dialog.view.set_person(second)
    assert {dialog.view.model.row_at(i).subject_label for i in range(dialog.view.model.rowCount())} == {
        "SL-01"
    }
