"""Read-only detail pages for the network, a company and an employee."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from verbund_desktop.assessment.funding_format import format_headcount
from verbund_desktop.services.organisation.directory import CompanySummary, EmployeeSummary, NetworkSummary


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("DetailPages", "ja")
        if value
        else QCoreApplication.translate("DetailPages", "nein")
    )


class DetailPage(QWidget):
    """A titled form of label/value rows; ``show_rows`` replaces the rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def show_rows(self, title: str, heading: str, rows: list[tuple[str, str]]) -> None:
        self.title.setText(title)
        self.box.setTitle(heading)
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            value_label = QLabel(value or "–")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label + ":", value_label)

    def values(self) -> dict[str, str]:
        """Label → shown value; used by tests and screen readers alike."""
        out: dict[str, str] = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field:
                label_widget = label.widget()
                field_widget = field.widget()
                if isinstance(label_widget, QLabel) and isinstance(field_widget, QLabel):
                    out[label_widget.text().rstrip(":")] = field_widget.text()
        return out


def network_rows(n: NetworkSummary) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("DetailPages", "Name"), n.name),
        (QCoreApplication.translate("DetailPages", "Region"), n.region),
        (QCoreApplication.translate("DetailPages", "Betriebe"), str(n.company_count)),
    ]


def company_rows(c: CompanySummary) -> list[tuple[str, str]]:
    status = {
        "draft": QCoreApplication.translate("DetailPages", "Entwurf"),
        "complete": QCoreApplication.translate("DetailPages", "abgeschlossen"),
        None: QCoreApplication.translate("DetailPages", "noch nicht begonnen"),
    }[c.interview_status]
    return [
        (QCoreApplication.translate("DetailPages", "Branche"), c.industry),
        (QCoreApplication.translate("DetailPages", "Beschäftigte"), format_headcount(c.headcount)),
        (
            QCoreApplication.translate("DetailPages", "Beschäftigte inkl. verbundener Unternehmen"),
            format_headcount(c.headcount_linked),
        ),
        (QCoreApplication.translate("DetailPages", "PLZ / Region"), f"{c.postcode} {c.region}".strip()),
        (QCoreApplication.translate("DetailPages", "Betriebsrat"), _yes_no(c.works_council)),
        (
            QCoreApplication.translate("DetailPages", "Betriebs-/Tarifvereinbarung zur Weiterbildung"),
            _yes_no(c.training_agreement),
        ),
        (QCoreApplication.translate("DetailPages", "Ansprechperson"), c.contact_name),
        (QCoreApplication.translate("DetailPages", "Erfasste Beschäftigte"), str(c.employee_count)),
        (QCoreApplication.translate("DetailPages", "Bedarfsanalyse"), status),
    ]


def employee_rows(e: EmployeeSummary, company_name: str, *, pseudonymised: bool) -> list[tuple[str, str]]:
    rows = [
        (QCoreApplication.translate("DetailPages", "Pseudonym-Code"), e.pseudonym_code),
        (QCoreApplication.translate("DetailPages", "Betrieb"), company_name),
    ]
    if not pseudonymised:
        rows.insert(0, (QCoreApplication.translate("DetailPages", "Name"), f"{e.first_name} {e.last_name}"))
    qualification = (
        str(e.qualification_year or "–")
        if e.has_vocational_qualification
        else QCoreApplication.translate("DetailPages", "ohne Berufsabschluss")
    )
    rows += [
        (QCoreApplication.translate("DetailPages", "Tätigkeit"), e.job_title),
        (QCoreApplication.translate("DetailPages", "Stellenprofil"), e.role),
        (QCoreApplication.translate("DetailPages", "Abteilung"), e.department),
        (QCoreApplication.translate("DetailPages", "Geburtsjahr"), str(e.birth_year) if e.birth_year else ""),
        (QCoreApplication.translate("DetailPages", "Berufsabschluss (Jahr)"), qualification),
        (QCoreApplication.translate("DetailPages", "Kompetenzgespräche"), str(e.assessment_count)),
        (QCoreApplication.translate("DetailPages", "Entwicklungspläne"), str(e.plan_count)),
        (QCoreApplication.translate("DetailPages", "Notizen"), e.notes),
    ]
    return rows
