"""The company tab „Förderung“: Qualifizierungsgeld conditions for the company and a § 82 SGB III calculator.

Nothing here is stored; every figure is a „Schätzung“ that names its rule set and the date it applies from.
"""

from __future__ import annotations

import uuid
from datetime import date
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.errors import message_of
from verbund_desktop.assessment.funding import (
    FundingEstimate,
    FundingInput,
    estimate_funding,
    format_date_de,
    format_euro,
    format_headcount,
    format_share,
    qualifizierungsgeld_info,
)
from verbund_desktop.assessment.funding_format import parse_weighted_headcount
from verbund_desktop.services.planning.plan_funding import CompanyFundingFacts, company_funding_facts
from verbund_desktop.services.planning.plan_values import PlanError, parse_date_de, parse_decimal_de
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.locale_format import domain_date_text, domain_number_text, ui_date_hint
from verbund_desktop.ui.common.operations import explain_failure
from verbund_desktop.ui.common.service_messages import ui_message

MARKS = {  # translated where shown
    True: QT_TRANSLATE_NOOP("FundingView", "✔ erfüllt"),
    False: QT_TRANSLATE_NOOP("FundingView", "✘ nicht erfüllt"),
    None: QT_TRANSLATE_NOOP("FundingView", "? nicht beurteilbar"),
}


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def estimate_html(estimate: FundingEstimate) -> str:
    """The estimate as HTML: verdict, amounts, every reason, rule set and note („Schätzung“).

    The frame is in the UI language; reasons and note come from the rule set and stay German.
    """
    rule = estimate.rule_set
    head = (
        QCoreApplication.translate(
            "FundingView", "Voraussichtlich förderfähig – Schätzung nach „{0}“, Stand {1}"
        )
        if estimate.eligible
        else QCoreApplication.translate(
            "FundingView", "Voraussichtlich nicht förderfähig – Schätzung nach „{0}“, Stand {1}"
        )
    ).format(escape(rule.title), format_date_de(rule.valid_from))
    rows = []
    if estimate.eligible:
        rows.append(
            QCoreApplication.translate("FundingView", "Lehrgangskosten: {0} = <b>{1}</b>").format(
                format_share(estimate.course_cost_share), format_euro(estimate.course_cost_subsidy)
            )
        )
        wage = (
            QCoreApplication.translate("FundingView", "nicht berechnet")
            if estimate.wage_subsidy is None
            else f"<b>{format_euro(estimate.wage_subsidy)}</b>"
        )
        rows.append(
            QCoreApplication.translate("FundingView", "Arbeitsentgeltzuschuss: {0} = {1}").format(
                format_share(estimate.wage_subsidy_share), wage
            )
        )
        if estimate.wage_subsidy_is_maximum:
            without = estimate.wage_subsidy_without_discretionary
            rows.append(
                QCoreApplication.translate(
                    "FundingView",
                    "Beim Arbeitsentgeltzuschuss ist eine Kann-Leistung als Höchstwert eingerechnet; "
                    "ohne sie: {0} = {1}. Ob sie gewährt wird, entscheidet die Agentur für Arbeit.",
                ).format(
                    format_share(estimate.wage_subsidy_share_without_discretionary),
                    format_euro(without) if without is not None else "–",
                )
            )
        if estimate.application_date is not None:
            rows.append(
                QCoreApplication.translate("FundingView", "Antragstellung: {0}").format(
                    format_date_de(estimate.application_date)
                )
            )
    reasons = "".join(f"<li>{escape(r)}</li>" for r in estimate.reasons)
    return (
        f"<p><b>{head}</b></p><p>{'<br/>'.join(rows)}</p><ul>{reasons}</ul>"
        f"<p><i>{escape(estimate.note)}</i></p>"
    )


