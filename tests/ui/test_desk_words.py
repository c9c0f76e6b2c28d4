"""Words a person uses (issue 14, fifth item): the audit trail shows no internal keys."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.support.plan_support import company_id, employee_id
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as interview
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.protection import audit_words
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.protection.audit_view import AuditDialog, AuditTableModel

ACTOR = "Dr. Sabine Kröger"


def test_audit_trail_names_every_action_and_field_in_words(qtbot: QtBot, demo_ws: Workspace) -> None:
    state = plan_state(demo_ws, employee_id(demo_ws, "MS-02"))
    assert state is not None
    plans.freeze_plan(demo_ws, state.plan_id, actor=ACTOR)
    plans.set_plan_field(demo_ws, state.plan_id, "starting_point", "Neu im Lager.", actor=ACTOR)
    company = company_id(demo_ws, "Südwest Logistik AG")
    draft = interview.start_interview(demo_ws, company, actor=ACTOR)
    interview.save_answer(demo_ws, draft.id, "fachkraefteengpass", True, actor=ACTOR)

    dialog = AuditDialog(WorkspaceContext(demo_ws, ACTOR))
    qtbot.addWidget(dialog)
    model = dialog.view.model
    actions = [model.index(r, AuditTableModel.ACTION).data() for r in range(model.rowCount())]
    fields = [model.index(r, AuditTableModel.FIELD).data() for r in range(model.rowCount())]
    assert "Plan gedruckt und festgeschrieben" in actions and "Ausgangslage" in fields
    assert any(f.startswith("Frage „Haben Sie derzeit Schwierigkeiten") for f in fields)
    leaked = {a for a in actions if "." in a or "_" in a} | {f for f in fields if "_" in f or "interner" in f}
    assert not leaked


def test_an_interview_answer_is_named_by_its_question() -> None:
    assert audit_words.field_words("fachkraefteengpass", {}).startswith("Frage „")
    assert audit_words.field_words("something_new", {}) == "(interner Name: something_new)"
