"""Forms of the plan editor: the selected measure, and the plan's texts and review date.

A field commits when it is left (or Enter is pressed); the editor sends the value to ``services.plans``
and reloads, so what is shown is what is stored. Dates and amounts are shown and typed in the UI language
(``ui.common.locale_format``) and reach the service as the German text it parses.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.planning.plan_queries import (
    KIND_LABELS_DE,
    STATUS_LABELS_DE,
    GapInfo,
    MeasureInfo,
    PlanState,
    format_label,
)
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import (
    domain_date_text,
    domain_number_text,
    ui_date_field,
    ui_date_hint,
    ui_decimal_field,
)

GAP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


DATE_FIELDS = ("start_date", "end_date")
NUMBER_FIELDS = ("hours", "release_hours", "cost_eur", "monthly_pay_eur")


def decimal_text(value: Decimal | None, *, money: bool = False) -> str:
    """Number text in the UI language: „6.200,00“ / 6,200.00 for money, „7,5“ / 7.5 or „160“ for hours."""
    return ui_decimal_field(value, money=money)


def date_text(value: date | None) -> str:
    return ui_date_field(value)


def domain_text(name: str, text: str) -> str:
    """What was typed into the field ``name``, as the German text ``services.plans`` parses."""
    if name in DATE_FIELDS:
        return domain_date_text(text)
    if name in NUMBER_FIELDS:
        return domain_number_text(text)
    return text


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text that reports its text when the focus leaves it."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class MeasureForm(QGroupBox):
    """Every field of the selected measure; ``field_changed(name, value)`` when a field is left changed."""

    field_changed = Signal(str, object)
    gaps_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ausgewählte Maßnahme"))
        self.measure: MeasureInfo | None = None
        self._build_fields()
        self._build_layout()
        self._lines = self._line_fields()
        self._connect()
        self.set_measure(None, (), editable=False)

    def _build_fields(self) -> None:
        self.title_edit = _line()
        self.kind_box = QComboBox()
        for value, label in KIND_LABELS_DE.items():
            self.kind_box.addItem(domain_label(label), value)
        self.status_box = QComboBox()
        for value, label in STATUS_LABELS_DE.items():
            self.status_box.addItem(domain_label(label), value)
        self.provider_edit = _line(self.tr("Bildungsträger oder „intern“"))
        self.format_edit = _line(self.tr("z. B. Präsenz, Online, am Arbeitsplatz"))
        self.start_edit = _line(ui_date_hint())
        self.end_edit = _line(ui_date_hint())
        self.responsibility_edit = _line(self.tr("Wer kümmert sich?"))
        self.hours_edit = _line(self.tr("Stunden"))
        self.release_edit = _line(self.tr("Stunden"))
        self.cost_edit = _line(self.tr("Euro, z. B. 1.234,56"))
        self.pay_edit = _line(self.tr("brutto, für den Arbeitsentgeltzuschuss"))
        self.azav_box = QCheckBox(self.tr("Maßnahme und Träger nach AZAV zugelassen"))
        self.pooled_edit = _line(self.tr("Name der Verbundmaßnahme, falls gebündelt"))
        self.note_edit = CommitTextEdit()
        self.note_edit.setMaximumHeight(48)
        self.gap_list = QListWidget()
        self.gap_list.setMaximumHeight(80)
        self.gap_list.setAccessibleName(self.tr("Geschlossene Lücken"))
        self.funding_label = QLabel()
        self.funding_label.setWordWrap(True)
        self.funding_label.setStyleSheet("font-weight: 600;")
        self.funding_details = QPlainTextEdit()
        self.funding_details.setReadOnly(True)
        self.funding_details.setMaximumHeight(72)
        self.funding_details.setAccessibleName(self.tr("Einzelheiten der Förderschätzung"))

    def _build_layout(self) -> None:
        """Two columns of labelled fields, the funding estimate below."""
        left = QFormLayout()
        left.addRow(self.tr("&Titel:"), self.title_edit)
        left.addRow(self.tr("&Art:"), self.kind_box)
        left.addRow(self.tr("Trä&ger:"), self.provider_edit)
        left.addRow(self.tr("&Format:"), self.format_edit)
        left.addRow(self.tr("&Beginn:"), self.start_edit)
        left.addRow(self.tr("&Ende:"), self.end_edit)
        left.addRow(self.tr("S&tatus:"), self.status_box)
        left.addRow(self.tr("&Verantwortlich:"), self.responsibility_edit)
        right = QFormLayout()
        right.addRow(self.tr("&Stunden:"), self.hours_edit)
        right.addRow(self.tr("&Freistellung (Std.):"), self.release_edit)
        right.addRow(self.tr("&Kosten (€):"), self.cost_edit)
        right.addRow(self.tr("Monatsentgelt (€, br&utto):"), self.pay_edit)
        right.addRow("", self.azav_box)
        right.addRow(self.tr("Verbund&maßnahme:"), self.pooled_edit)
        right.addRow(self.tr("&Notiz:"), self.note_edit)
        right.addRow(self.tr("Schließt &Lücken:"), self.gap_list)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.funding_label)
        layout.addWidget(self.funding_details)

    def _line_fields(self) -> dict[str, QLineEdit]:
        """The one-line fields by the name of the measure's attribute they show."""
        return {
            "title": self.title_edit,
            "provider": self.provider_edit,
            "format": self.format_edit,
            "start_date": self.start_edit,
            "end_date": self.end_edit,
            "responsibility": self.responsibility_edit,
            "hours": self.hours_edit,
            "release_hours": self.release_edit,
            "cost_eur": self.cost_edit,
            "monthly_pay_eur": self.pay_edit,
            "pooled_note": self.pooled_edit,
        }

    def _connect(self) -> None:
        for name, edit in self._lines.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._line_done(n, e))
        self.kind_box.activated.connect(lambda _i: self._choice_done("kind", self.kind_box))
        self.status_box.activated.connect(lambda _i: self._choice_done("status", self.status_box))
        self.azav_box.clicked.connect(
            lambda on: self._emit("azav", bool(on), self.measure and self.measure.azav)
        )
        self.note_edit.committed.connect(
            lambda text: self._emit("note", text, self.measure and self.measure.note)
        )
        self.gap_list.itemChanged.connect(lambda _item: self._gaps_done())

    def _current(self, name: str) -> str:
        m = self.measure
        if m is None:
            return ""
        value = getattr(m, name)
        if isinstance(value, date):
            return date_text(value)
        if isinstance(value, Decimal) or value is None:
            return decimal_text(value, money=name in ("cost_eur", "monthly_pay_eur"))
        return format_label(value) if name == "format" else str(value)

    def _emit(self, name: str, value: object, old: object) -> None:
        if self.measure is not None and value != old:
            self.field_changed.emit(name, value)

    def _line_done(self, name: str, edit: QLineEdit) -> None:
        if self.measure is not None and edit.isModified() and edit.text().strip() != self._current(name):
            edit.setModified(False)
            self.field_changed.emit(name, domain_text(name, edit.text()))

    def _choice_done(self, name: str, box: QComboBox) -> None:
        self._emit(name, box.currentData(), getattr(self.measure, name, None))

    def checked_gaps(self) -> list[uuid.UUID]:
        items = (self.gap_list.item(i) for i in range(self.gap_list.count()))
        return [uuid.UUID(i.data(GAP_ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _gaps_done(self) -> None:
        if self.measure is not None and set(self.checked_gaps()) != set(self.measure.gap_ids):
            self.gaps_changed.emit(self.checked_gaps())

    def set_measure(self, measure: MeasureInfo | None, gaps: Sequence[GapInfo], *, editable: bool) -> None:
        self.measure = measure
        for name, edit in self._lines.items():
            edit.setText(self._current(name))
            edit.setCursorPosition(0)  # a long title shows its beginning, not its end
            edit.setModified(False)
            edit.setReadOnly(not editable)
        for box, name in ((self.kind_box, "kind"), (self.status_box, "status")):
            box.setCurrentIndex(max(0, box.findData(getattr(measure, name))) if measure else 0)
            box.setEnabled(editable)
        self.azav_box.setChecked(bool(measure and measure.azav))
        self.azav_box.setEnabled(editable)
        self.note_edit.setPlainText(measure.note if measure else "")
        self.note_edit.setReadOnly(not editable)
        self.gap_list.blockSignals(True)
        self.gap_list.clear()
        linked = set(measure.gap_ids) if measure else set()
        for gap in gaps:
            item = QListWidgetItem(
                self.tr("{0} {1} (Ist {2} → Soll {3})").format(gap.code, gap.name, gap.current, gap.target)
            )
            item.setData(GAP_ID_ROLE, str(gap.competence_id))
            flags = Qt.ItemFlag.ItemIsEnabled | (
                Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag(0)
            )
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if gap.competence_id in linked else Qt.CheckState.Unchecked
            )
            self.gap_list.addItem(item)
        self.gap_list.blockSignals(False)
        if measure is None:
            self.funding_label.setText(self.tr("Keine Maßnahme ausgewählt."))
            self.funding_details.clear()
        else:
            self.funding_label.setText(measure.funding.summary_de)
            self.funding_details.setPlainText("\n".join(f"• {line}" for line in measure.funding.details_de))
        self.setEnabled(measure is not None)


class PlanFieldsForm(QWidget):
    """Starting point, goals, responsibilities („Wer: was“ per line) and the review date of the plan."""

    field_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: PlanState | None = None
        self.starting_edit = CommitTextEdit()
        self.goals_edit = CommitTextEdit()
        self.duties_edit = CommitTextEdit()
        self.duties_edit.setPlaceholderText(
            self.tr("Eine Zeile je Beteiligte/r, z. B. „Personalleitung: Anmeldung.“")
        )
        self.review_edit = _line(ui_date_hint())
        form = QFormLayout(self)
        form.addRow(self.tr("&Ausgangslage:"), self.starting_edit)
        form.addRow(self.tr("&Ziele:"), self.goals_edit)
        form.addRow(self.tr("&Verantwortlichkeiten:"), self.duties_edit)
        form.addRow(self.tr("Nächste Über&prüfung:"), self.review_edit)
        for name, edit in (
            ("starting_point", self.starting_edit),
            ("goals", self.goals_edit),
            ("responsibilities", self.duties_edit),
        ):
            edit.committed.connect(lambda text, n=name: self._text_done(n, text))
        self.review_edit.editingFinished.connect(self._review_done)

    def _text_done(self, name: str, text: str) -> None:
        if self.state is not None and text.strip() != getattr(self.state, name).strip():
            self.field_changed.emit(name, text)

    def _review_done(self) -> None:
        if self.state is not None and self.review_edit.isModified():
            self.review_edit.setModified(False)
            if self.review_edit.text().strip() != date_text(self.state.review_date):
                self.field_changed.emit("review_date", domain_date_text(self.review_edit.text()))

    def set_state(self, state: PlanState | None, *, editable: bool) -> None:
        self.state = state
        self.starting_edit.setPlainText(state.starting_point if state else "")
        self.goals_edit.setPlainText(state.goals if state else "")
        self.duties_edit.setPlainText(state.responsibilities if state else "")
        self.review_edit.setText(date_text(state.review_date) if state else "")
        self.review_edit.setModified(False)
        for edit in (self.starting_edit, self.goals_edit, self.duties_edit):
            edit.setReadOnly(not editable)
        self.review_edit.setReadOnly(not editable)
