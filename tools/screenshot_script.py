"""The scenes of ``make screenshots``: a visit through the demo workspace, each stop saved as the docs name it.

Every scene selects through the window (tree, tabs, buttons, menu actions) and waits on the event loop; data is
prepared through the services only where the docs show a state a visit would reach later (a reopened needs
interview, a follow-up interview in progress, a joint course with two confirmed seats, a network logo).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget
from screenshot_scenes import PASSPHRASE, Camera, later, modal, press, settle, until
from sqlalchemy import select

from verbund_desktop.persistence.models import Company, Employee, Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.ui.shell.app import DesktopApplication, main_window_class
from verbund_desktop.ui.shell.main_window import MainWindow

ACTOR = "Dr. Sabine Kröger"
ROOT = Path(__file__).resolve().parent.parent
OFFERS_SAMPLE = ROOT / "tests" / "data" / "openqcat" / "full-utf8.xml"


def tab(tabs: QTabWidget, context: str, german: str) -> QWidget:
    """Show the tab titled ``german`` (in the UI language) and return it."""
    title = QCoreApplication.translate(context, german)
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    tabs.setCurrentIndex(index)
    widget = tabs.widget(index)
    assert widget is not None
    return widget


def person(ws: Workspace, code: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == code)).one()


def company(ws: Workspace, prefix: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Company.id).where(Company.name.startswith(prefix))).one()


def logo(path: Path) -> Path:
    """A plain two-colour mark standing in for a network's logo on the letterhead."""
    image = QImage(320, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 80, 80, QColor(31, 95, 115))
    painter.fillRect(96, 20, 224, 40, QColor(230, 140, 40))
    painter.end()
    image.save(str(path), "PNG")
    return path


def prepare(ws: Workspace, workdir: Path) -> None:
    """States the docs show that a visit reaches later than the demo: see the module's docstring."""
    from verbund_desktop.services.competency.assessments import start_reinterview
    from verbund_desktop.services.needs import company_interview
    from verbund_desktop.services.organisation.letterhead import set_letterhead_logo

    metal = company(ws, "Metallbau")
    state = company_interview.latest_interview(ws, metal)
    assert state is not None
    company_interview.reopen_interview(ws, state.id, actor=ACTOR)
    company_interview.save_answer(ws, state.id, "strukturwandel", True, actor=ACTOR)  # a follow-up opens
    start_reinterview(ws, weiss(ws), actor=ACTOR)
    set_letterhead_logo(ws, logo(workdir / "logo.png"), actor=ACTOR)
    with ws.unit_of_work() as uow:
        firm = uow.session.scalars(select(Company).where(Company.name == "Südwest Logistik AG")).one()
        uow.session.add(
            Employee(company_id=firm.id, first_name="Ülkü", last_name="Zöllner", pseudonym_code="SL-88")
        )
        uow.commit()


def weiss(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).where(Employee.last_name == "Weiß")).one()


