"""The left side of the plan editor: the gaps, and for the chosen gap the suggested measures and why."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.planning.suggestions import GapSuggestions, NonCourseOption, OfferSuggestion
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import ui_date, ui_eur, ui_hours

GAP_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 2  # ("offer", uuid) or ("non_course", key)


def offer_text(offer: OfferSuggestion) -> str:
    """Three lines: rank and title, provider, then hours, format, cost (net after funding) and next start."""
    start = (
        QCoreApplication.translate("SuggestionPanel", " · ab {0}").format(ui_date(offer.next_start))
        if offer.next_start
        else ""
    )
    net = (
        QCoreApplication.translate("SuggestionPanel", " → {0} nach Förderung (Schätzung)").format(
            ui_eur(offer.net_cost)
        )
        if offer.net_cost != offer.cost
        else ""
    )
    details = QCoreApplication.translate("SuggestionPanel", "    {0} Std. · {1} · {2}{3}{4}").format(
        ui_hours(offer.hours), domain_label(offer.format_label), ui_eur(offer.cost), net, start
    )
    return f"{offer.rank}. {offer.title}\n    {offer.provider}\n{details}"


class SuggestionPanel(QWidget):
    """Gaps (most urgent first) and, for the selected gap, ranked offers and other measures with reasons."""

    take_offer = Signal(object, object)  # offer id, competence id
    take_non_course = Signal(str, object)  # measure key, competence id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[GapSuggestions] = []
        self.gap_list = QListWidget()
        self.gap_list.setAccessibleName(self.tr("Lücken"))
        self.gap_list.setAlternatingRowColors(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Vorschläge – warum vorgeschlagen")])
        self.tree.setAccessibleName(self.tr("Vorschläge"))
        self.tree.setWordWrap(False)
        self.take_button = QPushButton(self.tr("Als &Maßnahme übernehmen"))
        self.take_button.setEnabled(False)
        self.hint = QLabel(
            self.tr(
                "Angebote sind trägerneutral gereiht: nach Abdeckung der Lücke, Kosten nach geschätzter "
                "Förderung, Umfang, Format und Termin – nie nach dem Träger."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        gaps_box = QWidget()
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        gaps_label = QLabel(self.tr("&Lücken"))
        gaps_label.setBuddy(self.gap_list)
        gaps_layout.addWidget(gaps_label)
        gaps_layout.addWidget(self.gap_list)
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addWidget(self.hint)
        tree_layout.addWidget(self.take_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(gaps_box)
        splitter.addWidget(tree_box)
        splitter.setSizes([330, 610])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.gap_list.currentRowChanged.connect(self._show_gap)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.tree.itemActivated.connect(lambda *_: self.take_current())
        self.take_button.clicked.connect(self.take_current)
        self._editable = True

    def gap_text(self, item: GapSuggestions) -> str:
        """Two lines: the competence, then current → target, priority and how many measures work on it."""
        gap = item.gap
        covered = (
            self.tr(" · %n Maßnahme(n)", "", gap.measure_count)
            if gap.measure_count
            else self.tr(" · noch keine Maßnahme")
        )
        mark = self.tr(" (vorläufig)") if gap.provisional else ""
        levels = self.tr("    Ist {0} → Soll {1}{2}, Priorität {3}{4}").format(
            gap.current, gap.target, mark, domain_label(gap.priority_label), covered
        )
        return f"{gap.code} {gap.name}\n{levels}"

    def set_suggestions(self, items: Sequence[GapSuggestions], *, editable: bool) -> None:
        current = self.current_gap()
        self._items = list(items)
        self._editable = editable
        self.gap_list.blockSignals(True)
        self.gap_list.clear()
        for item in self._items:
            row = QListWidgetItem(self.gap_text(item))
            row.setData(GAP_ROLE, str(item.gap.competence_id))
            self.gap_list.addItem(row)
        self.gap_list.blockSignals(False)
        ids = [i.gap.competence_id for i in self._items]
        self.gap_list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._show_gap(self.gap_list.currentRow())

    def current_gap(self) -> uuid.UUID | None:
        row = self.gap_list.currentRow()
        return self._items[row].gap.competence_id if 0 <= row < len(self._items) else None

    def select_gap(self, competence_id: uuid.UUID) -> None:
        ids = [i.gap.competence_id for i in self._items]
        if competence_id in ids:
            self.gap_list.setCurrentRow(ids.index(competence_id))

    def _show_gap(self, row: int) -> None:
        self.tree.clear()
        if not 0 <= row < len(self._items):
            self._update_button()
            return
        item = self._items[row]
        offers = QTreeWidgetItem([self.tr("Weiterbildungsangebote ({0})").format(len(item.offers))])
        others = QTreeWidgetItem([self.tr("Andere Maßnahmen")])
        for group in (offers, others):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
        if not item.offers:
            offers.addChild(QTreeWidgetItem([self.tr("Kein passendes Angebot im Katalog.")]))
        for offer in item.offers:
            node = QTreeWidgetItem([offer_text(offer)])
            node.setData(0, CHOICE_ROLE, ("offer", offer.offer_id))
            node.setToolTip(0, "\n".join(offer.reasons))
            for reason in offer.reasons:
                child = QTreeWidgetItem([reason])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                node.addChild(child)
            offers.addChild(node)
        for option in item.non_course:
            others.addChild(self._non_course_node(option))
        offers.setExpanded(True)
        others.setExpanded(True)
        first = offers.child(0) if item.offers else others.child(0)
        if first is not None:
            self.tree.setCurrentItem(first)
            first.setExpanded(True)  # „warum vorgeschlagen“ at a glance for the best suggestion
        self._update_button()

    def _non_course_node(self, option: NonCourseOption) -> QTreeWidgetItem:
        node = QTreeWidgetItem([f"{option.label}\n    {option.rationale}"])
        node.setData(0, CHOICE_ROLE, ("non_course", option.key))
        node.setToolTip(0, option.description)
        child = QTreeWidgetItem([option.description])
        child.setFlags(Qt.ItemFlag.ItemIsEnabled)
        node.addChild(child)
        return node

    def current_choice(self) -> tuple[str, object] | None:
        node = self.tree.currentItem()
        choice = node.data(0, CHOICE_ROLE) if node is not None else None
        return (str(choice[0]), choice[1]) if choice else None

    def _update_button(self) -> None:
        self.take_button.setEnabled(self._editable and self.current_choice() is not None)

    def take_current(self) -> None:
        choice, gap = self.current_choice(), self.current_gap()
        if not self._editable or choice is None or gap is None:
            return
        kind, value = choice
        if kind == "offer":
            self.take_offer.emit(value, gap)
        else:
            self.take_non_course.emit(value, gap)
