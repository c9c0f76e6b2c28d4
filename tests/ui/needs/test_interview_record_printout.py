"""A printable record of the needs interview as entered: every question and answer (issue 14, seventh item)."""

from __future__ import annotations

import io
import re

import pypdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.needs.test_company_interview import companies_of
from tests.ui.windows import make_window
from verbund_desktop.assessment.guide import is_relevant
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.services.needs.interview_printout import answer_text
from verbund_desktop.ui.needs.company_report_tab import CompanyReportTab


def words(text: str) -> str:
    return re.sub(r"[\s\u00ad-]+", "", text)


def test_the_record_lists_every_relevant_question_with_its_answer(qtbot: QtBot, demo_ws: Workspace) -> None:
    company = next(c for c in companies_of(demo_ws) if c.name.startswith("Bäckerei"))
    state = service.latest_interview(demo_ws, company.id)
    assert state is not None and state.complete
    window = make_window(qtbot, demo_ws)
    window.select("company", company.id)
    tabs = window.company_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Bericht"))
    tab = tabs.currentWidget()
    assert isinstance(tab, CompanyReportTab)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert tab.preview is not None and tab.preview.isVisible()

    reader = pypdf.PdfReader(io.BytesIO(tab.preview.pdf))
    text = words("".join(page.extract_text() for page in reader.pages))
    relevant = [q for q in state.guide.questions() if is_relevant(q, state.answers)]
    assert len(relevant) > 30
    for question in relevant:
        assert words(question.text_de) in text, question.key
        assert words(answer_text(question, state.answers.get(question.key))) in text, question.key
    for note in state.notes.values():
        assert words(note) in text
    hidden = [q for q in state.guide.questions() if not is_relevant(q, state.answers)]
    assert all(words(q.text_de) not in text for q in hidden)


def test_the_company_report_has_strengths_shortage_a5_b_and_funding_answers(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    company = next(c for c in companies_of(demo_ws) if c.name.startswith("Bäckerei"))
    state = service.latest_interview(demo_ws, company.id)
    assert state is not None
    window = make_window(qtbot, demo_ws)
    window.select("company", company.id)
    tabs = window.company_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Bericht"))
    tab = tabs.currentWidget()
    assert isinstance(tab, CompanyReportTab)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview is not None)  # the report is built by a job, off the UI thread
    assert tab.preview is not None
    reader = pypdf.PdfReader(io.BytesIO(tab.preview.pdf))
    text = words("".join(page.extract_text() for page in reader.pages))
    assert words("8. Weitere Angaben aus der Bedarfsanalyse") in text
    wanted = ("a2_staerken_schwaechen", "a5_kooperation", "b_personalentwicklung", "foerderung")
    for section in state.guide.sections:
        if section.key not in wanted:
            continue
        assert words(section.title_de) in text
        for q in section.questions:
            if q.key in state.answers and is_relevant(q, state.answers):
                assert words(q.text_de) in text, q.key
    assert words("offene Stellen mit Fachkräften zu besetzen") in text  # the skilled-worker shortage
