"""Database → view model of the consent and information sheet (Art. 13 GDPR) for one person.

The words are those of one text version of the legal resource; the parties come from the company record
(controller, its data protection officer) and the network record (the coordination office, its officer, the
supervisory authority), as entered by the office. The boxes show what was recorded, or the decisions the
consent dialog holds before they are stored, or nothing (a blank form to fill in by hand).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from verbund_desktop.assessment.clean_names import safe_file_name
from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER, ConsentPurpose
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.assessment.legal_texts import sheet_text
from verbund_desktop.persistence.models import Company, Employee, Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.consent import build_consent_sheet
from verbund_desktop.report.viewmodels import ConsentPurposeView, ConsentSheetView, PartyView
from verbund_desktop.services.organisation.advisors import current_advisor
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.services.protection.consent_gates import has_consent

# The 100 % rule for severely disabled employees applies only below 500 employees (§ 82 SGB III).
DISABILITY_RULE_LIMIT = 500


def _lines(*parts: str) -> tuple[str, ...]:
    return tuple(p for p in (part.strip() for part in parts) if p)


def company_party(company: Company) -> PartyView:
    place = " ".join(_lines(company.postcode, company.region))
    contact = ", ".join(_lines(company.contact_name, company.contact_phone, company.contact_email))
    return PartyView(company.name, _lines(company.street, place), contact)


def network_party(network: Network | None) -> PartyView:
    if network is None:
        return PartyView("Koordinierungsstelle des Weiterbildungsverbunds")
    place = " ".join(_lines(network.postcode, network.city)) or network.region
    return PartyView(f"Koordinierungsstelle {network.name}", _lines(network.street, place), network.contact)


def _officer(name: str, contact: str) -> PartyView | None:
    return PartyView(name.strip(), (), contact.strip()) if name.strip() else None


def _authority(network: Network | None) -> PartyView | None:
    if network is None or not network.authority_name.strip():
        return None
    return PartyView(network.authority_name.strip(), _lines(*network.authority_address.splitlines()))


def consent_sheet_view(
    ws: Workspace,
    employee_id: uuid.UUID,
    *,
    today: date | None = None,
    pseudonymised: bool = False,
    decisions: Mapping[ConsentPurpose, bool] | None = None,
    blank: bool = False,
) -> ConsentSheetView:
    """The sheet for one employee; blank name when pseudonymised.

    ``decisions`` ticks the boxes as the dialog holds them; without it the boxes show the valid records of the
    person; ``blank=True`` (or a person without any record) prints a form with empty boxes.
    """
    texts = sheet_text()
    with ws.unit_of_work() as uow:
        s = uow.session
        employee = s.get(Employee, employee_id)
        if employee is None:
            raise InputError("Diese Person gibt es nicht (mehr).")
        company = s.get(Company, employee.company_id)
        assert company is not None
        network = s.get(Network, company.network_id)
        advisor = current_advisor(s)
        if decisions is None and not blank:
            decisions = {p: has_consent(s, employee.id, p) for p in PURPOSES_IN_ORDER}
        if decisions is not None and not any(decisions.values()):
            decisions = None  # nothing decided yet: a form for the person to tick by hand
        recipients = [texts["recipient_works_council"]] if company.works_council else []
        purposes = tuple(
            ConsentPurposeView(
                p.title,
                p.description,
                p.legal_basis,
                p.recipients,
                ticked=bool(decisions and decisions.get(p.purpose)),
            )
            for p in texts.purposes
        )
        return ConsentSheetView(
            created=today or date.today(),
            text_version=texts.version,
            employee_name="" if pseudonymised else employee.full_name,
            controller=company_party(company),
            processor=network_party(network),
            advisor_name=advisor.name if advisor is not None else "",
            purposes=purposes,
            data_categories=texts.data_categories,
            recipients=tuple(recipients),
            storage_period=texts["retention"].format(months=company.retention_months),
            supervisory_authority=_authority(network),
            data_protection_officer=_officer(company.dpo_name, company.dpo_contact),
            network_data_protection_officer=(
                _officer(network.dpo_name, network.dpo_contact) if network is not None else None
            ),
            ask_severe_disability=company.headcount_linked < DISABILITY_RULE_LIMIT,
            place=company.region,
            recorded=decisions is not None and not blank,
            texts=texts,
        )


def consent_sheet_pdf(
    ws: Workspace,
    employee_id: uuid.UUID,
    *,
    decisions: Mapping[ConsentPurpose, bool] | None = None,
    today: date | None = None,
) -> bytes:
    """The sheet as PDF bytes, ticked as ``decisions`` (or as recorded)."""
    view = consent_sheet_view(ws, employee_id, today=today, decisions=decisions)
    return build_consent_sheet(view, logo=letterhead_logo(ws))


def consent_sheet_file_name(ws: Workspace, employee_id: uuid.UUID) -> str:
    """„Einwilligung-<Pseudonym-Code>.pdf“: no name in the file name (it may end up in shared folders)."""
    with ws.unit_of_work() as uow:
        employee = uow.session.get(Employee, employee_id)
        code = employee.pseudonym_code if employee is not None else "Person"
    return f"Einwilligung-{safe_file_name(code)}.pdf"


def sheet_gaps(ws: Workspace, employee_id: uuid.UUID) -> tuple[str, ...]:
    """German sentences naming what the office still has to enter for a complete Art. 13 sheet."""
    with ws.unit_of_work() as uow:
        s = uow.session
        employee = s.get(Employee, employee_id)
        if employee is None:
            return ()
        company = s.get(Company, employee.company_id)
        assert company is not None
        network = s.get(Network, company.network_id)
        gaps = []
        if not company.street.strip() or not company.postcode.strip():
            gaps.append(f"Für „{company.name}“ fehlt die vollständige Anschrift (Betrieb bearbeiten).")
        if network is None or not network.street.strip() or not network.city.strip():
            gaps.append(
                "Die Anschrift der Koordinierungsstelle fehlt (Menü Extras → Datenschutz-Angaben des Verbunds)."
            )
        if network is None or not network.authority_name.strip():
            gaps.append(
                "Die Datenschutz-Aufsichtsbehörde ist nicht eingetragen (Menü Extras → Datenschutz-Angaben "
                "des Verbunds); das Blatt nennt dann nur allgemein die Behörde des Landes."
            )
        return tuple(gaps)
