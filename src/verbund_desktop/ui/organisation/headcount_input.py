"""The company form's headcount: full-time and part-time staff by weekly hours, weighted by § 82 Abs. 6 SGB III.

Part-time staff count 0.25 (up to 10 hours a week), 0.5 (up to 20) or 0.75 (up to 30). The advisor may type the
weighted number directly (e.g. „49,75“) or enter the counts; the counts then fill in the weighted result.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from verbund_desktop.assessment.funding_format import weighted_headcount
from verbund_desktop.ui.common.locale_format import ui_headcount

MAX_STAFF = 1_000_000


class HeadcountInput(QWidget):
    """A line edit for the weighted headcount and four counts that compute it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(self.tr("z. B. 49,75"))
        self.edit.setMaximumWidth(120)
        self.full_time = self._spin(self.tr("Vollzeitkräfte (mehr als 30 Wochenstunden)"))
        self.part_time = {
            10: self._spin(self.tr("Teilzeitkräfte bis 10 Wochenstunden")),
            20: self._spin(self.tr("Teilzeitkräfte bis 20 Wochenstunden")),
            30: self._spin(self.tr("Teilzeitkräfte bis 30 Wochenstunden")),
        }
        self.result = QLabel(self.tr("Oder Voll- und Teilzeitkräfte eintragen:"))
        self.result.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.edit, 0, 0)
        grid.addWidget(self.result, 0, 1, 1, 3)
        captions = (
            self.tr("Vollzeit (über 30 Std.):"),
            self.tr("bis 10 Std.:"),
            self.tr("bis 20 Std.:"),
            self.tr("bis 30 Std.:"),
        )
        spins = (self.full_time, *self.part_time.values())
        for column, (caption, spin) in enumerate(zip(captions, spins, strict=True)):
            label = QLabel(caption)
            label.setBuddy(spin)
            grid.addWidget(label, 1, column)
            grid.addWidget(spin, 2, column)
            spin.valueChanged.connect(self._recompute)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_STAFF)
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        return spin

    def text(self) -> str:
        return self.edit.text()

    def _recompute(self) -> None:
        counts = {limit: spin.value() for limit, spin in self.part_time.items()}
        if self.full_time.value() == 0 and not any(counts.values()):
            self.result.setText(self.tr("Oder Voll- und Teilzeitkräfte eintragen:"))
            return
        total = weighted_headcount(self.full_time.value(), counts)
        self.edit.setText(ui_headcount(total))
        self.result.setText(
            self.tr(
                "= {0} Beschäftigte, gewichtet nach § 82 Abs. 6 SGB III (Teilzeit 0,25 / 0,5 / 0,75)"
            ).format(ui_headcount(total))
        )
