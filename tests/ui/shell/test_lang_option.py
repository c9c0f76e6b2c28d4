"""``verbund-desktop --lang en`` shows the English UI on any system; ``--lang de`` the German one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tests.ui.shell.test_translations import Install, language  # noqa: F401 (the fixture)
from verbund_desktop.ui.common.locale_format import is_german
from verbund_desktop.ui.shell.app import ui_language


def test_lang_en_installs_the_english_ui(language: Install) -> None:  # noqa: F811
    assert ui_language("en").language() == QLocale.Language.English
    language(ui_language("en"))
    assert QCoreApplication.translate("MainWindow", "&Beenden") != "&Beenden"
    assert not is_german()


def test_lang_de_keeps_the_german_ui(language: Install) -> None:  # noqa: F811
    language(ui_language("de"))
    assert QCoreApplication.translate("MainWindow", "&Beenden") == "&Beenden"
    assert is_german()
    assert ui_language(None) == QLocale.system()
