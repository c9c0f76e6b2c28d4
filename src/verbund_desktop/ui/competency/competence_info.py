"""The panel beside the grid: the focused competence's description and the descriptors of its levels."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from verbund_desktop.services.competency.assessment_sheets import (
    FIELD_LABELS_DE,
    LEVEL_FIELDS,
    RatingField,
    RatingRow,
    Scale,
)
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label

_SHORT = {
    RatingField.SELF: QT_TRANSLATE_NOOP("CompetenceInfo", "Selbst"),
    RatingField.SUPERVISOR: QT_TRANSLATE_NOOP("CompetenceInfo", "Fremd"),
    RatingField.AGREED: QT_TRANSLATE_NOOP("CompetenceInfo", "Ist"),
    RatingField.TARGET: QT_TRANSLATE_NOOP("CompetenceInfo", "Soll"),
}


class CompetenceInfo(QWidget):
    """Read-only. The title stays in view while the text scrolls to the level of the focused cell; levels set
    as self, supervisor, agreed current or target are marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.body = QTextBrowser()
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(self.tr("Beschreibung der Kompetenz und ihrer Stufen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.show_hint(
            self.tr("Eine Kompetenz im Raster wählen: hier stehen ihre Beschreibung und die Stufen.")
        )

    def show_hint(self, text: str) -> None:
        self.title.setText("")
        self.title.setVisible(False)
        self.body.setHtml(f"<p style='color:#555'>{escape(text)}</p>")

    def text(self) -> str:
        """Title and body as plain text (for tests and screen readers)."""
        return f"{self.title.text()}\n{self.body.toPlainText()}"

    def show_rating(self, row: RatingRow, scale: Scale, focused: RatingField | None) -> None:
        values = row.values
        marks: dict[int, list[str]] = {}
        for which in LEVEL_FIELDS:
            value = values.get(which)
            if isinstance(value, int):
                marks.setdefault(value, []).append(self.tr(_SHORT[which]))
        focused_value = values.get(focused) if focused in LEVEL_FIELDS else None
        self.title.setText(
            f"<b>{escape(row.competence_code)} {escape(row.competence_name)}</b><br/>"
            f"<span style='color:#555'>{escape(row.catalog_label)} · {escape(row.area_code)} "
            f"{escape(row.area_name)}</span>"
        )
        self.title.setVisible(True)
        parts: list[str] = []
        if row.competence_description:
            parts.append(f"<p>{escape(row.competence_description)}</p>")
        if values.not_applicable:
            parts.append(self.tr("<p><b>Als „nicht anwendbar“ markiert.</b></p>"))
        heading = self.tr("Stufen")
        if focused in LEVEL_FIELDS:
            heading += self.tr(" – Spalte „{0}“").format(domain_label(FIELD_LABELS_DE[focused]))
        parts.append(f"<p style='margin-bottom:2px'><b>{escape(heading)}</b></p>")
        parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        for level in scale.levels:
            focus = level.value == focused_value
            style = " style='background-color:#dbe9f6'" if focus else ""
            anchor = "<a name='focused'></a>" if focus else ""
            tags = ", ".join(marks.get(level.value, []))
            tag_html = f"<br/><span style='color:#1d3557'><b>◀ {escape(tags)}</b></span>" if tags else ""
            band = f" <span style='color:#555'>({escape(level.band)})</span>" if level.band else ""
            parts.append(
                f"<tr{style}><td valign='top'>{anchor}<b>{level.value}</b></td>"
                f"<td><b>{escape(level.label)}</b>{band}<br/>{escape(level.descriptor)}{tag_html}</td></tr>"
            )
        parts.append("</table>")
        if values.note:
            parts.append(self.tr("<p><b>Notiz:</b> {0}</p>").format(escape(values.note)))
        self.body.setHtml("".join(parts))
        if focused_value is not None:
            self.body.scrollToAnchor("focused")
