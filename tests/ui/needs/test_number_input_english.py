"""Issue 14: a number answer of the needs interview reads 1,200 in the English UI and 1.200 in the German."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.assessment.guide import GuideQuestion, QuestionType
from verbund_desktop.ui.needs.question_widgets import NumberInput

QUESTION = GuideQuestion("staff", "Wie viele Beschäftigte?", QuestionType.NUMBER, False, "")


def typed(qtbot: QtBot, text: str) -> object:
    field = NumberInput(QUESTION)
    qtbot.addWidget(field)
    type_text(qtbot, field.edit, text)
    return field.value()


def test_thousands_follow_the_ui_language(qtbot: QtBot, language: Install) -> None:  # noqa: F811
    assert typed(qtbot, "1.200") == 1200
    language(QLocale(ENGLISH))
    assert typed(qtbot, "1,200") == 1200
    assert typed(qtbot, "45") == 45
