"""English texts of the UI: German source text → English, per lupdate context.

Edit the English here, not in the .ts file: ``make translations`` extracts the UI strings
(pyside6-lupdate), fills them in from this file (tools/fill_translations.py) and compiles the .qm that the
program loads. ``SHARED`` applies in every context; an entry in ``BY_CONTEXT`` wins over it. A plural
message (``%n``) maps to ``(singular, plural)``.

Vocabulary follows the glossary in the domain guide (§ 2): Verbund → network, Betrieb → company,
Beschäftigte → employee, Bedarfsanalyse → needs analysis, Kompetenzgespräch → competency interview,
Ist/Soll → current/target, Lücke → gap, Stellenprofil → role profile, Maßnahme → measure,
Entwicklungsplan → development plan, Einwilligung → consent, Träger → provider, Förderung → funding,
Arbeitsbereich → workspace, Sicherung → backup, Änderungsprotokoll → audit trail.
Accelerators (&) are unique within each menu, dialog and tab.
"""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, str] = {
    # buttons
    "Abbrechen": "Cancel",
    "Schließen": "Close",
    "Anlegen": "Create",
    "Übernehmen": "Apply",
    "Erfassen": "Record",
    "Wiederherstellen": "Restore",
    "Entsperren": "Unlock",
    "V&orschau": "Previe&w",
    "&Drucken …": "&Print …",
    "Als &PDF speichern …": "&Save as PDF …",
    # recurring labels
    "Betrieb": "Company",
    "Person": "Person",
    "Name": "Name",
    "Region": "Region",
    "Status": "Status",
    "Form": "Form",
    "Art": "Type",
    "Textfassung": "Text version",
    "Kompetenz": "Competence",
    "Priorität": "Priority",
    "Soll-Niveau": "Target level",
    "Stufen": "Levels",
    "Ist": "Current",
    "Soll": "Target",
    "Selbst": "Self",
    "Fremd": "Supervisor",
    "Ist (vereinbart)": "Current (agreed)",
    "n. a.": "n/a",
    "nicht anwendbar": "not applicable",
    "keine Angabe": "not stated",
    "ja": "yes",
    "nein": "no",
    "Entwurf": "Draft",
    "abgeschlossen": "completed",
    "Bedarfsanalyse": "Needs analysis",
    "Kompetenzgespräch": "Competency interview",
    "Stellenprofil": "Role profile",
    "Abteilung": "Department",
    "Beschäftigte/r": "Employee",
    "Geburtsjahr": "Year of birth",
    "Notiz": "Note",
    "Notizen": "Notes",
    "Schwerbehinderung": "Severe disability",
    "Änderungsprotokoll": "Audit trail",
    "Datenschutz": "Data protection",
    "Verlauf": "History",
    "Passphrase": "Passphrase",
    "verschlüsselt": "encrypted",
    "NICHT verschlüsselt": "NOT encrypted",
    "Stunden": "Hours",
    "ohne Berufsabschluss": "no vocational qualification",
    "Einwilligung erfassen": "Record consent",
    "Einwilligung widerrufen": "Withdraw consent",
    "Arbeitsbereich öffnen": "Open workspace",
    "Entwicklungspläne drucken": "Print development plans",
    "Maßnahme und Träger nach AZAV zugelassen": "Measure and provider approved under AZAV",
    "Noch kein Kompetenzgespräch mit dieser Person.": "No competency interview with this person yet.",
    "Die beiden Eingaben stimmen nicht überein.": "The two entries do not match.",
    # form fields
    "&Name: *": "&Name: *",
    "Noti&zen:": "N&otes:",
    "&Stunden:": "&Hours:",
    "Wiederholen:": "Repeat:",
    "Beschäftigte inkl. &verbundener Unternehmen:": "Employees incl. &linked companies:",
}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "NetworkPrivacyDialog": {
        "Datenschutz-Angaben des Verbunds": "The network's data protection facts",
        "Diese Angaben stehen auf jedem Einwilligungsblatt (Information nach Art. 13 DSGVO): Für die Nutzung im Verbund ist die Koordinierungsstelle selbst verantwortlich.": "These facts are printed on every consent sheet (information under Art. 13 GDPR): for the use in the network the coordination office is a controller itself.",
        "Straße und Hausnummer": "Street and number",
        "Telefon, E-Mail": "Phone, e-mail",
        "leer = keine/r benannt": "empty = none appointed",
        "E-Mail oder Telefon": "E-mail or phone",
        "– Vorlage wählen –": "– choose a template –",
        "&Straße:": "&Street:",
        "&PLZ:": "&Postcode:",
        "&Ort:": "&Town:",
        "&Kontakt:": "&Contact:",
        "&Datenschutzbeauftragte/r:": "&Data protection officer:",
        "Kontakt Datensc&hutz:": "Officer's contact det&ails:",
        "Aufsichtsbehörde &aus Vorlage:": "Authority from te&mplate:",
        "Aufsichts&behörde:": "Super&visory authority:",
        "A&nschrift der Behörde:": "Address of the aut&hority:",
        "Die Vorlagen je Land stammen aus den Seiten der Behörden und sind nicht amtlich geprüft: Bitte Name und Anschrift vor dem ersten Druck prüfen.": "The templates per federal state come from the authorities' web pages and are not officially checked: please check name and address before the first print.",
        "Dieser Arbeitsbereich hat noch keinen Verbund.": "This workspace has no network yet.",
    },
    "About": {
        "<p>Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne für Weiterbildungsverbünde.</p>": (
            "<p>Needs analysis, competency interviews and development plans for continuing-education "
            "networks.</p>"
        ),
        "<h3>Mitgelieferte Inhalte und Lizenzen</h3><ul>": "<h3>Bundled content and licences</h3><ul>",
        "<li><b>Beispielangebote</b> – {0}</li>": "<li><b>Example offers</b> – {0}</li>",
        "<li><b>Schrift DejaVu Sans</b> – freie Lizenz (Bitstream Vera / Arev), in PDF-Dokumente eingebettet.</li>": (
            "<li><b>Font DejaVu Sans</b> – free licence (Bitstream Vera / Arev), embedded in PDF documents.</li>"
        ),
        "<p>Förderbeträge sind immer unverbindliche Schätzungen.</p>": (
            "<p>Funding amounts are always non-binding estimates.</p>"
        ),
        "Über Verbund Desktop": "About Verbund Desktop",
    },
    "ArchiveDialog": {
        "Archiv": "Archive",
        "Betrieb wiederherstellen": "Restore company",
        "Person wiederherstellen": "Restore person",
        "Archivierte Betriebe:": "Archived companies:",
        "Archivierte Beschäftigte:": "Archived employees:",
        "{0}  (archiviert am {1})": "{0}  (archived on {1})",
        "Bitte zuerst einen Eintrag auswählen.": "Please select an entry first.",
    },
    "AuditTableModel": {
        "Zeitpunkt": "Time",
        "Wer": "Who",
        "Objekt": "Object",
        "Aktion": "Action",
        "Feld": "Field",
        "Alt": "Old",
        "Neu": "New",
        "Grund": "Reason",
    },
    "AuditView": {
        "von": "from",
        "bis": "to",
        "Filter zurücksetzen": "Reset filters",
        "Objekt:": "Object:",
        "Person:": "Person:",
        "Wer:": "Who:",
        "Zeitraum:": "Period:",
        "alle": "all",
        "diese Person": "this person",
        " (nur die neuesten {0})": " (only the latest {0})",
        "%n Einträge": ("%n entry", "%n entries"),
    },
    "BackupDialogs": {
        "Sicherung erstellen": "Create backup",
        "Verbund-Desktop-Sicherung (*.db)": "Verbund Desktop backup (*.db)",
        "Sicherung erstellt": "Backup created",
        "Die Sicherung wurde geschrieben und geprüft ({0}):\n{1}": "The backup was written and verified ({0}):\n{1}",
        "„{0}“ durch die Sicherung „{1}“ ersetzen?\n\nDer jetzige Stand wird aufbewahrt (Ordner „{2}“); "
        "Änderungen nach dem Zeitpunkt der Sicherung sind danach nicht mehr im Arbeitsbereich.": (
            "Replace “{0}” with the backup “{1}”?\n\nThe current state is kept (folder “{2}”); changes made "
            "after the backup was taken will no longer be in the workspace."
        ),
        "Wiederhergestellt aus „{0}“.": "Restored from “{0}”.",
        "\n\nDer bisherige Stand liegt in:\n{0}": "\n\nThe previous state is in:\n{0}",
        "Wiederhergestellt": "Restored",
        "{0}\n\nEs gibt Sicherungen dieses Arbeitsbereichs. Aus einer Sicherung wiederherstellen? Die jetzige "
        "Datei wird dabei nicht gelöscht, sondern aufbewahrt.": (
            "{0}\n\nThere are backups of this workspace. Restore from a backup? The current file is not "
            "deleted but kept."
        ),
    },
    "BatchPrint": {
        "Entwicklungspläne werden gedruckt …": "Printing development plans …",
        "{0} von {1}: {2}": "{0} of {1}: {2}",
        "Ordner für die Entwicklungspläne": "Folder for the development plans",
        "{0} Entwicklungsplan gespeichert in {1}.": "{0} development plan saved in {1}.",
        "{0} Entwicklungspläne gespeichert in {1}.": "{0} development plans saved in {1}.",
        "Abgebrochen: die übrigen Pläne wurden nicht gedruckt.": "Cancelled: the remaining plans were not printed.",
        "Nicht gedruckt:": "Not printed:",
        "Es gibt keinen Entwicklungsplan zum Drucken.": "There is no development plan to print.",
        "Alle &Entwicklungspläne drucken …": "Print all &development plans …",  # in the File menu
        "Den aktuellen Plan aller Beschäftigten auf einem Drucker drucken oder als PDF-Dateien in einen Ordner "
        "schreiben": "Print the current plan of every employee on a printer or write them as PDF files into a folder",
    },
    "CompanyActions": {
        "Be&trieb": "&Company",
        "Neuer &Betrieb …": "New &company …",
        "Neue/r Besc&häftigte/r …": "New &employee …",
        "Auswahl &bearbeiten …": "E&dit selection …",
        "&Abteilungen …": "De&partments …",
        "Auswahl a&rchivieren …": "&Archive selection …",
        "Arc&hiv: wiederherstellen …": "Archi&ve: restore …",
        "Den Betrieb „{0}“ mit allen Beschäftigten archivieren?": "Archive the company “{0}” with all its employees?",
        "„{0}“ archivieren?": "Archive “{0}”?",
        "Archivieren": "Archive",
        "Archivierte Einträge sind ausgeblendet und über „Archiv“ wiederherstellbar.": (
            "Archived entries are hidden and can be restored from “Archive”."
        ),
    },
    "HeadcountInput": {
        "z. B. 49,75": "e.g. 49.75",
        "Vollzeitkräfte (mehr als 30 Wochenstunden)": "Full-time staff (more than 30 hours a week)",
        "Teilzeitkräfte bis 10 Wochenstunden": "Part-time staff up to 10 hours a week",
        "Teilzeitkräfte bis 20 Wochenstunden": "Part-time staff up to 20 hours a week",
        "Teilzeitkräfte bis 30 Wochenstunden": "Part-time staff up to 30 hours a week",
        "Oder Voll- und Teilzeitkräfte eintragen:": "Or enter full-time and part-time staff:",
        "Vollzeit (über 30 Std.):": "Full-time (over 30 h):",
        "bis 10 Std.:": "up to 10 h:",
        "bis 20 Std.:": "up to 20 h:",
        "bis 30 Std.:": "up to 30 h:",
        "= {0} Beschäftigte, gewichtet nach § 82 Abs. 6 SGB III (Teilzeit 0,25 / 0,5 / 0,75)": (
            "= {0} employees, weighted under § 82 (6) SGB III (part-time 0.25 / 0.5 / 0.75)"
        ),
    },
    "CompanyDialog": {
        "Straße und Hausnummer": "Street and number",
        "leer = keine/r benannt": "empty = none appointed",
        "E-Mail oder Telefon": "E-mail or phone",
        "&Straße:": "&Street:",
        "&Datenschutzbeauftragte/r:": "&Data protection officer:",
        "&Kontakt Datenschutz:": "Officer's contact det&ails:",
        "Neuer Betrieb": "New company",
        "Betrieb bearbeiten": "Edit company",
        "z. B. Bäckerei Möller GmbH": "e.g. Bäckerei Möller GmbH",
        "z. B. Metallverarbeitung": "e.g. metalworking",
        "leer = keine verbundenen; z. B. 610,5": "empty = no linked companies; e.g. 610,5",
        "Es gibt einen Betriebsrat": "There is a works council",
        "Betriebs- oder Tarifvereinbarung zur Weiterbildung vorhanden": (
            "Company or collective agreement on training in place"
        ),
        "B&ranche:": "&Industry:",
        "&Beschäftigte (gewichtet): *": "&Employees (weighted): *",
        "&PLZ:": "&Postcode:",
        "&Ort / Region:": "&Town / region:",
        "Mitbestimmung:": "Co-determination:",
        "&Ansprechperson:": "&Contact person:",
        "&E-Mail:": "E-&mail:",
        "&Telefon:": "Telep&hone:",
    },
    "CompanyInterviewView": {
        "Leitfaden: {0}, Version {1}": "Guide: {0}, version {1}",
        "Abgeschlossen am {0}": "Completed on {0}",
        "Alle Pflichtfragen beantwortet.": "All required questions answered.",
        "Offene Pflichtfragen: {0}": "Open required questions: {0}",
        "Alle Pflichtfragen sind beantwortet.": "All required questions are answered.",
        "<br>… und {0} weitere.": "<br>… and {0} more.",
        "Noch nicht abgeschlossen: {0} Pflichtfrage(n) offen.<ul>{1}</ul>{2}": (
            "Not completed yet: {0} required question(s) open.<ul>{1}</ul>{2}"
        ),
        "Die Bedarfsanalyse ist abgeschlossen.": "The needs analysis is completed.",
    },
    "CompanyReportTab": {
        "Person": "person",
        "Personen": "people",
        "Kompetenz-Heatmap: {0} {1} × {2} Kompetenzen": "Competence heat map: {0} {1} × {2} competences",
        "Empfohlene Maßnahmen: {0}, Kosten {1}, geschätzte Förderung der Lehrgangskosten {2} (Schätzung)": (
            "Recommended measures: {0}, costs {1}, estimated funding of course costs {2} (estimate)"
        ),
        "Bündelbare Bedarfe mit anderen Verbundbetrieben: {0}": "Needs that could be pooled with other network companies: {0}",
        "Bericht zur Bedarfsanalyse": "Needs analysis report",
        "Beschäftigte nur mit &Kürzeln zeigen (pseudonymisiert)": "Show employees by &codes only (pseudonymised)",
        "Alle &Entwicklungspläne des Betriebs drucken …": "Print all &development plans of the company …",
        "Der Bericht enthält Profil, Treiber des Wandels aus der Bedarfsanalyse, die Kompetenz-Heatmap, "
        "priorisierte Handlungsfelder sowie Maßnahmen mit Kosten- und Förderübersicht (Schätzung).": (
            "The report contains the profile, the drivers of change from the needs analysis, the competence "
            "heat map, prioritised fields of action and measures with an overview of costs and funding (estimate)."
        ),
        "Bericht zur Bedarfsanalyse – {0}": "Needs analysis report – {0}",
        "Bericht": "Report",
    },
    "CompetenceInfo": {
        "Beschreibung der Kompetenz und ihrer Stufen": "Description of the competence and its levels",
        "Eine Kompetenz im Raster wählen: hier stehen ihre Beschreibung und die Stufen.": (
            "Choose a competence in the grid: its description and levels are shown here."
        ),
        "<p><b>Als „nicht anwendbar“ markiert.</b></p>": "<p><b>Marked as “not applicable”.</b></p>",
        " – Spalte „{0}“": " – column “{0}”",
        "<p><b>Notiz:</b> {0}</p>": "<p><b>Note:</b> {0}</p>",
    },
    "CompetencePicker": {
        "Kompetenzen für das Gespräch wählen": "Choose competences for the interview",
        "Filtern: Code oder Name …": "Filter: code or name …",
        "Kataloge, Bereiche und Kompetenzen": "Catalogues, areas and competences",
        "Gespräch beginnen": "Start interview",
        "{0} Kompetenzen gewählt": "{0} competences chosen",
    },
    "CompetencyView": {
        "Hinweise": "Messages",
        "Nächste offene Eingabe": "Next open entry",
        "Rückgängig": "Undo",
        "Wiederholen": "Redo",
        "Noch kein Kompetenzgespräch. Beginnen mit „Gespräch aus Stellenprofil beginnen“ (Alt+G) oder "
        "„Kompetenzen wählen …“ (Alt+K).": (
            "No competency interview yet. Start with “Start interview from role profile” (Alt+R) or "
            "“Choose competences …” (Alt+M)."
        ),
        "Abgeschlossen und unveränderlich. Für neue Einschätzungen: „Folgegespräch beginnen“ (Alt+F).": (
            "Completed and unchangeable. For new ratings: “Start follow-up interview” (Alt+F)."
        ),
        "Zuerst die Einwilligung erfassen: ohne sie wird keine Einschätzung gespeichert.": (
            "Record the consent first: without it no rating is stored."
        ),
        "Noch ohne Ist- oder Soll-Stufe: {0}. Bitte ergänzen oder mit N als nicht anwendbar markieren.": (
            "Still without current or target level: {0}. Please add them or mark them as not applicable with N."
        ),
        "Gespräch abschließen": "Complete interview",
        "Das Gespräch wird mit dem heutigen Datum abgeschlossen und danach nicht mehr verändert. Spätere "
        "Einschätzungen kommen in ein Folgegespräch.": (
            "The interview is completed with today's date and is not changed afterwards. Later ratings go "
            "into a follow-up interview."
        ),
        "Abschließen": "Complete",
        "Gespräch abgeschlossen am {0:%d.%m.%Y}.": "Interview completed on {0:%d.%m.%Y}.",
    },
    "ConsentDialog": {
        "Zwecke, in die die Person einwilligt": "Purposes the person consents to",
        "Zweck &{0}: {1}": "Purpose &{0}: {1}",
        "Die Nutzung im Verbund (Zweck 3) braucht immer eine Einwilligung der Person.": "Use in the network (purpose 3) always needs the person's consent.",
        "Einwilligung und Information": "Consent and information",
        "Blatt für die Person, angekreuzt wie oben:": "Sheet for the person, ticked as above:",
        "Blatt &anzeigen …": "Sho&w sheet …",
        "Blatt dr&ucken …": "P&rint sheet …",
        "Blatt als PDF &speichern …": "Sa&ve sheet as PDF …",
        "Bevor eine Einschätzung von {0} gespeichert wird, braucht es die Einwilligung der Person – schriftlich "
        "oder elektronisch – oder eine andere, dokumentierte Rechtsgrundlage. Jeder Zweck wird einzeln erfasst: "
        "Kreuzen Sie an, was die Person angekreuzt hat.": (
            "Before a rating of {0} is stored, the person's consent is needed – in writing or electronically – "
            "or another, documented legal basis. Each purpose is recorded on its own: tick what the person ticked."
        ),
        "Welche Grundlage, von wann, wo abgelegt (z. B. Betriebsvereinbarung …)": (
            "Which basis, since when, where it is filed (e.g. company agreement …)"
        ),
        "&Wie liegt sie vor?": "&How was it given?",
        "&Datum:": "&Date:",
        "&Textfassung:": "&Text version:",
        "&Rechtsgrundlage:": "&Legal basis:",
        "D&okumentation:": "D&ocumentation:",
    },
    "DepartmentsDialog": {
        "Abteilungen": "Departments",
        "Neue Abteilung, z. B. Backstube": "New department, e.g. bakehouse",
        "Hinzufügen": "Add",
        "Umbenennen …": "Rename …",
        "Löschen": "Delete",
        "{0}  ({1} Personen)": "{0}  ({1} people)",
        "Abteilung umbenennen": "Rename department",
        "Neuer Name:": "New name:",
        "Bitte einen Namen für die Abteilung angeben.": "Please enter a name for the department.",
        "Die Abteilung „{0}“ gibt es in diesem Betrieb schon.": "The department “{0}” already exists in this company.",
    },
    "DetailPages": {
        "Betriebe": "Companies",
        "noch nicht begonnen": "not started yet",
        "Branche": "Industry",
        "Beschäftigte": "Employees",
        "Beschäftigte inkl. verbundener Unternehmen": "Employees incl. linked companies",
        "PLZ / Region": "Postcode / region",
        "Betriebsrat": "Works council",
        "Betriebs-/Tarifvereinbarung zur Weiterbildung": "Company/collective agreement on training",
        "Ansprechperson": "Contact person",
        "Erfasste Beschäftigte": "Employees recorded",
        "Pseudonym-Code": "Pseudonym code",
        "Tätigkeit": "Job title",
        "Berufsabschluss (Jahr)": "Vocational qualification (year)",
        "Kompetenzgespräche": "Competency interviews",
        "Entwicklungspläne": "Development plans",
    },
    "DirectoryModel": {
        "Verbund, Betriebe und Beschäftigte": "Network, companies and employees",
    },
    "DisabilityConsentDialog": {
        "Einwilligung Schwerbehinderung erfassen": "Record consent for severe disability",
        "Eine Schwerbehinderung ist eine Gesundheitsangabe (Art. 9 DSGVO). Sie darf nur mit gesonderter, "
        "ausdrücklicher Einwilligung gespeichert werden.": (
            "A severe disability is health data (Art. 9 GDPR). It may only be stored with separate, explicit "
            "consent."
        ),
        "Form:": "Form:",
        "Datum:": "Date:",
        "Textfassung:": "Text version:",
    },
    "DomainLabels": {
        "Hoch": "High",
        "Mittel": "Medium",
        "Niedrig": "Low",
        "Selbsteinschätzung": "Self rating",
        "Fremdeinschätzung": "Supervisor rating",
        "in Bearbeitung": "in progress",
        "Einwilligung schriftlich (Papier)": "Consent in writing (paper)",
        "Einwilligung elektronisch": "Consent given electronically",
        "andere Rechtsgrundlage (dokumentiert)": "other legal basis (documented)",
        "Kompetenzgespräch und Entwicklungsplan": "Competency interview and development plan",
        "Förderantrag und Weitergabe an die Agentur für Arbeit": (
            "Funding application and passing the data to the employment agency"
        ),
        "Pseudonymisierte Nutzung im Weiterbildungsverbund": "Pseudonymised use in the network",
        "Verbund": "Network",
        "Angabe einer Schwerbehinderung (Art. 9 DSGVO)": "Statement of a severe disability (Art. 9 GDPR)",
        "erteilt": "given",
        "widerrufen": "withdrawn",
        "Tägliche Sicherung": "Daily backup",
        "Vor Programm-Aktualisierung": "Before program update",
        "Manuelle Sicherung": "Manual backup",
        "Stand vor einer Wiederherstellung": "State before a restore",
        "Bewertung": "Rating",
        "Entwicklungsplan": "Development plan",
        "Maßnahme": "Measure",
        "Einwilligung": "Consent",
        "Arbeitsbereich": "Workspace",
        "angelegt": "created",
        "geändert": "changed",
        "gelöscht": "deleted",
        "archiviert": "archived",
        "wiederhergestellt": "restored",
        "begonnen": "started",
        "beantwortet": "answered",
        "wieder geöffnet": "reopened",
        "Bewertung gesetzt": "rating set",
        "Gespräch begonnen": "interview started",
        "Gespräch abgeschlossen": "interview completed",
        "Einwilligung erfasst": "consent recorded",
        "Einwilligung widerrufen": "consent withdrawn",
        "Daten nach Widerruf entfernt": "data removed after withdrawal",
        "Person gelöscht": "person deleted",
        "Betrieb gelöscht": "company deleted",
        "Auskunft (Art. 15) erstellt": "data access copy (Art. 15) created",
        "Dokument gespeichert": "document saved",
        "nur der Vorname": "first name only",
        "nur der Nachname": "surname only",
        "eine andere Person heißt gleich": "another person has the same name",
        "Auskunft nach Art. 15 DSGVO (JSON und PDF)": "Data access copy under Art. 15 GDPR (JSON and PDF)",
        "Gespeichertes Dokument": "Saved document",
        "Entwicklungsplan gedruckt oder gespeichert (Ablageort unbekannt)": (
            "Development plan printed or saved (location unknown)"
        ),
        "Jahr des Berufsabschlusses": "Year of vocational qualification",
        # measure kinds, statuses and formats (ui/planning/plan_model.py MEASURE_LABELS)
        "Kurs": "Course",
        "Training am Arbeitsplatz": "On-the-job training",
        "Mentoring": "Mentoring",
        "Job-Rotation": "Job rotation",
        "E-Learning": "E-learning",
        "Kurs eines Partnerbetriebs": "Course at a partner company",
        "geplant": "planned",
        "angemeldet": "registered",
        "läuft": "ongoing",
        "abgebrochen": "cancelled",
        "Präsenz": "Classroom",
        "Online": "Online",
        "Blended Learning": "Blended learning",
        "Inhouse": "In-house",
    },
    "EmployeeDialog": {
        "Neue/r Beschäftigte/r": "New employee",
        "Beschäftigte/n bearbeiten": "Edit employee",
        "Steht statt des Namens in pseudonymisierten Ansichten und Auswertungen.": (
            "Shown instead of the name in pseudonymised views and evaluations."
        ),
        "– keine –": "– none –",
        "– keines –": "– none –",
        "Berufsabschluss vorhanden": "Has a vocational qualification",
        "&Vorname: *": "&First name: *",
        "&Nachname: *": "&Last name: *",
        "&Pseudonym-Code: *": "&Pseudonym code: *",
        "&Tätigkeit:": "Job &title:",
        "&Abteilung:": "&Department:",
        "&Stellenprofil:": "&Role profile:",
        "&Geburtsjahr:": "Year of &birth:",
        "Berufsabschluss:": "Vocational qualification:",
        "Abschluss&jahr:": "Qualification &year:",
    },
    "EraseDialog": {
        "Person endgültig löschen": "Delete person permanently",
        "„{0}“ wird mit allen Daten gelöscht: Stammdaten, Einwilligungen, Kompetenzgespräche, Bewertungen, "
        "Entwicklungspläne und Notizen. Erwähnungen des Namens in anderen Texten werden ersetzt, das "
        "Änderungsprotokoll behält nur, dass gelöscht wurde. Das kann nicht rückgängig gemacht werden. Ältere "
        "Sicherungen enthalten die Person noch, bis sie durch neue ersetzt sind.": (
            "“{0}” is deleted with all data: master data, consents, competency interviews, ratings, development "
            "plans and notes. Mentions of the name in other texts are replaced; the audit trail only keeps the "
            "fact that a deletion took place. This cannot be undone. Older backups still contain the person "
            "until they are replaced by new ones."
        ),
        "Zur Bestätigung bitte den Pseudonym-Code „{0}“ eingeben:": "To confirm, please enter the pseudonym code “{0}”:",
        "Das Programm hat zu dieser Person folgende Dateien erstellt. Bitte löschen Sie diese Kopien (und "
        "Ausdrucke auf Papier) ebenfalls; nach der Löschung kennt das Programm sie nicht mehr:": (
            "The program created these files about the person. Please delete these copies (and paper printouts) "
            "too; after the deletion the program no longer knows them:"
        ),
        "Bekannte Dateien der Person": "Known files of the person",
        "Bei diesen Erwähnungen ist nicht sicher, dass die Person gemeint ist. Angehakte werden ersetzt, die "
        "anderen bleiben stehen:": (
            "For these mentions it is not certain that the person is meant. Ticked ones are replaced, the others "
            "stay as written:"
        ),
        "„…{0}[{1}]{2}…“ – {3}": "“…{0}[{1}]{2}…” – {3}",
        "Unsichere Erwähnungen": "Uncertain mentions",
        "&Alle ersetzen": "Replace &all",
        "Alle &belassen": "&Keep all",
        "Ablageort unbekannt": "location unknown",
        "Pseudonym-Code zur Bestätigung": "Pseudonym code for confirmation",
        "Endgültig löschen": "Delete permanently",
    },
    "FormDialog": {
        "Mit * markierte Angaben sind Pflicht.": "Fields marked with * are required.",
    },
    "FundingView": {
        "Förderung": "Funding",
        "Qualifizierungsgeld": "Qualifizierungsgeld",
        "Qualifizierungsgeld (§§ 82a–c SGB III) – Information": "Qualifizierungsgeld (§§ 82a–c SGB III) – information",
        "Betriebsvereinbarung oder Tarifvertrag zur Weiterbildung": "Company or collective agreement on training",
        "z. B. 160": "e.g. 160",
        "Euro, z. B. 2.400,00": "euros, e.g. 2,400.00",
        "unbekannt": "unknown",
        "Jahr, z. B. 2012": "year, e.g. 2012",
        "Maßnahme führt zu einem Berufsabschluss": "The measure leads to a vocational qualification",
        "TT.MM.JJJJ (falls bekannt)": "DD/MM/YYYY (if known)",
        "schwerbehindert (nur mit ausdrücklicher Einwilligung)": "severely disabled (only with explicit consent)",
        "Euro brutto im Monat (optional)": "euros gross per month (optional)",
        "Monate Freistellung (optional)": "months of release from work (optional)",
        "&Schätzen": "&Estimate",
        "Ergebnis der Schätzung": "Result of the estimate",
        "&Beginn der Maßnahme:": "&Start of the measure:",
        "&Lehrgangskosten:": "&Course costs:",
        "&Alter bei Beginn:": "&Age at start:",
        "Berufsabschluss im &Jahr:": "Qualification in &year:",
        "Letzte geförderte Teilnahme (§ 82) endete am:": "Last funded participation (§ 82) ended on:",
        "An&trag gestellt am:": "Applica&tion filed on:",
        "TT.MM.JJJJ (leer: Tag vor dem Beginn)": "DD/MM/YYYY (empty: the day before the start)",
        "gewichtet, z. B. 49,75": "weighted, e.g. 49.75",
        "Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III anteilig: bis 10 Wochenstunden 0,25, "
        "bis 20 Stunden 0,5, bis 30 Stunden 0,75.": (
            "Part-time staff count pro rata under § 82 (6) SGB III: up to 10 hours a week 0.25, "
            "up to 20 hours 0.5, up to 30 hours 0.75."
        ),
        "Beschäftigte: {0}": "Employees: {0}",
        "Antragstellung: {0}": "Application: {0}",
        "Beim Arbeitsentgeltzuschuss ist eine Kann-Leistung als Höchstwert eingerechnet; "
        "ohne sie: {0} = {1}. Ob sie gewährt wird, entscheidet die Agentur für Arbeit.": (
            "The wage subsidy includes a discretionary benefit at its maximum; without it: {0} = {1}. "
            "Whether it is granted is for the employment agency to decide."
        ),
        "&Monatsentgelt:": "&Monthly pay:",
        "Freistellung in M&onaten:": "Release from work in m&onths:",
        "Förderung nach § 82 SGB III schätzen": "Estimate funding under § 82 SGB III",
        "Förderung – {0}": "Funding – {0}",
        "<p>Angaben eintragen und „Schätzen“ wählen. Das Ergebnis ist eine Schätzung.</p>": (
            "<p>Enter the details and choose “Estimate”. The result is an estimate.</p>"
        ),
        "✔ erfüllt": "✔ met",
        "✘ nicht erfüllt": "✘ not met",
        "? nicht beurteilbar": "? cannot be assessed",
        "Voraussichtlich förderfähig – Schätzung nach „{0}“, Stand {1}": (
            "Probably eligible for funding – estimate under “{0}”, as of {1}"
        ),
        "Voraussichtlich nicht förderfähig – Schätzung nach „{0}“, Stand {1}": (
            "Probably not eligible for funding – estimate under “{0}”, as of {1}"
        ),
        "Lehrgangskosten: {0} = <b>{1}</b>": "Course costs: {0} = <b>{1}</b>",
        "nicht berechnet": "not calculated",
        "Arbeitsentgeltzuschuss: {0} = {1}": "Wage subsidy: {0} = {1}",
        "nicht erfasst": "not recorded",
        "{0}: {1} Beschäftigte im Betrieb (ohne verbundene Unternehmen); vom Strukturwandel betroffen: {2} "
        "(aus der Bedarfsanalyse).": (
            "{0}: {1} employees in the establishment (without linked companies); affected by structural "
            "change: {2} (from the needs analysis)."
        ),
        "Bitte den Beginn der Maßnahme angeben (TT.MM.JJJJ).": "Please enter the start of the measure (DD/MM/YYYY).",
        "Bitte Stunden und Lehrgangskosten angeben.": "Please enter the hours and the course costs.",
        "Berufsabschluss: „{0}“ ist keine Jahreszahl.": "Vocational qualification: “{0}” is not a year.",
    },
    "FundingRuleActions": {  # in the Tools menu, after the ProtectionMenu entries
        "Förderregelwerk &laden …": "Load &funding rule set …",
        "Förderregelwerke zurück&setzen": "Reset funding r&ule sets",
        "Förderregelwerk laden": "Load funding rule set",
        "Regelwerke (*.json)": "Rule sets (*.json)",
        "Es ersetzt das mitgelieferte Regelwerk mit demselben Schlüssel.": (
            "It replaces the bundled rule set with the same key."
        ),
        "Es gilt zusätzlich zu den mitgelieferten Regelwerken.": "It applies in addition to the bundled rule sets.",
        "Regelwerk „{0}“ ({1}) geladen. {2} Alle Schätzungen verwenden es ab jetzt.": (
            "Rule set “{0}” ({1}) loaded. {2} All estimates use it from now on."
        ),
    },
    "GapChart": {
        "Lücken: Ist gegen Soll": "Gaps: current against target",
        "Kein Kompetenzgespräch": "No competency interview",
        "{0} {1}: Ist {2}{3}, Soll {4}, Priorität {5}": "{0} {1}: current {2}{3}, target {4}, priority {5}",
        " (vorläufig)": " (provisional)",
        "… und {0} weitere (Tooltip)": "… and {0} more (tool tip)",
        "Lücke hoch": "Gap high",
        "mittel": "medium",
        "niedrig": "low",
    },
    "HistoryModel": {
        "In diesem Gespräch nicht erhoben": "Not rated in this interview",
        "Ist {0} · Soll {1}": "Current {0} · target {1}",
        "Selbst {0}, Fremd {1}, Ist {2}, Soll {3}": "Self {0}, supervisor {1}, current {2}, target {3}",
        "\nNotiz: {0}": "\nNote: {0}",
        "Veränderung\nIst": "Change\ncurrent",
        "nur ein Wert": "only one value",
        "von {0} auf {1}": "from {0} to {1}",
    },
    "HistoryView": {
        "Verlauf je Kompetenz": "History per competence",
        "Stufen je Kompetenz und Gespräch": "Levels per competence and interview",
        "{0} Gespräche, {1} Kompetenzen": "{0} interviews, {1} competences",
    },
    "IdleLock": {
        "Verbund Desktop – gesperrt": "Verbund Desktop – locked",
        "Die Passphrase ist falsch. Der Arbeitsbereich bleibt gesperrt.": (
            "The passphrase is wrong. The workspace stays locked."
        ),
        "Bitte die Passphrase eingeben.": "Please enter the passphrase.",
    },
    "Instance": {
        "„{0}“ ist schon geöffnet: {1}.\n\nEin Arbeitsbereich kann nur in einem Programm zugleich bearbeitet "
        "werden, damit keine Änderung verloren geht.": (
            "“{0}” is already open: {1}.\n\nA workspace can be edited in only one program at a time, so that no "
            "change is lost."
        ),
        "Zum geöffneten Fenster wechseln": "Switch to the open window",
        "Nur zum Lesen öffnen": "Open read-only",
        "Abbrechen": "Cancel",
    },
    "InterviewHeader": {
        "Gespräch &vom:": "Interview &date:",
        "&Einwilligung erfassen …": "Record &consent …",
        "&Gespräch aus Stellenprofil beginnen": "Start interview from &role profile",
        "&Kompetenzen wählen …": "Choose co&mpetences …",
        "&Folgegespräch beginnen": "Start &follow-up interview",
        "Gespräch ab&schließen": "Complete &interview",
        "Stellenprofil {0} · ": "Role profile {0} · ",
        "Rechtsgrundlage: {0}": "Legal basis: {0}",
        "<b>Keine Einwilligung erfasst.</b> Vor der ersten Einschätzung erforderlich.": (
            "<b>No consent recorded.</b> Required before the first rating."
        ),
        "Kein Stellenprofil mit Soll-Stufen": "No role profile with target levels",
        "abgeschlossen · {0} Kompetenzen": "completed · {0} competences",
        "in Bearbeitung · {0} von {1} Kompetenzen mit offenen Eingaben": (
            "in progress · {0} of {1} competences with open entries"
        ),
    },
    "InterviewPage": {
        "Gesprächspartner/innen": "Interviewees",
        "Gesprächspartner/innen:": "Interviewees:",
        "Abschnitte des Leitfadens": "Sections of the guide",
        "Nächste offene Pflichtfrage (F8)": "Next open required question (F8)",
        "Abschließen (Strg+Enter)": "Complete (Ctrl+Enter)",
        "Wieder öffnen (Strg+Umschalt+O)": "Reopen (Ctrl+Shift+O)",
        "Neue Bedarfsanalyse beginnen": "Start a new needs analysis",
    },
    "LevelTrendChart": {
        "Eine Kompetenz in der Tabelle wählen.": "Choose a competence in the table.",
    },
    "LockScreen": {
        "Verbund Desktop ist gesperrt": "Verbund Desktop is locked",
        "Der Arbeitsbereich „{0}“ wurde nach längerer Inaktivität gesperrt. Bitte die Passphrase eingeben. "
        "Nicht gespeicherte Eingaben bleiben erhalten.": (
            "The workspace “{0}” was locked after a period of inactivity. Please enter the passphrase. Entries "
            "not yet saved are kept."
        ),
        "Der Arbeitsbereich „{0}“ wurde nach längerer Inaktivität gesperrt. Er ist nicht verschlüsselt; zum "
        "Entsperren genügt ein Klick.": (
            "The workspace “{0}” was locked after a period of inactivity. It is not encrypted; one click "
            "unlocks it."
        ),
        "Passphrase zum Entsperren": "Passphrase to unlock",
    },
    "MainWindow": {
        "Verbund Desktop – {0} (nur lesen)": "Verbund Desktop – {0} (read-only)",
        "Verbund Desktop – {0}": "Verbund Desktop – {0}",
        "Suchen: Betrieb, Name, Code … (Strg+F)": "Search: company, name, code … (Ctrl+F)",
        "Suche": "Search",
        "Verbund, Betriebe und Beschäftigte": "Network, companies and employees",
        "Links einen Betrieb oder eine Person auswählen.": "Select a company or a person on the left.",
        "Überblick": "Overview",
        "Arbeitsbereich geöffnet ({0}): {1}": "Workspace opened ({0}): {1}",
        "Gespeichert {0}": "Saved {0}",
        "&Datei": "&File",
        "&Neuer Arbeitsbereich …": "&New workspace …",
        "Ö&ffnen …": "&Open …",
        "&Beenden": "E&xit",
        "&Bearbeiten": "&Edit",
        "&Suchen": "&Find",
        "&Ansicht": "&View",
        "&Aktualisieren": "&Refresh",
        "Nur &Pseudonym-Codes zeigen": "Show only &pseudonym codes",
        "&Hilfe": "&Help",
        "Ü&ber Verbund Desktop": "&About Verbund Desktop",
        "Verbund": "Network",
    },
    "MeasureTableModel": {
        "Nr.": "No.",
        "Maßnahme": "Measure",
        "Lücken": "Gaps",
        "Beginn": "Start",
        "Ende": "End",
        "Verantwortlich": "Responsible",
        "Std.": "Hrs",
        "Freistellung (Std.)": "Release (hrs)",
        "Kosten": "Cost",
        "Förderung (Schätzung)": "Funding (estimate)",
        "nicht förderfähig": "not eligible",
        "Art: {0}": "Type: {0}",
        "Träger: {0}": "Provider: {0}",
        "Format: {0}": "Format: {0}",
    },
    "MeasureForm": {
        "Ausgewählte Maßnahme": "Selected measure",
        "Bildungsträger oder „intern“": "Training provider or “in-house”",
        "z. B. Präsenz, Online, am Arbeitsplatz": "e.g. classroom, online, on the job",
        "Wer kümmert sich?": "Who takes care of it?",
        "Euro, z. B. 1.234,56": "euros, e.g. 1,234.56",
        "Name der Verbundmaßnahme, falls gebündelt": "Name of the pooled course, if pooled",
        "Geschlossene Lücken": "Gaps closed",
        "Einzelheiten der Förderschätzung": "Details of the funding estimate",
        "&Titel:": "&Title:",
        "&Art:": "T&ype:",
        "Trä&ger:": "&Provider:",
        "&Format:": "&Format:",
        "&Beginn:": "&Start:",
        "&Ende:": "&End:",
        "S&tatus:": "St&atus:",
        "&Verantwortlich:": "&Responsible:",
        "&Freistellung (Std.):": "Re&lease (hours):",
        "&Kosten (€):": "&Cost (€):",
        "Verbund&maßnahme:": "Pooled co&urse:",
        "&Notiz:": "&Note:",
        "Schließt &Lücken:": "Closes &gaps:",
        "{0} {1} (Ist {2} → Soll {3})": "{0} {1} (current {2} → target {3})",
        "Keine Maßnahme ausgewählt.": "No measure selected.",
    },
    "NewPassphraseFields": {
        "Die Passphrase darf kein Nullzeichen enthalten.": "The passphrase must not contain a null character.",
        "Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.": (
            "The passphrase must not begin or end with a space."
        ),
        "Ohne Verschlüsselung (nicht empfohlen)": "Without encryption (not recommended)",
        "Achtung: Ohne Verschlüsselung kann jede Person mit Zugriff auf die Datei die Daten der Beschäftigten "
        "lesen. Für Laptops verlangt Art. 32 DSGVO Verschlüsselung.": (
            "Caution: without encryption anyone with access to the file can read the employees' data. Art. 32 "
            "GDPR requires encryption on laptops."
        ),
        "Passphrase:": "Passphrase:",
        "Die Passphrase muss mindestens {0} Zeichen lang sein.": "The passphrase must be at least {0} characters long.",
    },
    "Operations": {
        "Das hat leider nicht geklappt: Im Programm ist ein interner Fehler aufgetreten. Es wurde nichts "
        "geändert. Einzelheiten für die Fehlersuche stehen in der Protokolldatei „{0}“.": (
            "Sorry, that did not work: an internal error occurred in the program. Nothing was changed. "
            "Details for troubleshooting are in the log file “{0}”."
        ),
    },
    "Passphrase": {
        "Zu kurz: mindestens {0} Zeichen.": "Too short: at least {0} characters.",
        "Schwach: länger ist besser, z. B. mehrere Wörter.": "Weak: longer is better, e.g. several words.",
        "Mäßig: noch ein paar Zeichen oder Wörter mehr.": "Fair: a few more characters or words.",
        "Gut.": "Good.",
        "Stark.": "Strong.",
        "Sehr stark.": "Very strong.",
    },
    "PassphraseDialog": {
        "Arbeitsbereich entsperren": "Unlock workspace",
        "Passphrase für „{0}“:": "Passphrase for “{0}”:",
    },
    "PlanEditor": {
        "&Version:": "&Version:",
        "&Neuen Plan anlegen": "&New plan",
        "Maßnahmen": "Measures",
        "Maßnahme &hinzufügen": "&Add measure",
        "Maßnahme &entfernen": "&Remove measure",
        "&Lücken und Vorschläge": "&Gaps and suggestions",
        "&Maßnahmen": "&Measures",
        "Ausgangslage und &Ziele": "Starting point and g&oals",
        "Noch kein Entwicklungsplan. „Neuen Plan anlegen“ baut ihn auf der letzten Kompetenzerhebung auf.": (
            "No development plan yet. “New plan” builds it on the latest competency interview."
        ),
        "Für einen Entwicklungsplan braucht es zuerst eine abgeschlossene Kompetenzerhebung.": (
            "A development plan needs a completed competency interview first."
        ),
        "{0}: keine gültige Einwilligung – der Plan kann nicht geändert oder gedruckt werden.": (
            "{0}: no valid consent – the plan cannot be changed or printed."
        ),
        "{0} · Version {1} wurde gedruckt und wird so gezeigt, wie sie gedruckt wurde (nur lesen).": (
            "{0} · version {1} was printed and is shown as it was printed (read only)."
        ),
        "{0} · {1} · Version {2} ist gedruckt; eine Änderung legt Version {3} an.": (
            "{0} · {1} · version {2} is printed; a change creates version {3}."
        ),
        "{0} · {1} · Version {2} in Bearbeitung; jede Eingabe wird sofort gespeichert.": (
            "{0} · {1} · version {2} in progress; every entry is saved at once."
        ),
        "Version {0} angelegt – die gedruckte Version bleibt unverändert.": (
            "Version {0} created – the printed version stays unchanged."
        ),
        "Einen neuen Plan aus der letzten Kompetenzerhebung anlegen? Der bisherige Plan bleibt erhalten.": (
            "Create a new plan from the latest competency interview? The previous plan is kept."
        ),
        "Neue Maßnahme": "New measure",
        "Die Maßnahme „{0}“ aus dem Plan entfernen?": "Remove the measure “{0}” from the plan?",
        "Übernommen als Maßnahme {0}: {1}": "Adopted as measure {0}: {1}",
        "Entwicklungsplan": "Development plan",
        "Entwicklungsplan {0} (Version {1})": "Development plan {0} (version {1})",
        "Vorschau (Strg+Umschalt+P)": "Preview (Ctrl+Shift+P)",
        "Drucken (Strg+P) – die gedruckte Version wird festgeschrieben": (
            "Print (Ctrl+P) – the printed version is frozen"
        ),
        "Als PDF speichern (Strg+Umschalt+S) – die Version wird festgeschrieben": (
            "Save as PDF (Ctrl+Shift+S) – the version is frozen"
        ),
        "Version {0} – in Bearbeitung": "Version {0} – in progress",
        "Version {0} – gedruckt am {1}": "Version {0} – printed on {1}",
        "Kompetenzgespräch vom {0}": "competency interview of {0}",
    },
    "PlanFieldsForm": {
        "Eine Zeile je Beteiligte/r, z. B. „Personalleitung: Anmeldung.“": (
            "One line per person involved, e.g. “HR manager: registration.”"
        ),
        "&Ausgangslage:": "&Starting point:",
        "&Ziele:": "&Goals:",
        "&Verantwortlichkeiten:": "&Responsibilities:",
        "Nächste Über&prüfung:": "Next re&view:",
    },
    "PreviewDialog": {
        "Vorschau – {0}": "Preview – {0}",
        "Verkleinern": "Zoom out",
        "Vergrößern": "Zoom in",
        "Als PDF &speichern …": "&Save as PDF …",
        "Drucken (Strg+P)": "Print (Ctrl+P)",
        "Als PDF speichern (Strg+Umschalt+S)": "Save as PDF (Ctrl+Shift+S)",
        "Seiten": "Pages",
        "Seite {0} von {1}": "Page {0} of {1}",
        "Drucken": "Print",
        "Als PDF speichern": "Save as PDF",
        "PDF-Dokumente (*.pdf)": "PDF documents (*.pdf)",
        "Der Drucker kann nicht angesprochen werden.": "The printer cannot be reached.",
        "Drucken nicht möglich: {0}": "Printing is not possible: {0}",
    },
    "PrivacyTab": {
        "Einwilligung je &Zweck erfassen …": "Record consent per &purpose …",
        "Die Person wurde gelöscht; {0} Erwähnungen in Texten wurden ersetzt.": (
            "The person was deleted; {0} mentions in texts were replaced."
        ),
        "{0} unsichere Erwähnungen wurden wie gewünscht nicht verändert.": (
            "{0} uncertain mentions were left unchanged as chosen."
        ),
        "Bitte löschen Sie auch diese Dateien; das Programm kennt sie ab jetzt nicht mehr:": (
            "Please delete these files too; from now on the program no longer knows them:"
        ),
        "Person gelöscht": "Person deleted",
        "Zweck": "Purpose",
        "Erteilt am": "Given on",
        "Widerrufen am": "Withdrawn on",
        "Erfasst von": "Recorded by",
        "Einwilligungen und Rechtsgrundlagen": "Consents and legal bases",
        "Einwilligungen": "Consents",
        "Einwilligung &widerrufen …": "&Withdraw consent …",
        "Einwilligung Schwerbehinderung erfassen …": "Record consent for severe disability …",
        "Schwerbehinderung (Art. 9 DSGVO)": "Severe disability (Art. 9 GDPR)",
        "Gespeicherte Angabe:": "Stored value:",
        "Rechte der Person": "The person's rights",
        "Auskunft (Art. 15) &exportieren …": "&Export data access copy (Art. 15) …",
        "Änderungsprotokoll …": "Audit trail …",
        "Person &löschen …": "&Delete person …",
        "Diese Person gibt es nicht mehr.": "This person no longer exists.",
        "Datenschutz: {0}": "Data protection: {0}",
        "Letzte Bearbeitung {0}; Aufbewahrungsfrist des Betriebs {1} Monate, also bis {2}.": (
            "Last edited {0}; the company's retention period is {1} months, so until {2}."
        ),
        "Einwilligung liegt vor.": "Consent has been given.",
        "Ohne gesonderte Einwilligung wird keine Angabe gespeichert; für eine einzelne Förderschätzung kann sie "
        "dort angegeben werden, ohne sie zu speichern.": (
            "Without separate consent nothing is stored; for a single funding estimate it can be entered there "
            "without storing it."
        ),
        "Auskunft exportieren": "Export data access copy",
        "Ordner für die Auskunft wählen": "Choose a folder for the data access copy",
        "Auskunft exportiert": "Data access copy exported",
        "Die Auskunft wurde gespeichert:\n{0}\n{1}": "The data access copy was saved:\n{0}\n{1}",
        "Person löschen": "Delete person",
    },
    "ProtectionMenu": {
        "&Datenschutz-Angaben des Verbunds …": "Network's data protection &facts …",
        "E&xtras": "&Tools",
        "Jetzt &sperren": "&Lock now",
        "Sicherung &erstellen …": "&Create backup …",
        "Aus Sicherung &wiederherstellen …": "&Restore from backup …",
        "Änderungs&protokoll …": "&Audit trail …",
        "&Aufbewahrungsfristen prüfen …": "Check r&etention periods …",
        "&Einstellungen …": "&Settings …",
    },
    "QuestionBlock": {
        "Antwort löschen (bei Auswahlfragen auch mit Entf)": "Clear answer (for choice questions also with Del)",
        "Notiz zu dieser Frage (F2)": "Note on this question (F2)",
        "Notiz: {0}": "Note: {0}",
    },
    "RatingEditor": {
        "Ziffer: Stufe · Entf: leeren · N: nicht anwendbar · Enter/F2: Notiz · F8: nächste offene Eingabe · "
        "Strg+Z/Strg+Umschalt+Z: rückgängig/wiederholen": (
            "Digit: level · Del: clear · N: not applicable · Enter/F2: note · F8: next open entry · "
            "Ctrl+Z/Ctrl+Shift+Z: undo/redo"
        ),
        "Dieses Gespräch ist abgeschlossen und bleibt unverändert.": "This interview is completed and stays unchanged.",
        "Stufe {0} gibt es im Katalog „{1}“ nicht: erlaubt sind {2}. Nichts geändert.": (
            "Level {0} does not exist in the catalogue “{1}”: allowed are {2}. Nothing changed."
        ),
        "Priorität: 1 (hoch), 2 (mittel) oder 3 (niedrig). Nichts geändert.": (
            "Priority: 1 (high), 2 (medium) or 3 (low). Nothing changed."
        ),
        "Ziffern in den Spalten Selbst, Fremd, Ist, Soll oder Priorität eingeben.": (
            "Type digits in the columns Self, Supervisor, Current, Target or Priority."
        ),
        "Alle Kompetenzen haben Selbst-, Fremd-, Ist- und Soll-Stufe oder sind n. a.": (
            "All competences have self, supervisor, current and target levels or are n/a."
        ),
    },
    "RatingGrid": {
        "Kompetenzen mit Selbst-, Fremd-, Ist- und Soll-Stufe": "Competences with self, supervisor, current and target level",
    },
    "RatingModel": {
        "Kompetenz (Katalog, Bereich)": "Competence (catalogue, area)",
        "Selbsteinschätzung der/des Beschäftigten": "The employee's self rating",
        "Fremdeinschätzung durch die Führungskraft": "Rating by the supervisor",
        "Ist-Stufe, im Gespräch vereinbart": "Current level, agreed in the interview",
        "Soll-Stufe (aus dem Stellenprofil, je Person anpassbar)": (
            "Target level (from the role profile, adjustable per person)"
        ),
        "Lücke": "Gap",
        "Soll minus Ist (berechnet); in Klammern vorläufig ohne vereinbarte Ist-Stufe": (
            "Target minus current (calculated); in brackets: provisional, without an agreed current level"
        ),
        "1 hoch, 2 mittel, 3 niedrig": "1 high, 2 medium, 3 low",
        "Notiz zur Kompetenz (Enter oder F2 zum Bearbeiten)": "Note on the competence (Enter or F2 to edit)",
        "nicht anwendbar (Taste N)": "not applicable (key N)",
        "noch nicht eingetragen": "not entered yet",
        "keine Priorität": "no priority",
        "Priorität {0}": "Priority {0}",
        "Enter oder F2: Notiz schreiben": "Enter or F2: write a note",
        "keine Soll-Stufe": "no target level",
        "keine Lücke": "no gap",
        "vorläufig {0} Stufen: noch keine vereinbarte Ist-Stufe": "provisionally {0} levels: no agreed current level yet",
        "{0} Stufen bis zum Soll": "{0} levels to the target",
    },
    "RecordDifferencesBar": {
        "Betriebsdaten ändern": "Change company record",
        "Betriebsdaten beibehalten": "Keep company record",
        "Die Antworten weichen von den Betriebsdaten ab:<ul>{0}</ul>Entwicklungsplan, Bericht und "
        "Förderschätzung verwenden die Betriebsdaten. Sollen die Betriebsdaten wie im Gespräch "
        "geändert werden?": (
            "The answers differ from the company record:<ul>{0}</ul>The development plan, the report and the "
            "funding estimate use the company record. Change the company record as said in the interview?"
        ),
    },
    "RestoreDialog": {
        "Erstellt": "Created",
        "Größe": "Size",
        "Datei": "File",
        "Aus Sicherung wiederherstellen": "Restore from backup",
        "Die gewählte Sicherung wird vollständig geprüft, bevor etwas ersetzt wird. Der jetzige Stand von „{0}“ "
        "wird im Ordner „{1}“ aufbewahrt.": (
            "The chosen backup is verified completely before anything is replaced. The current state of “{0}” "
            "is kept in the folder “{1}”."
        ),
        "Andere Datei wählen …": "Choose another file …",
        "Passphrase der Sicherung": "Passphrase of the backup",
        "Passphrase der Sicherung:": "Passphrase of the backup:",
        "Passphrase der Sicherung (nur nötig, wenn sie eine andere ist als die jetzige):": (
            "Passphrase of the backup (only needed if it differs from the current one):"
        ),
        "Wiederherstellen …": "Restore …",
        "Sicherung wählen": "Choose backup",
        "Datenbank (*.db);;Alle Dateien (*)": "Database (*.db);;All files (*)",
        "Bitte eine Sicherung auswählen.": "Please select a backup.",
    },
    "RetentionDialog": {
        "Person / Betrieb": "Person / company",
        "Letzte Bearbeitung": "Last edited",
        "Frist (Monate)": "Period (months)",
        "Abgelaufen seit": "Expired since",
        "Aufbewahrungsfristen": "Retention periods",
        "Personen und Betriebe, deren letzte Bearbeitung länger zurückliegt als die Aufbewahrungsfrist des "
        "Betriebs. Ihre Daten sollen gelöscht werden (Art. 5 Abs. 1 lit. e DSGVO). Zum Löschen die Einträge "
        "ankreuzen und „{0}“ eingeben.": (
            "People and companies last edited longer ago than the company's retention period. Their data "
            "should be deleted (Art. 5(1)(e) GDPR). To delete, tick the entries and enter “{0}”."
        ),
        "Keine Daten über der Aufbewahrungsfrist.": "No data beyond the retention period.",
        "Zur Bestätigung „{0}“ eingeben": "Enter “{0}” to confirm",
        "Bestätigung": "Confirmation",
        "Angekreuzte endgültig löschen": "Delete ticked entries permanently",
        "Gelöscht: {0} Personen, {1} Betriebe.": "Deleted: {0} people, {1} companies.",
    },
    "RoleProfileDialog": {
        "Neues Stellenprofil": "New role profile",
        "Stellenprofil bearbeiten": "Edit role profile",
        "z. B. Verkauf, Fertigung, Disposition": "e.g. sales, production, scheduling",
        "&Beschreibung:": "&Description:",
        "Kompetenzen filtern …": "Filter competences …",
        "Kompetenzkataloge (Leertaste: auswählen)": "Competence catalogues (space: select)",
        "Kompetenzkataloge": "Competence catalogues",
        "Ausgewählte Kompetenzen": "Selected competences",
        "Ausgewählte Kompetenzen mit Soll-Niveau und Priorität:": "Selected competences with target level and priority:",
        "&Kompetenzen:": "&Competences:",
        "{0} – Skala {1}–{2}": "{0} – scale {1}–{2}",
        "Soll-Niveau für {0}": "Target level for {0}",
        "Priorität für {0}": "Priority for {0}",
    },
    "RoleProfilesTab": {
        "Stellenprofile": "Role profiles",
        "Katalog": "Catalogue",
        "Neues Stellenprofil …": "New role profile …",
        "Bearbeiten …": "Edit …",
        "Löschen …": "Delete …",
        "{0}\n{1} Kompetenzen · {2} Personen": "{0}\n{1} competences · {2} people",
        "Noch kein Stellenprofil. Mit „Neues Stellenprofil …“ anlegen.": (
            "No role profile yet. Create one with “New role profile …”."
        ),
        "Stellenprofil löschen": "Delete role profile",
        "Das Stellenprofil „{0}“ löschen? Beschäftigte und frühere Kompetenzgespräche bleiben erhalten, nur die "
        "Zuordnung zu diesem Profil entfällt.": (
            "Delete the role profile “{0}”? Employees and earlier competency interviews are kept; only their "
            "link to this profile is removed."
        ),
    },
    "SectionListModel": {
        "{0}: {1} von {2} Fragen beantwortet": "{0}: {1} of {2} questions answered",
        "{0} von {1} Fragen beantwortet": "{0} of {1} questions answered",
        "; %n Pflichtfrage(n) offen": ("; %n required question open", "; %n required questions open"),
    },
    "SettingsDialog": {
        "Einstellungen": "Settings",
        "Schutz und Sicherungen": "Protection and backups",
        " Minuten": " minutes",
        "Automatisch sperren nach:": "Lock automatically after:",
        "Tägliche Sicherungen aufbewahren:": "Daily backups to keep:",
        "Passphrase ändern": "Change passphrase",
        "Arbeitsbereich verschlüsseln": "Encrypt workspace",
        "Bisherige Passphrase": "Current passphrase",
        "Neue Passphrase": "New passphrase",
        "Neue Passphrase wiederholen": "Repeat new passphrase",
        "Bisherige Passphrase:": "Current passphrase:",
        "Dieser Arbeitsbereich ist NICHT verschlüsselt. Für Laptops verlangt Art. 32 DSGVO Verschlüsselung. "
        "Ältere Sicherungen bleiben unverschlüsselt und sollten gelöscht werden.": (
            "This workspace is NOT encrypted. Art. 32 GDPR requires encryption on laptops. Older backups stay "
            "unencrypted and should be deleted."
        ),
        "Neue Passphrase:": "New passphrase:",
        "Passphrase jetzt ändern": "Change passphrase now",
        "Jetzt verschlüsseln": "Encrypt now",
        "Bitte die bisherige Passphrase eingeben.": "Please enter the current passphrase.",
        "Die Passphrase wurde nicht geändert.": "The passphrase was not changed.",
        "Verschlüsseln": "Encrypt",
        "Der Arbeitsbereich wurde nicht verschlüsselt.": "The workspace was not encrypted.",
        "Der Arbeitsbereich ist jetzt verschlüsselt.": "The workspace is now encrypted.",
        "Verschlüsselt": "Encrypted",
        "Der Arbeitsbereich ist jetzt verschlüsselt. Beim nächsten Start wird nach der Passphrase gefragt. "
        "Unverschlüsselte Sicherungen von vorher liegen noch im Ordner „Sicherungen“.": (
            "The workspace is now encrypted. The next start asks for the passphrase. Unencrypted backups from "
            "before are still in the folder “Sicherungen”."
        ),
        "Die Passphrase wurde geändert; {0} Sicherungen wurden umgeschlüsselt.": (
            "The passphrase was changed; {0} backups were re-encrypted."
        ),
        " {0} Sicherungen haben eine andere Passphrase und blieben unverändert.": (
            " {0} backups have a different passphrase and were left unchanged."
        ),
    },
    "SingleChoiceCombo": {
        "– keine Angabe –": "– not stated –",
    },
    "StartPage": {
        "Für diesen Betrieb gibt es noch keine Bedarfsanalyse.": "There is no needs analysis for this company yet.",
        "Bedarfsanalyse beginnen": "Start needs analysis",
    },
    "SuggestionPanel": {
        "Lücken": "Gaps",
        "Vorschläge – warum vorgeschlagen": "Suggestions – why suggested",
        "Vorschläge": "Suggestions",
        "Als &Maßnahme übernehmen": "Adopt as &measure",
        "Angebote sind trägerneutral gereiht: nach Abdeckung der Lücke, Kosten nach geschätzter Förderung, "
        "Umfang, Format und Termin – nie nach dem Träger.": (
            "Offers are ranked provider-neutrally: by how well they cover the gap, cost after estimated funding, "
            "scope, format and date – never by provider."
        ),
        "&Lücken": "&Gaps",
        "Weiterbildungsangebote ({0})": "Training offers ({0})",
        "Andere Maßnahmen": "Other measures",
        "Kein passendes Angebot im Katalog.": "No matching offer in the catalogue.",
        " · %n Maßnahme(n)": (" · %n measure", " · %n measures"),
        " · noch keine Maßnahme": " · no measure yet",
        " (vorläufig)": " (provisional)",
        "    Ist {0} → Soll {1}{2}, Priorität {3}{4}": "    current {0} → target {1}{2}, priority {3}{4}",
        " · ab {0}": " · from {0}",
        " → {0} nach Förderung (Schätzung)": " → {0} after funding (estimate)",
        "    {0} Std. · {1} · {2}{3}{4}": "    {0} hrs · {1} · {2}{3}{4}",
    },
    "WelcomeDialog": {
        "Willkommen bei Verbund Desktop": "Welcome to Verbund Desktop",
        "Verbund Desktop speichert alle Daten in einer Datei auf diesem Rechner. Legen Sie einen neuen "
        "Arbeitsbereich an, probieren Sie den Demo-Arbeitsbereich aus oder öffnen Sie eine vorhandene Datei.": (
            "Verbund Desktop keeps all data in one file on this computer. Create a new workspace, try the demo "
            "workspace or open an existing file."
        ),
        "&Neuen Arbeitsbereich anlegen": "Create a &new workspace",
        "&Demo-Arbeitsbereich anlegen (erfundene Beispieldaten)": "Create a &demo workspace (invented sample data)",
        "Vorhandene Datei ö&ffnen": "&Open an existing file",
        "z. B. Weiterbildungsverbund Südwestfalen": "e.g. Weiterbildungsverbund Südwestfalen",
        "Durchsuchen …": "Browse …",
        "Name des Verbunds:": "Name of the network:",
        "Ihr Name:": "Your name:",
        "Datei:": "File:",
        "Weiter": "Continue",
        "Beenden": "Quit",
        "Arbeitsbereich anlegen": "Create workspace",
        "Bitte eine Datei angeben.": "Please enter a file.",
        "Die Datei „{0}“ gibt es nicht.": "The file “{0}” does not exist.",
        "„{0}“ gibt es schon; bitte einen anderen Dateinamen wählen.": "“{0}” already exists; please choose another file name.",
        "Bitte einen Namen für den Verbund angeben.": "Please enter a name for the network.",
        "Bitte Ihren Namen angeben.": "Please enter your name.",
    },
    "WithdrawDialog": {
        "Für diese Person werden keine Förderschätzungen mehr erstellt und keine Daten mehr für einen Förderantrag verwendet. Gespräch und Entwicklungsplan bleiben.": "No more funding estimates are made for this person and no data are used for a funding application any more. Interview and development plan stay.",
        "Die Person wird ab sofort in keiner Zählung und keinem Bericht des Verbunds mehr berücksichtigt. Gespräch und Entwicklungsplan bleiben.": "From now on the person is left out of every count and report of the network. Interview and development plan stay.",
        "Die gespeicherte Angabe zur Schwerbehinderung wird gelöscht.": "The stored statement on severe disability is deleted.",
        "Alle Kompetenzgespräche mit ihren Bewertungen, alle Entwicklungspläne, Notizen, Geburtsjahr und "
        "Abschlussjahr dieser Person werden gelöscht, ebenso die Werte dazu im Änderungsprotokoll. Name, Betrieb "
        "und der Nachweis des Widerrufs bleiben.": (
            "All competency interviews with their ratings, all development plans, notes, year of birth and "
            "year of qualification of this person are deleted, as are the related values in the audit trail. "
            "Name, company and the record of the withdrawal remain."
        ),
        "Widerruf der Einwilligung „{0}“ (wirkt für die Zukunft). {1}": (
            "Withdrawal of the consent “{0}” (takes effect for the future). {1}"
        ),
        "z. B. „mündlich im Gespräch“, „per E-Mail“": "e.g. “verbally in the interview”, “by e-mail”",
        "Widerrufen am:": "Withdrawn on:",
        "Wie/Anlass:": "How/occasion:",
        "Widerruf erfassen": "Record withdrawal",
    },
    "WorkspaceLauncher": {
        "Das geöffnete Fenster hat nicht geantwortet. Bitte wechseln Sie über die Taskleiste dorthin.": (
            "The open window did not answer. Please switch to it through the task bar."
        ),
        "„{0}“ kann nicht gelesen werden: {1}.": "“{0}” cannot be read: {1}.",
        "Die Passphrase ist falsch. Die Datei wurde nicht verändert.": (
            "The passphrase is wrong. The file was not changed."
        ),
    },
    "YesNoInput": {
        "Ja": "Yes",
        "Nein": "No",
    },
    "_WindowCover": {
        "Gesperrt – bitte im Hauptfenster entsperren.": "Locked – please unlock in the main window.",
    },
}
