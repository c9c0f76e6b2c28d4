"""„Angebote prüfen“: for each imported offer, the suggested competences with check boxes and levels; confirm.

Keyboard: the offer list has the focus first; Tab moves to the competence list, Space ticks a competence,
„Bestätigen“ (Alt+T) stores the ticked ones and moves on to the next offer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
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
    offers_to_review,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action

FROM_COLUMN, TO_COLUMN, CATALOG_COLUMN, WHY_COLUMN = 1, 2, 3, 4
NAME_WIDTH = 440


class OfferReviewDialog(QDialog):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Angebote prüfen"))
        self.resize(1100, 640)
        self.offers: list[OfferToReview] = []
        self.offer_list = QListWidget()
        self.offer_list.setAccessibleName(self.tr("Angebote, deren Kompetenzen zu prüfen sind"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.confirm_button = QPushButton(self.tr("Bestä&tigen"))
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.empty_label = QLabel(self.tr("Keine Angebote zu prüfen."))
        self.show_confirmed = QCheckBox(self.tr("Auch &bestätigte Angebote zeigen (zum Korrigieren)"))
        self.show_confirmed.toggled.connect(lambda _on: self.reload())
        self.attribution_label = QLabel()
        self.attribution_label.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.description_label)
        right.addWidget(
            QLabel(
                self.tr("Vorgeschlagen aus Titel und Beschreibung (bitte prüfen, ergänzen oder abwählen):")
            )
        )
        right.addWidget(self.competences, 1)
        body = QHBoxLayout()
        body.addWidget(self.offer_list, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.show_confirmed)
        layout.addLayout(body, 1)
        layout.addWidget(self.attribution_label)
        layout.addWidget(buttons)
        self.offer_list.currentRowChanged.connect(self._show_offer)
        self.reload()

    def reload(self, select_row: int = 0) -> None:
        everything = self.show_confirmed.isChecked()
        loaded = run_action(
            self, self.context, lambda: offers_to_review(self.context.workspace, include_confirmed=everything)
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
        self.competences.clear()
        if not 0 <= row < len(self.offers):
            self.title_label.clear()
            self.description_label.clear()
            return
        offer = self.offers[row]
        self.title_label.setText(f"<b>{_escape(offer.title)}</b><br>{_escape(offer.provider)}")
        self.description_label.setText(offer.description)
        for choice in offer.choices:
            self._add_choice(choice)
        self.competences.setColumnWidth(0, NAME_WIDTH)
        for column in (FROM_COLUMN, TO_COLUMN, CATALOG_COLUMN):
            self.competences.resizeColumnToContents(column)
        first = self.competences.topLevelItem(0)
        if first is not None:
            self.competences.setCurrentItem(first)

    def _add_choice(self, choice: CompetenceChoice) -> None:
        item = QTreeWidgetItem(
            [f"{choice.code} {choice.name}", "", "", choice.catalog_label, ", ".join(choice.matched)]
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, choice)
        self.competences.addTopLevelItem(item)
        for column, value in ((FROM_COLUMN, choice.level_from), (TO_COLUMN, choice.level_to)):
            spin = QSpinBox()
            spin.setRange(choice.min_level, choice.max_level)
            spin.setValue(value)
            spin.setAccessibleName(self.tr("von Stufe") if column == FROM_COLUMN else self.tr("bis Stufe"))
            self.competences.setItemWidget(item, column, spin)

    def chosen(self) -> list[ChosenCompetence]:
        """The ticked competences with the levels shown next to them."""
        result = []
        for index in range(self.competences.topLevelItemCount()):
            item = self.competences.topLevelItem(index)
            if item is None or item.checkState(0) != Qt.CheckState.Checked:
                continue
            choice: CompetenceChoice = item.data(0, Qt.ItemDataRole.UserRole)
            low, high = (self.competences.itemWidget(item, c) for c in (FROM_COLUMN, TO_COLUMN))
            assert isinstance(low, QSpinBox) and isinstance(high, QSpinBox)
            result.append(ChosenCompetence(choice.competence_id, low.value(), high.value()))
        return result

    def confirm(self) -> bool:
        row = self.offer_list.currentRow()
        if not 0 <= row < len(self.offers):
            return False
        offer, chosen = self.offers[row], self.chosen()

        def store() -> bool:
            confirm_offer_competences(
                self.context.workspace, offer.offer_id, chosen, actor=self.context.actor
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
