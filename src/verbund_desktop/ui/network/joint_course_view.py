"""The network tab „Verbundmaßnahmen“: the joint courses, their seats with each person's § 82 estimate, the
people who could take a seat, and the course's status.

„Sicht eines Betriebs“ shows what one member company may see: its own participants, the others as counts.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.network_terms import NEXT_STATUSES, CourseStatus
from verbund_desktop.services.network.joint_course_views import (
    CourseChoices,
    CourseDetail,
    SeatView,
    course_choices,
    joint_course_detail,
    joint_courses,
    seat_candidates,
)
from verbund_desktop.services.network.joint_courses import confirm_seat, propose_seat, set_course_status
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import ui_date, ui_eur, ui_hours, ui_percent
from verbund_desktop.ui.common.operations import run_action

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class JointCoursesView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CourseDetail | None = None
        self.setObjectName("jointCourses")
        self._build_widgets()
        self._build_layout()
        self._connect()

    def _build_widgets(self) -> None:
        """The courses, the view chooser, the course's header, its seats and candidates, the status actions."""
        self.courses = QListWidget()
        self.courses.setAccessibleName(self.tr("Verbundmaßnahmen"))
        self.view_box = QComboBox()
        self.view_box.setAccessibleName(self.tr("Sicht"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others = QLabel()
        self.seats = _table(
            self.tr("Plätze"),
            [
                self.tr("Kürzel"),
                self.tr("Betrieb"),
                self.tr("Größe"),
                self.tr("Platz"),
                self.tr("Förderung (Schätzung)"),
            ],
        )
        self.candidates = _table(self.tr("Mögliche Teilnehmende"), [self.tr("Kürzel"), self.tr("Betrieb")])
        self.propose_button = QPushButton(self.tr("Platz &vorschlagen"))
        self.confirm_button = QPushButton(self.tr("&Platz bestätigen"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Neuer Stand"))
        self.status_button = QPushButton(self.tr("Stand &setzen"))

    def _build_layout(self) -> None:
        """The courses on the left; on the right the view and status above the seats and candidates."""
        view_label = QLabel(self.tr("S&icht:"))
        view_label.setBuddy(self.view_box)
        top = QHBoxLayout()
        top.addWidget(view_label)
        top.addWidget(self.view_box, 1)
        top.addWidget(self.status_box)
        top.addWidget(self.status_button)
        seat_buttons = QHBoxLayout()
        seat_buttons.addWidget(QLabel(self.tr("Plätze:")))
        seat_buttons.addStretch(1)
        seat_buttons.addWidget(self.confirm_button)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(QLabel(self.tr("Mögliche Teilnehmende (Lücke, Einwilligung in Zweck 3):")))
        people_buttons.addStretch(1)
        people_buttons.addWidget(self.propose_button)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.header)
        right.addWidget(self.others)
        right.addLayout(seat_buttons)
        right.addWidget(self.seats, 3)
        right.addLayout(people_buttons)
        right.addWidget(self.candidates, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.courses, 1)
        layout.addLayout(right, 3)

    def _connect(self) -> None:
        self.courses.currentItemChanged.connect(lambda *_: self._load())
        self.view_box.activated.connect(lambda _i: self._load())
        self.propose_button.clicked.connect(self.propose)
        self.confirm_button.clicked.connect(self.confirm)
        self.status_button.clicked.connect(self.set_status)
        self.candidates.itemActivated.connect(lambda _item: self.propose())
        self.seats.itemActivated.connect(lambda _item: self.confirm())

    def set_subject(self, _ident: uuid.UUID) -> None:
        self.refresh()

    def course_id(self) -> uuid.UUID | None:
        item = self.courses.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def refresh(self, select: uuid.UUID | None = None) -> None:
        select = select or self.course_id()
        summaries = run_action(self, self.context, lambda: joint_courses(self.context.workspace)) or []
        if self.view_box.count() == 0:
            self.view_box.addItem(self.tr("Koordinierungsstelle (alle Betriebe)"), None)
            for ident, name in (
                run_action(self, self.context, lambda: course_choices(self.context.workspace))
                or CourseChoices((), ())
            ).companies:
                self.view_box.addItem(self.tr("Sicht des Betriebs {0}").format(name), ident)
        self.courses.blockSignals(True)
        self.courses.clear()
        for s in summaries:
            text = self.tr("{0}\n{1} · {2}/{3} Plätze bestätigt (mind. {4})").format(
                s.title, domain_label(s.status.label_de), s.seats_confirmed, s.max_seats, s.min_seats
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)  # the list is narrow: the whole line where it is cut off
            item.setData(ID_ROLE, s.id)
            self.courses.addItem(item)
            if s.id == select:
                self.courses.setCurrentItem(item)
        if self.courses.currentItem() is None and self.courses.count():
            self.courses.setCurrentRow(0)
        self.courses.blockSignals(False)
        self._load()

    def show_course(self, course_id: uuid.UUID) -> None:
        self.refresh(course_id)
        self.candidates.setFocus()

    def _load(self) -> None:
        course_id = self.course_id()
        self.detail = None
        if course_id is None:
            self.header.setText(
                self.tr(
                    "Noch keine Verbundmaßnahme. Im Reiter „Bedarf im Verbund“ eine Zelle wählen und Strg+Umschalt+N drücken."
                )
            )
            for table in (self.seats, self.candidates):
                table.setRowCount(0)
            return
        company = self.view_box.currentData()
        ws = self.context.workspace
        detail = run_action(
            self, self.context, lambda: joint_course_detail(ws, course_id, company_id=company)
        )
        if detail is None:
            return
        self.detail = detail
        self._show_header(detail)
        self._fill_seats(detail)
        people = (
            []
            if company is not None
            else run_action(self, self.context, lambda: seat_candidates(ws, course_id)) or []
        )
        self.candidates.setRowCount(len(people))
        for r, person in enumerate(people):
            for c, value in enumerate((person.pseudonym_code, person.company)):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, person.employee_id)
                self.candidates.setItem(r, c, item)
        if people:
            self.candidates.setCurrentCell(0, 0)
        self.candidates.resizeColumnsToContents()
        self.status_box.clear()
        for status in NEXT_STATUSES[detail.summary.status]:
            self.status_box.addItem(domain_label(status.label_de), status.value)

    def _show_header(self, d: CourseDetail) -> None:
        s = d.summary
        offer = self.tr("noch auszuschreiben") if s.tendered else (d.provider or self.tr("Angebot"))
        lines = [
            f"<b>{s.title}</b> – {s.competence}, {self.tr('Zielstufe')} {s.target_level}",
            self.tr("Stand: {0} · Anbieter: {1}").format(domain_label(s.status.label_de), offer),
            self.tr("Plätze: {0} vergeben, {1} bestätigt, mindestens {2}, höchstens {3}").format(
                s.seats_taken, s.seats_confirmed, s.min_seats, s.max_seats
            ),
            self.tr("Kosten gesamt {0}, je Platz {1}; {2} Stunden; Beginn {3}").format(
                ui_eur(d.total_cost_eur),
                ui_eur(d.cost_per_seat),
                ui_hours(d.hours),
                ui_date(d.start_date),
            ),
        ]
        if s.host_company:
            lines.append(self.tr("Inhouse-Kurs von {0}, für den Verbund geöffnet").format(s.host_company))
        self.header.setText("<br/>".join(lines))
        self.others.setText(
            ""
            if d.others is None
            else self.tr("Andere Betriebe: {0} Plätze aus {1} Betrieben (nur als Anzahl)").format(
                d.others.seats, d.others.companies
            )
        )

    def _fill_seats(self, d: CourseDetail) -> None:
        self.seats.setRowCount(len(d.seats))
        for r, seat in enumerate(d.seats):
            state = self.tr("bestätigt") if seat.confirmed else self.tr("vorgeschlagen")
            values = (
                seat.pseudonym_code,
                seat.company,
                domain_label(seat.company_size_band),
                state,
                _funding_text(seat),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, seat.id)
                if c == 4:
                    item.setToolTip("\n".join(seat.funding.details_de))
                self.seats.setItem(r, c, item)
        self.seats.resizeColumnsToContents()
        self.seats.horizontalHeader().setStretchLastSection(True)

    def _selected(self, table: QTableWidget) -> uuid.UUID | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def propose(self) -> None:
        course_id, person = self.course_id(), self._selected(self.candidates)
        if course_id is None or person is None:
            return
        ws, actor = self.context.workspace, self.context.actor
        if (
            run_action(self, self.context, lambda: propose_seat(ws, course_id, person, actor=actor))
            is not None
        ):
            self.refresh()
            self.candidates.setFocus()

    def confirm(self) -> None:
        seat = self._selected(self.seats)
        if seat is None:
            return
        ws, actor = self.context.workspace, self.context.actor
        done = run_action(
            self, self.context, lambda: confirm_seat(ws, seat, actor=actor), changed=("plan", None)
        )
        if done is not None:
            row = self.seats.currentRow()
            self.refresh()
            self.seats.setCurrentCell(min(row + 1, self.seats.rowCount() - 1), 0)
            self.seats.setFocus()

    def set_status(self) -> None:
        course_id, value = self.course_id(), self.status_box.currentData()
        if course_id is None or value is None:
            return
        ws, actor = self.context.workspace, self.context.actor
        status = CourseStatus(value)

        def action() -> bool:
            set_course_status(ws, course_id, status, actor=actor)
            return True

        if run_action(self, self.context, action, changed=("plan", None)):
            self.refresh()


def _funding_text(seat: SeatView) -> str:
    """Short: the share and amount of the person's own estimate (details in the tooltip)."""
    est = seat.funding.estimate
    if est is None or not est.eligible:
        return seat.funding.summary_de
    return QCoreApplication.translate("JointCoursesView", "{0} = {1} (Schätzung, {2})").format(
        ui_percent(est.course_cost_share), ui_eur(est.course_cost_subsidy), est.rule_set.title
    )