def open_program(workdir: Path) -> Iterator[int]:
    """The demo workspace (encrypted, as ``Datei › Neuer Arbeitsbereich › Demo`` makes it) in the main window,
    shown as the program shows it; the window fills the screen like a maximised one."""
    ws = create_demo_workspace(workdir / "demo.db", PASSPHRASE)
    prepare(ws, workdir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = main_window_class()(ws)
    desktop = DesktopApplication(app)
    desktop.show(window)
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    yield from until(window.isVisible, "the main window")
    window.activateWindow()
    yield from settle(500)
    return window  # type: ignore[misc]


def companies(cam: Camera, window: MainWindow) -> Iterator[int]:
    from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView

    ws = window.workspace
    window.select("company", company(ws, "Metallbau"))
    window.tree.expand(window.tree.currentIndex())
    yield from settle()
    cam.screen("betriebe")
    view = tab(window.company_tabs, "CompanyInterviewView", "Bedarfsanalyse")
    assert isinstance(view, CompanyInterviewView)
    view.go_to_section(1)
    yield from settle()
    cam.screen("bedarfsanalyse")

    window.select("company", company(ws, "Bäckerei"))
    view = tab(window.company_tabs, "CompanyInterviewView", "Bedarfsanalyse")
    assert isinstance(view, CompanyInterviewView)
    yield from settle()
    cam.screen("desk-bedarfsanalyse-abgeschlossen")
    later(view.new_button.click)  # asks first: a new draft beside the completed interview
    box = yield from modal(QMessageBox, "the question before a new needs interview")
    press(box)
    yield from until(lambda: QApplication.activeModalWidget() is None, "the question to close")
    yield from until(lambda: view.recorder.editable and view.complete_button.isEnabled(), "the new draft")
    view.complete_button.click()  # too early: the banner lists the open questions, with its close button
    yield from until(view.interview_page.banner.isVisible, "the banner of open questions")
    yield from settle()
    cam.screen("desk-bedarfsanalyse-entwurf")


def about(cam: Camera, window: MainWindow) -> Iterator[int]:
    later(window.action_about.trigger)
    dialog = yield from modal(QDialog, "the About box")
    cam.window("desk-info", dialog)
    dialog.close()  # type: ignore[attr-defined]
    yield from settle()


def interviews(cam: Camera, window: MainWindow) -> Iterator[int]:
    ws = window.workspace
    window.select("employee", weiss(ws))
    tab(window.employee_tabs, "CompetencyView", "Kompetenzgespräch")
    yield from settle(400)
    cam.screen("kompetenzgespraech")
    tab(window.employee_tabs, "HistoryView", "Verlauf")
    yield from settle(400)
    cam.screen("verlauf")
    window.select("employee", person(ws, "MS-02"))
    tab(window.employee_tabs, "CompetencyView", "Kompetenzgespräch")
    yield from settle(400)
    cam.screen("desk-kompetenzgespraech")


def plan(cam: Camera, window: MainWindow) -> Iterator[int]:
    from verbund_desktop.ui.planning.plan_editor import PlanEditor

    window.select("employee", person(window.workspace, "BM-02"))
    editor = tab(window.employee_tabs, "PlanEditor", "Entwicklungsplan")
    assert isinstance(editor, PlanEditor)
    yield from settle(400)
    editor.tabs.setCurrentIndex(0)
    yield from settle()
    cam.screen("entwicklungsplan-vorschlaege")
    editor.table.setFocus()
    editor.table.selectRow(0)
    editor.tabs.setCurrentIndex(1)
    yield from settle()
    cam.screen("entwicklungsplan-editor")
    later(editor.preview_button.click)
    yield from until(lambda: editor.preview is not None and editor.preview.isVisible(), "the preview")
    yield from settle(800)
    cam.screen("vorschau")
    assert editor.preview is not None
    editor.preview.reject()
    yield from settle()


def privacy(cam: Camera, window: MainWindow) -> Iterator[int]:
    from verbund_desktop.assessment.consent_purposes import ConsentPurpose
    from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
    from verbund_desktop.ui.protection.privacy_view import PrivacyTab

    ws = window.workspace
    window.select("employee", person(ws, "BM-04"))
    view = tab(window.employee_tabs, "PrivacyTab", "Datenschutz")
    assert isinstance(view, PrivacyTab)
    view.table.selectRow(0)
    yield from settle(400)
    cam.screen("datenschutz")
    window.select("employee", person(ws, "SL-88"))
    view = tab(window.employee_tabs, "PrivacyTab", "Datenschutz")
    assert isinstance(view, PrivacyTab)
    yield from settle()
    later(view.record_button.click)
    dialog = yield from modal(ConsentDialog, "the consent dialog")
    dialog.purposes[ConsentPurpose.INTERVIEW_AND_PLAN].setChecked(True)  # type: ignore[attr-defined]
    dialog.purposes[ConsentPurpose.FUNDING_APPLICATION].setChecked(True)  # type: ignore[attr-defined]
    yield from settle()
    cam.screen("einwilligung")
    dialog.reject()  # type: ignore[attr-defined]
    yield from settle()


def offers(cam: Camera, window: MainWindow) -> Iterator[int]:
    later(lambda: window.offer_actions.import_file(OFFERS_SAMPLE))
    box = yield from modal(QMessageBox, "the import's summary")
    press(box, QMessageBox.StandardButton.Yes)  # „Jetzt prüfen?“
    yield from until(lambda: window.offer_actions.dialog is not None, "the offers review")
    dialog = window.offer_actions.dialog
    assert dialog is not None
    yield from until(dialog.isVisible, "the offers review to show")
    yield from settle(500)
    cam.window("angebote-pruefen", dialog)
    dialog.close()
    yield from settle()


def network(cam: Camera, window: MainWindow) -> Iterator[int]:
    from verbund_desktop.ui.network.joint_course_view import JointCoursesView
    from verbund_desktop.ui.network.pool_view import PoolView

    ws = window.workspace
    with ws.unit_of_work() as uow:
        network_id = uow.session.scalars(select(Network.id)).one()
    window.select("network", network_id)
    yield from settle(400)
    cam.screen("verbund-knoten")
    pool = tab(window.network_tabs, "PoolView", "Bedarf im Verbund")
    assert isinstance(pool, PoolView)
    yield from until(lambda: pool.demand is not None, "the pooled demand")
    demand = pool.demand
    assert demand is not None
    best = max(demand.cells, key=lambda c: (c.companies, c.people))
    pool.heat.setFocus()
    pool.heat.setCurrentCell(
        [cid for cid, _label in demand.competences].index(best.competence_id),
        list(demand.levels).index(best.level),
    )
    yield from settle()
    cam.screen("verbund-heatmap")
    course = joint_course(ws, best.competence_id, best.level)
    view = tab(window.network_tabs, "JointCoursesView", "Verbundmaßnahmen")
    assert isinstance(view, JointCoursesView)
    view.refresh(select=course)
    yield from until(lambda: view.detail is not None, "the joint course")
    yield from settle(400)
    cam.screen("verbundmassnahme")


def joint_course(ws: Workspace, competence: uuid.UUID, level: int) -> uuid.UUID:
    """The course the end-to-end test builds by keyboard: two seats from two companies, confirmed."""
    from datetime import date
    from decimal import Decimal

    from verbund_desktop.assessment.network_terms import CourseStatus
    from verbund_desktop.services.network import joint_courses as jc
    from verbund_desktop.services.network.joint_course_views import seat_candidates

    draft = jc.CourseDraft(
        competence_id=competence,
        target_level=level,
        title="Datenschutz im Betrieb",
        min_seats=2,
        hours=Decimal(160),
        total_cost_eur=Decimal(6000),
        azav=True,
        start_date=date(2027, 3, 1),
        end_date=date(2027, 5, 31),
    )
    course = jc.create_joint_course(ws, draft, actor=ACTOR)
    chosen: dict[str, uuid.UUID] = {}
    for candidate in seat_candidates(ws, course):
        chosen.setdefault(candidate.company, candidate.employee_id)
    for employee in list(chosen.values())[:2]:
        jc.confirm_seat(ws, jc.propose_seat(ws, course, employee, actor=ACTOR), actor=ACTOR)
    jc.set_course_status(ws, course, CourseStatus.CONFIRMED, actor=ACTOR)
    return course


def lock(cam: Camera, window: MainWindow) -> Iterator[int]:
    guard = window.protection.lock
    guard.set_timeout_seconds(0.3)  # the auto-lock after a pause (the real default is minutes)
    yield from until(lambda: guard.is_locked, "the auto-lock")
    yield from settle(400)
    cam.screen("sperrbildschirm")
    assert guard.try_unlock(PASSPHRASE)
    guard.set_timeout_seconds(3600)
    yield from settle()
    window.activateWindow()
    window.tree.setFocus()
    yield from settle()
    guard.lock_now()  # Strg+L
    yield from settle(400)
    cam.screen("desk-sperrbildschirm")


def printouts(cam: Camera, ws: Workspace) -> None:
    """Page 1 of the plan, the company report and the consent sheet (printouts are German only)."""
    import pypdfium2

    from verbund_desktop.services.needs.report_printing import company_report_pdf
    from verbund_desktop.services.planning.printing import plan_pdf
    from verbund_desktop.services.protection.consent_sheet import consent_sheet_pdf

    with ws.unit_of_work() as uow:
        from verbund_desktop.persistence.models import DevelopmentPlan

        plan_id = uow.session.scalars(
            select(DevelopmentPlan.id).where(DevelopmentPlan.employee_id == person(ws, "BM-02"))
        ).first()
    assert plan_id is not None
    documents = {
        "pdf-entwicklungsplan": plan_pdf(ws, plan_id, actor=ACTOR),
        "pdf-bedarfsanalyse": company_report_pdf(ws, company(ws, "Bäckerei")),
        "pdf-einwilligung": consent_sheet_pdf(ws, person(ws, "BM-02")),
    }
    for name, data in documents.items():
        page = pypdfium2.PdfDocument(data)[0]
        image = page.render(scale=110 / 72).to_pil()
        target = cam.path(name)
        image.save(target)
        cam.taken.append(target)
        print(f"{target.name}: {image.width}×{image.height}", flush=True)


def scenes(cam: Camera, workdir: Path, lang: str) -> Iterator[int]:
    from screenshot_conflicts import conflicts

    window: MainWindow = yield from open_program(workdir)  # type: ignore[misc]
    only = os.environ.get("VERBUND_SCREENSHOTS_ONLY", "")  # e.g. "conflicts": retake only that scene
    for scene in (companies, about, interviews, plan, privacy, offers, network):
        if not only or scene.__name__ in only.split(","):
            yield from scene(cam, window)
            window.activateWindow()
            yield from settle()
    if not only or "conflicts" in only.split(","):
        yield from conflicts(cam, window, workdir)
        window.activateWindow()
        yield from settle()
    if only:
        window.close()
        return
    if lang == "de":
        printouts(cam, window.workspace)
    yield from lock(cam, window)
    window.close()
