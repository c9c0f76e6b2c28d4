"""Einstellungen → Briefkopf: the network's logo on every printout (chosen, shown, removed at once)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from verbund_desktop.services.organisation.letterhead import (
    letterhead,
    remove_letterhead_logo,
    set_letterhead_logo,
)
from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action

THUMBNAIL_HEIGHT = 48


def choose_logo_file(parent: QWidget | None) -> Path | None:
    """The file dialog for the logo; None when cancelled. Tests replace this function."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return folders.open_file(
        parent,
        "logo",
        QCoreApplication.translate("LetterheadBox", "Logo für den Briefkopf wählen"),
        QCoreApplication.translate("LetterheadBox", "Bilder (*.png *.jpg *.jpeg)"),
        default=Path(pictures),
    )


class LetterheadBox(QGroupBox):
    """Shows the logo (or that there is none) with „Logo wählen …“ and „Logo entfernen“."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Briefkopf"), parent)
        self.context = context
        self.thumbnail = QLabel()
        self.thumbnail.setAccessibleName(self.tr("Logo im Briefkopf"))
        self.thumbnail.setMinimumHeight(THUMBNAIL_HEIGHT)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Logo wählen …"))
        self.remove_button = QPushButton(self.tr("Logo &entfernen"))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Das Logo des Verbunds steht oben rechts auf jedem Ausdruck (PNG oder JPEG, höchstens 1 MB). "
                "Es wird im Arbeitsbereich gespeichert."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        logo = letterhead(self.context.workspace)
        self.remove_button.setEnabled(logo is not None)
        self.thumbnail.setVisible(logo is not None)
        if logo is None:
            self.thumbnail.clear()
            self.info.setText(self.tr("Kein Logo: die Ausdrucke tragen nur den Namen des Verbunds."))
            return
        image = QImage.fromData(logo.data)
        self.thumbnail.setPixmap(
            QPixmap.fromImage(image).scaledToHeight(
                THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
        )
        kind = "PNG" if logo.media_type == "image/png" else "JPEG"
        self.info.setText(self.tr("{0}, {1} × {2} Pixel").format(kind, logo.width, logo.height))

    def choose(self) -> None:
        path = choose_logo_file(self)
        if path is None:
            return
        ws, actor = self.context.workspace, self.context.actor
        title = self.tr("Briefkopf")
        if run_action(self, self.context, lambda: set_letterhead_logo(ws, path, actor=actor), title=title):
            self.refresh()

    def remove(self) -> None:
        ws, actor = self.context.workspace, self.context.actor
        run_action(
            self, self.context, lambda: remove_letterhead_logo(ws, actor=actor), title=self.tr("Briefkopf")
        )
        self.refresh()
