"""Deterministic demo view models for tests, the benchmark and the UI preview (until real data is mapped)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tests.samples.report_data import (
    CROSS_CUTTING,
    DIGCOMP,
    EMPLOYEES,
    NOT_ELIGIBLE,
    company_drivers,
    company_measures,
    estimate,
)
from verbund_desktop.assessment.legal_texts import sheet_text
from verbund_desktop.report.viewmodels import (
    CompanyProfileView,
    CompanyReportView,
    CompetencyGroupView,
    CompetencyLine,
    ConsentPurposeView,
    ConsentSheetView,
    DevelopmentPlanView,
    HeatMapCell,
    HeatMapCompetence,
    HeatMapRow,
    MeasureStatus,
    PartyView,
    PlanMeasureView,
    Priority,
    Responsibility,
)

CREATED = date(2026, 11, 26)
COMPANY = "Bäckerei Müller & Söhne GmbH"
NETWORK = "Weiterbildungsverbund Weser-Ems (Demo)"
ADVISOR = "Hannelore Kühn"
DIGCOMP_ATTRIBUTION = (
    "Quelle: Vuorikari, R., Kluzer, S., Punie, Y.: DigComp 2.2, Gemeinsame Forschungsstelle der EU "
    "(JRC), 2022, CC BY 4.0. Deutsche Bezeichnungen: eigene, nicht amtliche Übersetzung."
)


def _plan_measure(index: int) -> PlanMeasureView:
    """The first four are hand-written; later ones vary them so long plans stay realistic."""
    base = [
        PlanMeasureView(
            title="Digitale Warenwirtschaft und Kassensystem",
            closes_gaps=("1.3", "2.4"),
            provider="Bildungswerk der Wirtschaft Nord",
            format="Blended Learning",
            hours=Decimal(160),
            start=date(2027, 1, 11),
            end=date(2027, 3, 26),
            cost=Decimal("1234.56"),
            azav=True,
            funding=estimate(Decimal("1234.56"), Decimal(1), Decimal("2150.00")),
            release_hours=Decimal(80),
            status=MeasureStatus.REGISTERED,
            responsibility="Frau Krüger (Personal)",
        ),
        PlanMeasureView(
            title="IT-Sicherheit im Betrieb: Grundlagen für Beschäftigte",
            closes_gaps=("4.1", "4.2"),
            provider="Volkshochschule Oldenburg",
            format="Präsenz",
            hours=Decimal(16),
            start=date(2027, 2, 2),
            end=date(2027, 2, 3),
            cost=Decimal("390.00"),
            funding=NOT_ELIGIBLE,
            pooled_course="Verbundkurs IT-Sicherheit Frühjahr 2027",
            release_hours=Decimal(16),
            responsibility="Jürgen Weiß",
        ),
        PlanMeasureView(
            title="Mentoring durch die Filialleitung Nord",
            closes_gaps=("SK.4",),
            format="am Arbeitsplatz",
            hours=Decimal("7.5"),
            start=date(2027, 1, 4),
            end=None,
            cost=Decimal(0),
            status=MeasureStatus.RUNNING,
            responsibility="Herr Öztürk (Filialleitung)",
        ),
        PlanMeasureView(
            title="Fortbildung Fachwirt/in im Gastgewerbe (IHK)",
            closes_gaps=("FW.2", "MK.1", "SK.3"),
            provider="IHK-Bildungszentrum Weser-Ems",
            format="berufsbegleitend, Präsenz",
            hours=Decimal(640),
            start=date(2027, 4, 1),
            end=date(2028, 9, 30),
            cost=Decimal("4890.00"),
            azav=True,
            funding=estimate(Decimal("4890.00"), Decimal(1)),
            release_hours=Decimal(320),
            responsibility="Arbeitgeber",
        ),
    ]
    measure = base[index % len(base)]
    if index < len(base):
        return measure
    shift = timedelta(days=7 * index)
    return PlanMeasureView(
        title=f"{measure.title} (Gruppe {index + 1})",
        closes_gaps=measure.closes_gaps,
        provider=measure.provider,
        format=measure.format,
        hours=measure.hours,
        start=measure.start + shift if measure.start else None,
        end=measure.end + shift if measure.end else None,
        cost=measure.cost,
        azav=measure.azav,
        funding=measure.funding,
        pooled_course=measure.pooled_course,
        release_hours=measure.release_hours,
        status=measure.status,
        responsibility=measure.responsibility,
    )


def _plan_lines(
    catalogue: tuple[tuple[str, str], ...], low: int, high: int, seed: int
) -> tuple[CompetencyLine, ...]:
    lines = []
    priorities = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)
    for index, (code, name) in enumerate(catalogue):
        agreed = low + (index * 3 + seed) % (high - low)
        target = min(high, agreed + (index + seed) % 4)
        lines.append(
            CompetencyLine(
                code=code,
                name=name,
                self_level=min(high, agreed + (index % 2)),
                supervisor_level=max(low, agreed - (index % 3 == 0)),
                agreed_level=agreed,
                target_level=target,
                priority=priorities[index % 3],
                not_applicable=index % 9 == 8,
                note="Kasse und Warenwirtschaft im Blick" if index == 2 else "",
            )
        )
    return tuple(lines)


def sample_plan_view(
    *, measures: int = 4, pseudonymised: bool = False, works_council: bool = True
) -> DevelopmentPlanView:
    """A development plan for "Jürgen Weiß" with ``measures`` measures (0 allowed)."""
    return DevelopmentPlanView(
        created=CREATED,
        company_name=COMPANY,
        company_has_works_council=works_council,
        employee_name="Jürgen Weiß",
        pseudonym_code="BMS-07",
        pseudonymised=pseudonymised,
        role="Stellvertretende Filialleitung",
        department="Verkauf und Filialen",
        interview_date=date(2026, 11, 12),
        advisor_name=ADVISOR,
        network_name=NETWORK,
        plan_version=2,
        version_date=CREATED,
        starting_point=(
            "Seit 2014 im Verkauf tätig, vertritt die Filialleitung. Das neue Kassen- und "
            "Warenwirtschaftssystem wird 2027 in allen Filialen eingeführt.\n\n"
            "Wunsch: mittelfristig eine Filiale selbständig führen."
        ),
        goals=(
            "Bis Ende 2027 sicherer Umgang mit Warenwirtschaft, Bestellwesen und Dienstplanung; "
            "Grundlagen der IT-Sicherheit; Vorbereitung auf die Fortbildung zum Fachwirt."
        ),
        competence_groups=(
            CompetencyGroupView(
                catalogue_title="DigComp 2.2 – Digitale Kompetenzen",
                catalogue_version="2.2",
                min_level=1,
                max_level=8,
                lines=_plan_lines(DIGCOMP[:12], 1, 8, seed=1),
                attribution=DIGCOMP_ATTRIBUTION,
            ),
            CompetencyGroupView(
                catalogue_title="Überfachliche Kompetenzen (nach DQR-Struktur)",
                catalogue_version="1.0",
                min_level=0,
                max_level=4,
                lines=_plan_lines(CROSS_CUTTING[8:14], 0, 4, seed=2),
            ),
        ),
        measures=tuple(_plan_measure(i) for i in range(measures)),
        responsibilities=(
            Responsibility("Arbeitgeber (Frau Krüger, Personal)", "Anmeldung, Freistellung, Förderantrag"),
            Responsibility("Jürgen Weiß", "Teilnahme, Lerntagebuch, Rückmeldung nach jedem Kurs"),
            Responsibility(f"{ADVISOR} (Verbund)", "Vermittlung der Verbundkurse, Überprüfung des Plans"),
        ),
        next_review=date(2027, 6, 15),
        place="Oldenburg",
        consent_text_version="2026-01",
        consent_date=date(2026, 11, 12),
    )


def sample_company_view(
    *, employees: int = 30, competences: int = 21, pseudonymised: bool = False
) -> CompanyReportView:
    """A company report with ``employees`` rows and ``competences`` columns (at most 30 × 40)."""
    catalogue = (DIGCOMP + CROSS_CUTTING)[:competences]
    priorities = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)
    rows = []
    for i in range(employees):
        cells = tuple(
            HeatMapCell(
                gap=None if (i + j) % 17 == 16 else max(0, (i * 7 + j * 3) % 5 - j % 4),
                priority=priorities[(i + 2 * j) % 3],
                not_applicable=(i * j) % 13 == 12,
            )
            for j in range(len(catalogue))
        )
        name = EMPLOYEES[i % len(EMPLOYEES)]
        if i >= len(EMPLOYEES):
            name += f" ({i // len(EMPLOYEES) + 1})"
        rows.append(HeatMapRow(employee_name=name, pseudonym_code=f"BMS-{i + 1:02d}", cells=cells))
    return CompanyReportView(
        created=CREATED,
        profile=CompanyProfileView(
            name=COMPANY,
            industry="Lebensmittelhandwerk (Bäckerei, Konditorei)",
            headcount=38,
            headcount_incl_linked=46,
            region="Landkreis Oldenburg",
            has_works_council=True,
            training_agreement="Betriebsvereinbarung „Weiterbildung“ vom 01.03.2025",
            contact_name="Sabine Krüger",
            contact_role="Personalleitung",
            contact_details="0441 123456-20, personal@baeckerei-mueller.example",
            staff_affected_share=Decimal("0.35"),
        ),
        interview_date=date(2026, 10, 29),
        advisor_name=ADVISOR,
        network_name=NETWORK,
        pseudonymised=pseudonymised,
        drivers=company_drivers(),
        competences=tuple(HeatMapCompetence(code, name) for code, name in catalogue),
        rows=tuple(rows),
        measures=company_measures(),
        pooling_needs=(
            "IT-Sicherheit (Grundlagen): 12 Beschäftigte, Frühjahr 2027, Präsenz in Oldenburg",
            "Warenwirtschaft mit Kassensystem: 6 Beschäftigte, ab Januar 2027",
            "Führen im Schichtbetrieb: 4 Beschäftigte; weitere Betriebe im Verbund haben denselben Bedarf",
        ),
        catalogue_note="Kataloge: DigComp 2.2 (Stufen 1–8) und Überfachliche Kompetenzen nach DQR-Struktur, "
        "Version 1.0 (Stufen 0–4). " + DIGCOMP_ATTRIBUTION,
    )


def sample_consent_view(
    *, severe_disability: bool = True, employee_name: str = "Änne Ößmann", recorded: bool = False
) -> ConsentSheetView:
    """The consent sheet for one employee of the demo company, in the words of the current text version.

    ``recorded=True`` prints it as recorded: purposes 1 and 2 given, the pooling (3) refused.
    """
    texts = sheet_text()
    return ConsentSheetView(
        created=CREATED,
        text_version=texts.version,
        employee_name=employee_name,
        controller=PartyView(
            name=COMPANY,
            address_lines=("Lange Straße 12", "26122 Oldenburg"),
            contact="0441 123456-0, datenschutz@baeckerei-mueller.example",
        ),
        processor=PartyView(
            name=f"Koordinierungsstelle {NETWORK}",
            address_lines=("Am Stadthafen 3", "26122 Oldenburg"),
            contact="0441 987654-0, verbund@weser-ems.example",
        ),
        advisor_name=ADVISOR,
        purposes=tuple(
            ConsentPurposeView(
                p.title, p.description, p.legal_basis, p.recipients, ticked=recorded and p.purpose.number < 3
            )
            for p in texts.purposes
        ),
        data_categories=texts.data_categories,
        recipients=(texts["recipient_works_council"],),
        storage_period=texts["retention"].format(months=36),
        supervisory_authority=PartyView(
            name="Der Landesbeauftragte für den Datenschutz Niedersachsen",
            address_lines=("Prinzenstraße 5", "30159 Hannover"),
        ),
        data_protection_officer=PartyView(
            name="Datenschutz Nord GbR (extern)", contact="dsb@datenschutz-nord.example"
        ),
        network_data_protection_officer=PartyView(
            name="Dr. Jana Reuter (Verbund)", contact="datenschutz@weser-ems.example"
        ),
        ask_severe_disability=severe_disability,
        place="Oldenburg",
        recorded=recorded,
        texts=texts,
    )