class FundingView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.facts: CompanyFundingFacts | None = None
        self.title = QLabel(self.tr("Förderung"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")

        self.qualifizierungsgeld = QTextBrowser()
        self.qualifizierungsgeld.setAccessibleName(self.tr("Qualifizierungsgeld"))
        q_box = QGroupBox(self.tr("Qualifizierungsgeld (§§ 82a–c SGB III) – Information"))
        QVBoxLayout(q_box).addWidget(self.qualifizierungsgeld)

        self.size_edit = _line(self.tr("gewichtet, z. B. 49,75"))
        self.size_edit.setToolTip(
            self.tr(
                "Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III anteilig: bis 10 Wochenstunden 0,25, "
                "bis 20 Stunden 0,5, bis 30 Stunden 0,75."
            )
        )
        self.agreement_box = QCheckBox(self.tr("Betriebsvereinbarung oder Tarifvertrag zur Weiterbildung"))
        self.start_edit = _line(ui_date_hint())
        self.hours_edit = _line(self.tr("z. B. 160"))
        self.cost_edit = _line(self.tr("Euro, z. B. 2.400,00"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(0, 80)
        self.age_spin.setSpecialValueText(self.tr("unbekannt"))
        self.qualification_edit = _line(self.tr("Jahr, z. B. 2012"))
        self.no_qualification_box = QCheckBox(self.tr("ohne Berufsabschluss"))
        self.leads_box = QCheckBox(self.tr("Maßnahme führt zu einem Berufsabschluss"))
        self.application_edit = _line(self.tr("TT.MM.JJJJ (leer: Tag vor dem Beginn)"))
        self.last_funding_edit = _line(self.tr("TT.MM.JJJJ (falls bekannt)"))
        self.disabled_box = QCheckBox(self.tr("schwerbehindert (nur mit ausdrücklicher Einwilligung)"))
        self.azav_box = QCheckBox(self.tr("Maßnahme und Träger nach AZAV zugelassen"))
        self.azav_box.setChecked(True)
        self.wage_edit = _line(self.tr("Euro brutto im Monat (optional)"))
        self.months_edit = _line(self.tr("Monate Freistellung (optional)"))
        self.estimate_button = QPushButton(self.tr("&Schätzen"))
        self.estimate_button.setDefault(True)
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Ergebnis der Schätzung"))

        form = self._form()
        calc_box = QGroupBox(self.tr("Förderung nach § 82 SGB III schätzen"))
        calc_layout = QVBoxLayout(calc_box)
        calc_layout.addLayout(form)
        calc_layout.addWidget(self.result, 1)

        columns = QHBoxLayout()
        columns.addWidget(q_box, 2)
        columns.addWidget(calc_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)

        self.estimate_button.clicked.connect(self.estimate)
        edits = (self.size_edit, self.start_edit, self.application_edit, self.hours_edit, self.cost_edit)
        for edit in (*edits, self.last_funding_edit, self.wage_edit, self.months_edit):
            edit.returnPressed.connect(self.estimate)
        self.no_qualification_box.toggled.connect(self._qualification_toggled)
        self._qualification_toggled(False)

    def _form(self) -> QFormLayout:
        """The calculator's fields in the order an advisor fills them in."""
        form = QFormLayout()
        form.addRow(self.tr("Beschäftigte inkl. &verbundener Unternehmen:"), self.size_edit)
        form.addRow("", self.agreement_box)
        form.addRow(self.tr("&Beginn der Maßnahme:"), self.start_edit)
        form.addRow(self.tr("An&trag gestellt am:"), self.application_edit)
        form.addRow(self.tr("&Stunden:"), self.hours_edit)
        form.addRow(self.tr("&Lehrgangskosten:"), self.cost_edit)
        form.addRow(self.tr("&Alter bei Beginn:"), self.age_spin)
        form.addRow(self.tr("Berufsabschluss im &Jahr:"), self.qualification_edit)
        form.addRow("", self.no_qualification_box)
        form.addRow("", self.leads_box)
        form.addRow(self.tr("Letzte geförderte Teilnahme (§ 82) endete am:"), self.last_funding_edit)
        form.addRow("", self.disabled_box)
        form.addRow("", self.azav_box)
        form.addRow(self.tr("&Monatsentgelt:"), self.wage_edit)
        form.addRow(self.tr("Freistellung in M&onaten:"), self.months_edit)
        form.addRow("", self.estimate_button)
        return form

    def _qualification_toggled(self, none: bool) -> None:
        self.qualification_edit.setEnabled(not none)
        self.leads_box.setEnabled(none)

    def set_subject(self, ident: uuid.UUID) -> None:
        self.facts = company_funding_facts(self.context.workspace, ident)
        if self.facts is None:
            return
        self.title.setText(self.tr("Förderung – {0}").format(self.facts.name))
        self.size_edit.setText(format_headcount(self.facts.company_size))
        self.agreement_box.setChecked(self.facts.training_agreement)
        self.result.setHtml(
            self.tr("<p>Angaben eintragen und „Schätzen“ wählen. Das Ergebnis ist eine Schätzung.</p>")
        )
        self.show_qualifizierungsgeld(date.today())

    def show_qualifizierungsgeld(self, start: date) -> None:
        facts = self.facts
        if facts is None:
            return
        # § 82a Abs. 2: the thresholds count the establishment the agreement covers, not the group.
        info = qualifizierungsgeld_info(
            facts.headcount, facts.share_affected, facts.training_agreement, start
        )
        share = (
            format_share(facts.share_affected)
            if facts.share_affected is not None
            else self.tr("nicht erfasst")
        )
        rows = "".join(
            f"<tr><td>{escape(text)}</td><td style='white-space: nowrap'>{self.tr(MARKS[met])}</td></tr>"
            for text, met in zip(info.conditions, info.met, strict=True)
        )
        company = self.tr(
            "{0}: {1} Beschäftigte im Betrieb (ohne verbundene Unternehmen); vom Strukturwandel betroffen: {2} "
            "(aus der Bedarfsanalyse)."
        ).format(escape(facts.name), format_headcount(facts.headcount), share)
        notes = "".join(f"<p>{escape(note)}</p>" for note in info.notes_de)
        self.qualifizierungsgeld.setHtml(
            f"<p>{company}</p><table cellpadding='3'>{rows}</table>{notes}<p><i>{escape(info.note)}</i></p>"
        )

    def funding_input(self) -> FundingInput:
        """The form as an estimate input; raises PlanError (German) on unreadable entries."""
        start = parse_date_de(domain_date_text(self.start_edit.text()), "Der Beginn")
        if start is None:
            raise PlanError(self.tr("Bitte den Beginn der Maßnahme angeben (TT.MM.JJJJ)."))
        hours = parse_decimal_de(domain_number_text(self.hours_edit.text()), "Die Stundenzahl")
        cost = parse_decimal_de(domain_number_text(self.cost_edit.text()), "Die Lehrgangskosten")
        if hours is None or cost is None:
            raise PlanError(self.tr("Bitte Stunden und Lehrgangskosten angeben."))
        year_text = self.qualification_edit.text().strip()
        if year_text and not year_text.isdigit():
            raise PlanError(self.tr("Berufsabschluss: „{0}“ ist keine Jahreszahl.").format(year_text))
        no_qualification = self.no_qualification_box.isChecked()
        try:
            size = parse_weighted_headcount(domain_number_text(self.size_edit.text()))
        except ValueError as exc:
            raise PlanError(self.tr("Beschäftigte: {0}").format(ui_message(message_of(exc)))) from None
        return FundingInput(
            start=start,
            application_date=parse_date_de(
                domain_date_text(self.application_edit.text()), "Der Tag der Antragstellung"
            ),
            company_size=size,
            age=self.age_spin.value() or None,
            hours=hours,
            course_cost=cost,
            monthly_wage=parse_decimal_de(domain_number_text(self.wage_edit.text()), "Das Monatsentgelt"),
            months_release=parse_decimal_de(domain_number_text(self.months_edit.text()), "Die Freistellung"),
            qualification_year=int(year_text) if year_text and not no_qualification else None,
            has_vocational_qualification=not no_qualification,
            leads_to_qualification=no_qualification and self.leads_box.isChecked(),
            last_funding=parse_date_de(
                domain_date_text(self.last_funding_edit.text()), "Das Ende der letzten geförderten Teilnahme"
            ),
            severely_disabled=self.disabled_box.isChecked(),
            azav_measure=self.azav_box.isChecked(),
            azav_provider=self.azav_box.isChecked(),
            company_agreement=self.agreement_box.isChecked(),
            share_affected_by_change=self.facts.share_affected if self.facts else None,
        )

    def estimate(self) -> FundingEstimate | None:
        try:
            inp = self.funding_input()
            estimate = estimate_funding(inp, self.facts.rule_sets if self.facts else None)
        except Exception as exc:
            self.result.setHtml(f"<p style='color: #a00'><b>{escape(explain_failure(exc, None)[0])}</b></p>")
            return None
        self.result.setHtml(estimate_html(estimate))
        self.show_qualifizierungsgeld(inp.start)
        return estimate


def funding_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return (QCoreApplication.translate("FundingView", "Förderung"), FundingView(context))
