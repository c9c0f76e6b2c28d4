"""A workspace opened read-only (another window writes to it) says so above everything, before anyone types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

BANNER_STYLE = "background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36c; padding: 6px 10px;"


def with_read_only_banner(content: QWidget) -> QWidget:
    """``content`` under a bar that says this window cannot save (each save would be refused with a message)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = QLabel(
        QCoreApplication.translate(
            "ReadOnlyBanner",
            "<b>Nur zum Lesen geöffnet.</b> Dieser Arbeitsbereich ist in einem anderen Fenster geöffnet; "
            "hier kann nichts gespeichert werden. Zum Bearbeiten das andere Fenster verwenden.",
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    banner.setAccessibleName(QCoreApplication.translate("ReadOnlyBanner", "Hinweis: nur zum Lesen geöffnet"))
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
