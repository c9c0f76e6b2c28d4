"""The demo's people and companies: fictional names, what the people interviewed said, who refused what.

Deterministic, so screenshots and tests are repeatable; ``demo.py`` turns them into rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from verbund_desktop.assessment.consent_purposes import ConsentPurpose

DEMO_DATE = date(2026, 10, 12)
DEMO_TEXT_VERSION = "2026-10"
# Who said no to which purpose: Sören Kühn (MS-02) refused the pooled use in the network, so he appears in no
# network count.
DEMO_REFUSALS = frozenset({("MS", 1, ConsentPurpose.NETWORK_POOLING)})


@dataclass(frozen=True)
class DemoPerson:
    first: str
    last: str
    job: str
    department: str
    role: str
    birth_year: int
    qualification_year: int | None


@dataclass(frozen=True)
class DemoCompany:
    name: str
    industry: str
    headcount: int
    headcount_linked: int
    postcode: str
    region: str
    works_council: bool
    training_agreement: bool
    contact: str
    code: str
    roles: tuple[str, ...]
    people: tuple[DemoPerson, ...]


COMPANIES = (
    DemoCompany(
        "Bäckerei Möller GmbH",
        "Lebensmittelhandwerk",
        8,
        8,
        "57072",
        "Siegen",
        False,
        False,
        "Gerda Möller (Inhaberin)",
        "BM",
        ("Verkauf", "Backstube"),
        (
            DemoPerson("Jürgen", "Weiß", "Bäckermeister", "Backstube", "Backstube", 1968, 1991),
            DemoPerson("Änne", "Schröder", "Verkäuferin", "Verkauf", "Verkauf", 1985, 2004),
            DemoPerson("Björn", "Müller", "Bäcker", "Backstube", "Backstube", 1999, 2019),
            DemoPerson("Lütfiye", "Öztürk", "Verkäuferin", "Verkauf", "Verkauf", 1977, None),
        ),
    ),
    DemoCompany(
        "Metallbau Schäfer & Söhne KG",
        "Metallverarbeitung",
        45,
        45,
        "57250",
        "Netphen",
        True,
        False,
        "Dieter Schäfer (Geschäftsführer)",
        "MS",
        ("Fertigung", "Technisches Büro"),
        (
            DemoPerson("Günter", "Straßburger", "Schweißer", "Fertigung", "Fertigung", 1971, 1990),
            DemoPerson("Sören", "Kühn", "Konstrukteur", "Technisches Büro", "Technisches Büro", 1988, 2012),
            DemoPerson(
                "Maria", "Böhm", "Kauffrau für Büromanagement", "Verwaltung", "Technisches Büro", 1992, 2013
            ),
            DemoPerson("Jörg", "Grünewald", "Industriemeister Metall", "Fertigung", "Fertigung", 1965, 1995),
            DemoPerson("Dörte", "Fuß", "Einkäuferin", "Verwaltung", "Technisches Büro", 1980, 2001),
        ),
    ),
    DemoCompany(
        "Südwest Logistik AG",
        "Logistik und Lagerhaltung",
        320,
        610,
        "57223",
        "Kreuztal",
        True,
        True,
        "Frauke Gößmann (Personalleitung)",
        "SL",
        ("Disposition", "Lager und Transport"),
        (
            DemoPerson("Heike", "Jäger", "Disponentin", "Disposition", "Disposition", 1979, 1999),
            DemoPerson(
                "Özlem", "Yıldız", "Fachkraft für Lagerlogistik", "Lager", "Lager und Transport", 1990, 2010
            ),
            DemoPerson("Klaus", "Rößler", "IT-Koordinator", "Verwaltung", "Disposition", 1974, 1996),
            DemoPerson("Frauke", "Gößmann", "Personalleiterin", "Verwaltung", "Disposition", 1983, 2006),
            DemoPerson(
                "Tobias", "Bäumer", "Berufskraftfahrer", "Fuhrpark", "Lager und Transport", 1996, None
            ),
        ),
    ),
)

TEXT_ANSWERS = (
    "Wird im Gespräch als wichtig beschrieben; die Geschäftsführung will hier in den nächsten zwei Jahren handeln.",
    "Bisher kaum systematisch geregelt, Einzelne kümmern sich nebenbei darum.",
)

# Per company (by code) and question key: what the people interviewed said, in their words.
COMPANY_TEXT: dict[str, dict[str, str]] = {
    "BM": {
        "branche": "Lebensmittelhandwerk (Bäckerei und Konditorei)",
        "kerngeschaeft": "Brot, Brötchen und Feingebäck aus eigener Herstellung; zwei Filialen und Lieferung an Kantinen.",
        "staerken": "Treue Stammkundschaft, handwerkliche Qualität, kurze Wege und ein eingespieltes Team.",
        "schwaechen": "Kaum Zeit für Weiterbildung neben dem Tagesgeschäft; Bestellungen laufen noch auf Papier.",
        "engpass_bereiche": "Bäckerinnen und Bäcker, Verkaufspersonal für die Frühschicht.",
        "veraenderungen_beschreibung": "Kassensystem mit Warenwirtschaft und Vorbestellung per App wird eingeführt.",
        "software_einfuehrung": "Neues Kassensystem mit Warenwirtschaft; Online-Vorbestellung.",
        "strategische_ziele": "Filialen halten, Lieferservice für Betriebe ausbauen, Nachfolge regeln.",
        "neue_geschaeftsfelder_beschreibung": "Catering für Firmenveranstaltungen.",
        "kuenftige_kompetenzen": "Umgang mit Kasse und Warenwirtschaft, Datenschutz bei Vorbestellungen, Hygiene.",
        "wb_beauftragte_name": "Gerda Möller",
        "nachfolge_geplant": "Übergabe an den Bäckermeister Jürgen Weiß wird geprüft.",
    },
    "MS": {
        "branche": "Metallverarbeitung: Stahl- und Metallbau",
        "kerngeschaeft": "Treppen, Geländer und Stahlkonstruktionen für Gewerbebauten in der Region.",
        "staerken": "Hohe Fertigungsqualität, zertifizierte Schweißverfahren, flexible Einzelanfertigung.",
        "schwaechen": "Konstruktionswissen liegt bei wenigen Personen; Angebote dauern zu lange.",
        "engpass_bereiche": "Konstruktionsmechaniker/innen, Schweißfachkräfte.",
        "veraenderungen_beschreibung": "Umstieg auf 3D-CAD und digitale Auftragsmappen in der Werkstatt.",
        "software_einfuehrung": "3D-CAD-System, ERP-Anbindung der Fertigung, Tablets in der Werkstatt.",
        "strategische_ziele": "Durchlaufzeiten senken, Nachwuchs gewinnen, Wissen der Älteren sichern.",
        "neue_geschaeftsfelder_beschreibung": "Wartungsverträge für Brandschutztüren und Tore.",
        "kuenftige_kompetenzen": "CAD und digitale Zeichnungen, IT-Sicherheit, Zusammenarbeit über Plattformen.",
        "wb_beauftragte_name": "Jörg Grünewald",
        "nachfolge_geplant": "Der Sohn des Inhabers soll die Geschäftsführung in drei Jahren übernehmen.",
    },
    "SL": {
        "branche": "Logistik und Lagerhaltung",
        "kerngeschaeft": "Kontraktlogistik, Lagerhaltung und Regionalverteilung für Industrie und Handel.",
        "staerken": "Moderne Lagertechnik, großer Kundenstamm, Betriebsrat und Personalabteilung arbeiten gut zusammen.",
        "schwaechen": "Hohe Fluktuation im Lager, digitale Grundkenntnisse sehr unterschiedlich verteilt.",
        "engpass_bereiche": "Berufskraftfahrer/innen, Fachkräfte für Lagerlogistik, IT-Administration.",
        "veraenderungen_beschreibung": "Neues Lagerverwaltungssystem mit Scannern; Tourenplanung wird automatisiert.",
        "software_einfuehrung": "Lagerverwaltungssystem, Scanner, Telematik und digitale Tourenplanung.",
        "strategische_ziele": "Automatisierung im Lager, Quereinsteigende qualifizieren, CO₂-Bilanz verbessern.",
        "neue_geschaeftsfelder_beschreibung": "E-Commerce-Fulfillment für regionale Händler.",
        "kuenftige_kompetenzen": "Datenkompetenz, Umgang mit Lagerverwaltungssystem, IT-Sicherheit, Führung im Wandel.",
        "wb_beauftragte_name": "Frauke Gößmann",
        "nachfolge_geplant": "Nachfolgeplanung für zwei Teamleitungen im Lager ist angelaufen.",
    },
}
