"""„Angebote prüfen“: for each imported offer, the suggested competences with check boxes and levels; confirm.

Keyboard: the offer list has the focus first; Tab moves to the search field, Tab again to the competence list,
Space ticks a competence, „Bestätigen“ (Alt+T) stores the ticked ones and moves on to the next offer. Large
catalogues (an ESCO branch) are not listed in full: the search finds their competences.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.offers.esco_catalogue import imported_catalog_attributions
from verbund_desktop.services.offers.offer_review import (
    ChosenCompetence,
    CompetenceChoice,
    OfferToReview,
    confirm_offer_competences,
    offer_to_review,
    offers_to_review,
)
from verbund_desktop.services.planning.plan_values import parse_decimal_de
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import domain_number_text, ui_decimal_field
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.common.service_messages import ui_message

FROM_COLUMN, TO_COLUMN, CATALOG_COLUMN, WHY_COLUMN = 1, 2, 3, 4
NAME_WIDTH = 440
SMALL_CATALOG = 60  # catalogues up to this size are listed in full; larger ones (ESCO branches) by search
MAX_LISTED = 200


class OfferReviewDialog(QDialog):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Angebote prüfen"))
        self.resize(1100, 640)
        self.offers: list[OfferToReview] = []
        self.current: OfferToReview | None = None
        self.state: dict[uuid.UUID, list[Any]] = {}  # competence → [ticked, from level, to level]
        self._build_offer()
        self._build_controls()
        self._build_layout()
        self._connect()
        self.reload()

    def _build_offer(self) -> None:
        """The offers to review; the current one's title, description and competences."""
        self.offer_list = QListWidget()
        self.offer_list.setAccessibleName(self.tr("Angebote, deren Kompetenzen zu prüfen sind"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Unterrichtsstunden"))
        self.duration_label = QLabel()
        self.duration_label.setWordWrap(True)
        self.competences = QTreeWidget()
        self.competences.setHeaderLabels(
            [
                self.tr("Kompetenz"),
                self.tr("von Stufe"),
                self.tr("bis Stufe"),
                self.tr("Katalog"),
                self.tr("Treffer im Text"),
            ]
        )
        self.competences.setRootIsDecorated(False)
        self.competences.setAccessibleName(self.tr("Kompetenzen des Angebots"))

    def _build_controls(self) -> None:
        """The search for more competences, „Bestätigen“ and „Schließen“, the notes above and below."""
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Weitere Kompetenzen suchen (Name oder Code) …"))
        self.filter_edit.setAccessibleName(self.tr("Weitere Kompetenzen suchen"))
        self.confirm_button = QPushButton(self.tr("Bestä&tigen"))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.empty_label = QLabel(self.tr("Keine Angebote zu prüfen."))
        self.show_confirmed = QCheckBox(self.tr("Auch &bestätigte Angebote zeigen (zum Korrigieren)"))
        self.attribution_label = QLabel()
        self.attribution_label.setWordWrap(True)

    def _build_layout(self) -> None:
        """The offer list beside the current offer; Tab goes from the list to the search to the competences."""
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.description_label)
        hours_row = QHBoxLayout()
        hours_label = QLabel(self.tr("&Unterrichtsstunden:"))
        hours_label.setBuddy(self.hours_edit)
        hours_row.addWidget(hours_label)
        hours_row.addWidget(self.hours_edit)
        hours_row.addWidget(self.duration_label, 1)
        right.addLayout(hours_row)
        right.addWidget(
            QLabel(
                self.tr("Vorgeschlagen aus Titel und Beschreibung (bitte prüfen, ergänzen oder abwählen):")
            )
        )
        right.addWidget(self.filter_edit)
        right.addWidget(self.competences, 1)
        body = QHBoxLayout()
        body.addWidget(self.offer_list, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.show_confirmed)
        layout.addLayout(body, 1)
        layout.addWidget(self.attribution_label)
        layout.addWidget(self._buttons)
        QWidget.setTabOrder(self.offer_list, self.hours_edit)
        QWidget.setTabOrder(self.hours_edit, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.competences)

    def _connect(self) -> None:
        self.competences.itemChanged.connect(self._item_changed)
        self.filter_edit.textChanged.connect(lambda _text: self._refill())
        self.confirm_button.clicked.connect(self.confirm)
        self._buttons.rejected.connect(self.reject)
        self.show_confirmed.toggled.connect(lambda _on: self.reload())
        self.offer_list.currentRowChanged.connect(self._show_offer)

    def reload(self, select_row: int = 0) -> None:
        everything = self.show_confirmed.isChecked()
        loaded = run_action(
            self,
            self.context,
            lambda: offers_to_review(
                self.context.workspace, include_confirmed=everything, with_choices=False
            ),
        )
        self.offers = loaded or []
        notes = run_action(self, self.context, lambda: imported_catalog_attributions(self.context.workspace))
        self.attribution_label.setText("\n".join(notes or []))
        self.attribution_label.setVisible(bool(notes))
        self.offer_list.clear()
        for offer in self.offers:
            mark = self.tr(" (bestätigt)") if offer.confirmed else ""
            self.offer_list.addItem(f"{offer.title} – {offer.provider}{mark}")
        self.empty_label.setVisible(not self.offers)
        self.confirm_button.setEnabled(bool(self.offers))
        if self.offers:
            self.offer_list.setCurrentRow(min(select_row, len(self.offers) - 1))
        else:
            self._show_offer(-1)
        self.offer_list.setFocus()

    def _show_offer(self, row: int) -> None:
        self.current = None
        if 0 <= row < len(self.offers):
            ident = self.offers[row].offer_id
            self.current = run_action(
                self, self.context, lambda: offer_to_review(self.context.workspace, ident)
            )
        if self.current is None:
            self.title_label.clear()
            self.description_label.clear()
            self.state = {}
        else:
            offer = self.current
            self.title_label.setText(f"<b>{_escape(offer.title)}</b><br>{_escape(offer.provider)}")
            self.description_label.setText(offer.description)
            self.state = {c.competence_id: [c.checked, c.level_from, c.level_to] for c in offer.choices}
        self._show_hours(self.current)
        self._refill()

    def _show_hours(self, offer: OfferToReview | None) -> None:
        """The hours (empty and asked for when the catalogue had none) and what the provider says of the duration."""
        self.hours_edit.setText(ui_decimal_field(offer.hours) if offer is not None else "")
        notes = []
        if offer is not None and offer.hours is None:
            notes.append(self.tr("Bitte eintragen: openQCAT enthält keine Stundenzahl."))
        if offer is not None and offer.duration:
            notes.append(self.tr("Dauer laut Anbieter: {0}").format(ui_message(offer.duration)))
        if offer is not None and offer.schedule:
            notes.append(self.tr("Zeitmodell: {0}").format(offer.schedule))
        self.duration_label.setText(" ".join(notes))

    def _visible(self) -> list[CompetenceChoice]:
        """Ticked and suggested competences, then those the search finds (or, without a search, those of the
        small catalogues such as DigComp); at most MAX_LISTED rows, so a large ESCO branch stays usable."""
        if self.current is None:
            return []
        needle = self.filter_edit.text().strip().lower()
        sizes = Counter(c.catalog_key for c in self.current.choices)
        shown = [
            c
            for c in self.current.choices
            if self.state[c.competence_id][0]
            or c.suggested
            or (needle and (needle in c.name.lower() or needle in c.code.lower()))
            or (not needle and sizes[c.catalog_key] <= SMALL_CATALOG)
        ]
        return shown[:MAX_LISTED]

    def _refill(self) -> None:
        self.competences.clear()
        for choice in self._visible():
            self._add_choice(choice)
        self.competences.setColumnWidth(0, NAME_WIDTH)
        for column in (FROM_COLUMN, TO_COLUMN, CATALOG_COLUMN):
            self.competences.resizeColumnToContents(column)
        first = self.competences.topLevelItem(0)
        if first is not None:
            self.competences.setCurrentItem(first)

    def _add_choice(self, choice: CompetenceChoice) -> None:
        checked, low, high = self.state[choice.competence_id]
        item = QTreeWidgetItem(
            [f"{choice.code} {choice.name}", "", "", choice.catalog_label, ", ".join(choice.matched)]
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(0, Qt.ItemDataRole.UserRole, choice.competence_id)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.competences.addTopLevelItem(item)
        for column, value in ((FROM_COLUMN, low), (TO_COLUMN, high)):
            spin = QSpinBox()
            spin.setRange(choice.min_level, choice.max_level)
            spin.setValue(value)
            spin.setAccessibleName(self.tr("von Stufe") if column == FROM_COLUMN else self.tr("bis Stufe"))
            spin.valueChanged.connect(
                lambda v, ident=choice.competence_id, slot=column: self.state[ident].__setitem__(slot, v)
            )
            self.competences.setItemWidget(item, column, spin)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        ident = item.data(0, Qt.ItemDataRole.UserRole)
        if column == 0 and ident in self.state:
            self.state[ident][0] = item.checkState(0) == Qt.CheckState.Checked

    def chosen(self) -> list[ChosenCompetence]:
        """The ticked competences (also those the search no longer shows) with their levels."""
        if self.current is None:
            return []
        result = []
        for choice in self.current.choices:
            checked, low, high = self.state[choice.competence_id]
            if checked:
                result.append(ChosenCompetence(choice.competence_id, low, high))
        return result

    def confirm(self) -> bool:
        row = self.offer_list.currentRow()
        if not 0 <= row < len(self.offers):
            return False
        offer, chosen = self.offers[row], self.chosen()
        hours_text = self.hours_edit.text().strip()

        def store() -> bool:
            hours = (
                parse_decimal_de(domain_number_text(hours_text), "Die Stundenzahl") if hours_text else None
            )
            confirm_offer_competences(
                self.context.workspace, offer.offer_id, chosen, actor=self.context.actor, hours=hours
            )
            return True

        done = run_action(
            self, self.context, store, title=self.tr("Angebote prüfen"), changed=("offers", offer.offer_id)
        )
        if done:
            self.reload(row)
        return bool(done)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
