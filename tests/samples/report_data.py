"""Demo content for :mod:`.samples`: competence names (our German labels), people, answers, measures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from verbund_desktop.report.viewmodels import (
    FundingEstimateView,
    InterviewAnswerView,
    InterviewSectionView,
    RecommendedMeasureView,
)

RULE_SET_TITLE = "§ 82 SGB III (Aus- und Weiterbildungsgesetz)"
RULE_SET_FROM = date(2024, 4, 1)

DIGCOMP: tuple[tuple[str, str], ...] = (
    ("1.1", "Daten, Informationen und digitale Inhalte durchsuchen und filtern"),
    ("1.2", "Daten, Informationen und digitale Inhalte bewerten"),
    ("1.3", "Daten, Informationen und digitale Inhalte verwalten"),
    ("2.1", "Mit digitalen Technologien interagieren"),
    ("2.2", "Über digitale Technologien teilen"),
    ("2.3", "Mit digitalen Technologien am gesellschaftlichen Leben teilhaben"),
    ("2.4", "Mit digitalen Technologien zusammenarbeiten"),
    ("2.5", "Netiquette"),
    ("2.6", "Digitale Identität verwalten"),
    ("3.1", "Digitale Inhalte entwickeln"),
    ("3.2", "Digitale Inhalte integrieren und neu bearbeiten"),
    ("3.3", "Urheberrecht und Lizenzen"),
    ("3.4", "Programmieren"),
    ("4.1", "Geräte schützen"),
    ("4.2", "Personenbezogene Daten und Privatsphäre schützen"),
    ("4.3", "Gesundheit und Wohlbefinden schützen"),
    ("4.4", "Umwelt schützen"),
    ("5.1", "Technische Probleme lösen"),
    ("5.2", "Bedürfnisse und technologische Antworten erkennen"),
    ("5.3", "Digitale Technologien kreativ nutzen"),
    ("5.4", "Digitale Kompetenzlücken erkennen"),
)
CROSS_CUTTING: tuple[tuple[str, str], ...] = (
    ("FW.1", "Fachwissen im Arbeitsgebiet"),
    ("FW.2", "Kenntnis betrieblicher Abläufe"),
    ("FW.3", "Normen und Vorschriften"),
    ("FW.4", "Werkstoff- und Produktkenntnis"),
    ("FF.1", "Problemlösen"),
    ("FF.2", "Werkzeuge und Verfahren anwenden"),
    ("FF.3", "Qualitätsbewusstsein"),
    ("FF.4", "Beurteilungsfähigkeit"),
    ("SK.1", "Teamarbeit"),
    ("SK.2", "Kommunikation"),
    ("SK.3", "Kundenorientierung"),
    ("SK.4", "Anleiten und Führen"),
    ("SE.1", "Eigenverantwortung"),
    ("SE.2", "Lernkompetenz"),
    ("SE.3", "Reflexivität"),
    ("MK.1", "Planung und Organisation"),
    ("MK.2", "Präsentieren"),
    ("MK.3", "Projektarbeit"),
    ("MK.4", "Zeitmanagement"),
)
EMPLOYEES: tuple[str, ...] = (
    "Jürgen Weiß", "Änne Ößmann", "Björn Müller-Lüdenscheidt", "Özlem Yılmaz", "Sören Käßbohrer",
    "Marie-Luise Großkopf", "Günther Bäumer", "Jörg Schäfer", "Dörte Fuß", "Ülkü Demir",
    "Käthe Strauß", "Malte Jürgensen", "Agnieszka Wójcik", "Hans-Jörg Lütke", "Frauke Höß",
    "Timo Rößler", "Léa Dubois-König", "Yusuf Çelik", "Ines Märklin", "Bärbel Krämer",
    "Tobias Groß", "Heike Pöhlmann", "Rüdiger Schütz", "Natalia Sokołowska", "Wiebke Nüßlein",
    "Fynn Brückner", "Gülay Öztürk", "Maximilian von Lößnitz-Überhäuser", "Svenja Däumler", "Ole Grüning",
)  # fmt: skip


def company_drivers() -> tuple[InterviewSectionView, ...]:
    def qa(*pairs: tuple[str, str]) -> tuple[InterviewAnswerView, ...]:
        return tuple(InterviewAnswerView(q, a) for q, a in pairs)

    return (
        InterviewSectionView(
            "A3 Aktuelle und geplante Veränderungen",
            qa(
                ("Welche Veränderungen stehen in den nächsten zwei Jahren an?", "Neues Kassen- und "
                 "Warenwirtschaftssystem in allen 9 Filialen; Online-Vorbestellung über eine App."),
                ("Sind Beschäftigte vom Strukturwandel betroffen?", "ja"),
            ),
        ),
        InterviewSectionView(
            "Digitaler Wandel",
            qa(
                ("Gibt es eine Digitalisierungsstrategie?", "In Arbeit, Abschluss geplant für 2027."),
                ("Wie schätzen Sie die IT-Sicherheit ein? (1 = sehr schwach, 5 = sehr gut)", "2"),
                ("Welche Geschäftsprozesse sind bereits digital?", "Lohnabrechnung, Dienstplanung, "
                 "Bestellung beim Großhandel"),
            ),
        ),
        InterviewSectionView(
            "Demografie",
            qa(
                ("Wie ist die Altersstruktur?", "Ein Drittel der Beschäftigten ist älter als 55 Jahre."),
                ("Besteht in den nächsten 5 Jahren ein Nachfolgerisiko?", "ja, in der Backstube"),
            ),
        ),
    )  # fmt: skip


def estimate(cost: Decimal, share: Decimal, wage: Decimal | None = None) -> FundingEstimateView:
    return FundingEstimateView(
        rule_set_title=RULE_SET_TITLE,
        rule_set_valid_from=RULE_SET_FROM,
        eligible=True,
        course_cost_share=share,
        course_cost_subsidy=(cost * share).quantize(Decimal("0.01")),
        wage_subsidy_share=Decimal("0.75") if wage is not None else Decimal(0),
        wage_subsidy=wage,
    )


NOT_ELIGIBLE = FundingEstimateView(
    rule_set_title=RULE_SET_TITLE,
    rule_set_valid_from=RULE_SET_FROM,
    eligible=False,
    reasons=("Die Maßnahme umfasst 16 Stunden; gefördert werden nur Maßnahmen mit mehr als 120 Stunden.",),
)


def company_measures() -> tuple[RecommendedMeasureView, ...]:
    return (
        RecommendedMeasureView(
            title="Digitale Warenwirtschaft und Kassensystem",
            competence_codes=("1.3", "2.4"),
            provider="Bildungswerk der Wirtschaft Nord",
            format="Blended Learning",
            hours=Decimal(160),
            participants=6,
            cost=Decimal("7407.36"),
            azav=True,
            funding=estimate(Decimal("7407.36"), Decimal(1), Decimal("12900.00")),
        ),
        RecommendedMeasureView(
            title="IT-Sicherheit im Betrieb: Grundlagen für Beschäftigte",
            competence_codes=("4.1", "4.2"),
            provider="Volkshochschule Oldenburg",
            format="Präsenz",
            hours=Decimal(16),
            participants=12,
            cost=Decimal("4680.00"),
            funding=NOT_ELIGIBLE,
            pooled_course="Verbundkurs IT-Sicherheit Frühjahr 2027",
        ),
        RecommendedMeasureView(
            title="Führen im Schichtbetrieb",
            competence_codes=("SK.4", "MK.1"),
            provider="Handwerkskammer Oldenburg",
            format="Präsenz",
            hours=Decimal(24),
            participants=4,
            cost=Decimal("2360.00"),
        ),
        RecommendedMeasureView(
            title="Fortbildung Fachwirt/in im Gastgewerbe (IHK)",
            competence_codes=("FW.2", "SK.3"),
            provider="IHK-Bildungszentrum Weser-Ems",
            format="berufsbegleitend",
            hours=Decimal(640),
            participants=2,
            cost=Decimal("9780.00"),
            azav=True,
            funding=estimate(Decimal("9780.00"), Decimal(1)),
        ),
    )
