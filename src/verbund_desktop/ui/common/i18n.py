"""Translation markers for the UI. German is the source language; English comes from
``resources/translations/verbund_desktop_en.qm`` (``make translations`` extracts and compiles it).

Inside a QObject subclass use ``self.tr("…")``; in module-level functions use
``QCoreApplication.translate("Context", "…")``. Constants that are defined once and shown later (column titles,
status labels) are marked with :func:`QT_TRANSLATE_NOOP` and translated where they are shown. Always pass a
literal string (no f-string) and format after translating: lupdate only sees literals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for extraction under ``context`` and return it unchanged (still German)."""
    del context  # only read by lupdate
    return source


def translate_all(context: str, sources: tuple[str, ...] | list[str]) -> list[str]:
    """Translate texts marked with :func:`QT_TRANSLATE_NOOP` under ``context``, e.g. column titles."""
    return [QCoreApplication.translate(context, source) for source in sources]


# Closed sets of German labels that the domain and the services hand to the UI. The services keep them German
# (reports and exports are German); the UI shows them through domain_label(). A label missing here stays
# German; tests/ui/shell/test_translations.py checks that every label of these sets is listed.
DOMAIN_LABELS = (
    # Priorities (assessment.gaps.Priority.label_de)
    QT_TRANSLATE_NOOP("DomainLabels", "Hoch"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mittel"),
    QT_TRANSLATE_NOOP("DomainLabels", "Niedrig"),
    # Rating fields (services.assessment_sheets.FIELD_LABELS_DE) and assessment status (STATUS_LABELS_DE)
    QT_TRANSLATE_NOOP("DomainLabels", "Selbsteinschätzung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Fremdeinschätzung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ist (vereinbart)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Soll"),
    QT_TRANSLATE_NOOP("DomainLabels", "Priorität"),
    QT_TRANSLATE_NOOP("DomainLabels", "Notiz"),
    QT_TRANSLATE_NOOP("DomainLabels", "nicht anwendbar"),
    QT_TRANSLATE_NOOP("DomainLabels", "in Bearbeitung"),
    QT_TRANSLATE_NOOP("DomainLabels", "abgeschlossen"),
    # Consent (services.consent.METHOD_LABELS_DE, assessment.consent_purposes labels; services.privacy.PURPOSE_LABELS, STATUS_LABELS)
    QT_TRANSLATE_NOOP("DomainLabels", "Einwilligung schriftlich (Papier)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Einwilligung elektronisch"),
    QT_TRANSLATE_NOOP("DomainLabels", "andere Rechtsgrundlage (dokumentiert)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kompetenzgespräch und Entwicklungsplan"),
    QT_TRANSLATE_NOOP("DomainLabels", "Förderantrag und Weitergabe an die Agentur für Arbeit"),
    QT_TRANSLATE_NOOP("DomainLabels", "Pseudonymisierte Nutzung im Weiterbildungsverbund"),
    QT_TRANSLATE_NOOP("DomainLabels", "Angabe einer Schwerbehinderung (Art. 9 DSGVO)"),
    QT_TRANSLATE_NOOP("DomainLabels", "erteilt"),
    QT_TRANSLATE_NOOP("DomainLabels", "widerrufen"),
    # Backups (persistence.backup.BackupKind.label)
    QT_TRANSLATE_NOOP("DomainLabels", "Tägliche Sicherung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Vor Programm-Aktualisierung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Manuelle Sicherung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Stand vor einer Wiederherstellung"),
    # Audit trail (services.audit_view.ENTITY_LABELS, ACTION_LABELS, FIELD_LABELS)
    QT_TRANSLATE_NOOP("DomainLabels", "Betrieb"),
    QT_TRANSLATE_NOOP("DomainLabels", "Abteilung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Beschäftigte/r"),
    QT_TRANSLATE_NOOP("DomainLabels", "Stellenprofil"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bedarfsanalyse"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kompetenzgespräch"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bewertung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Entwicklungsplan"),
    QT_TRANSLATE_NOOP("DomainLabels", "Maßnahme"),
    QT_TRANSLATE_NOOP("DomainLabels", "Einwilligung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Arbeitsbereich"),
    QT_TRANSLATE_NOOP("DomainLabels", "Verbund"),
    QT_TRANSLATE_NOOP("DomainLabels", "angelegt"),
    QT_TRANSLATE_NOOP("DomainLabels", "geändert"),
    QT_TRANSLATE_NOOP("DomainLabels", "gelöscht"),
    QT_TRANSLATE_NOOP("DomainLabels", "archiviert"),
    QT_TRANSLATE_NOOP("DomainLabels", "wiederhergestellt"),
    QT_TRANSLATE_NOOP("DomainLabels", "begonnen"),
    QT_TRANSLATE_NOOP("DomainLabels", "beantwortet"),
    QT_TRANSLATE_NOOP("DomainLabels", "wieder geöffnet"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bewertung gesetzt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gespräch begonnen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gespräch abgeschlossen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Einwilligung erfasst"),
    QT_TRANSLATE_NOOP("DomainLabels", "Einwilligung widerrufen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Daten nach Widerruf entfernt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Person gelöscht"),
    QT_TRANSLATE_NOOP("DomainLabels", "Betrieb gelöscht"),
    QT_TRANSLATE_NOOP("DomainLabels", "Auskunft (Art. 15) erstellt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Dokument gespeichert"),
    # Erasure review (services.erasure.REASON_LABELS, DOCUMENT_ACTIONS)
    QT_TRANSLATE_NOOP("DomainLabels", "nur der Vorname"),
    QT_TRANSLATE_NOOP("DomainLabels", "nur der Nachname"),
    QT_TRANSLATE_NOOP("DomainLabels", "eine andere Person heißt gleich"),
    QT_TRANSLATE_NOOP("DomainLabels", "Auskunft nach Art. 15 DSGVO (JSON und PDF)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gespeichertes Dokument"),
    QT_TRANSLATE_NOOP("DomainLabels", "Entwicklungsplan gedruckt oder gespeichert (Ablageort unbekannt)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Notizen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Status"),
    QT_TRANSLATE_NOOP("DomainLabels", "Schwerbehinderung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Geburtsjahr"),
    QT_TRANSLATE_NOOP("DomainLabels", "Jahr des Berufsabschlusses"),
    # The audit trail's words (services.protection.audit_words via audit_view's labels)
    QT_TRANSLATE_NOOP("DomainLabels", "AZAV-zugelassen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Anbieter"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ansprechperson"),
    QT_TRANSLATE_NOOP("DomainLabels", "Art"),
    QT_TRANSLATE_NOOP("DomainLabels", "Aufbewahrung (Monate)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ausgangslage"),
    QT_TRANSLATE_NOOP("DomainLabels", "Beginn"),
    QT_TRANSLATE_NOOP("DomainLabels", "Berufsabschluss"),
    QT_TRANSLATE_NOOP("DomainLabels", "Beschreibung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Beschäftigte"),
    QT_TRANSLATE_NOOP("DomainLabels", "Beschäftigte (verbundene Unternehmen)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Betriebsrat"),
    QT_TRANSLATE_NOOP("DomainLabels", "Branche"),
    QT_TRANSLATE_NOOP("DomainLabels", "Datenschutzbeauftragte/r"),
    QT_TRANSLATE_NOOP("DomainLabels", "E-Mail"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ende"),
    QT_TRANSLATE_NOOP("DomainLabels", "Entwurf verworfen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Freistellung (Stunden)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Förderregeln"),
    QT_TRANSLATE_NOOP("DomainLabels", "Förderregeln geladen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Förderregeln zurückgesetzt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gesprächsleitfaden"),
    QT_TRANSLATE_NOOP("DomainLabels", "Hinweis zur Bündelung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kontakt Datenschutz"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kosten (€)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Lernform"),
    QT_TRANSLATE_NOOP("DomainLabels", "Maßnahme entfernt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Maßnahme geändert"),
    QT_TRANSLATE_NOOP("DomainLabels", "Maßnahme hinzugefügt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Monatsentgelt (€)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Nachname"),
    QT_TRANSLATE_NOOP("DomainLabels", "Name"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ort/Region"),
    QT_TRANSLATE_NOOP("DomainLabels", "PLZ"),
    QT_TRANSLATE_NOOP("DomainLabels", "Plan angelegt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Plan gedruckt und festgeschrieben"),
    QT_TRANSLATE_NOOP("DomainLabels", "Plan geändert"),
    QT_TRANSLATE_NOOP("DomainLabels", "Pseudonym-Code"),
    QT_TRANSLATE_NOOP("DomainLabels", "Qualifizierungsvereinbarung"),
    QT_TRANSLATE_NOOP("DomainLabels", "Reihenfolge"),
    QT_TRANSLATE_NOOP("DomainLabels", "Straße"),
    QT_TRANSLATE_NOOP("DomainLabels", "Stunden"),
    QT_TRANSLATE_NOOP("DomainLabels", "Telefon"),
    QT_TRANSLATE_NOOP("DomainLabels", "Titel"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tätigkeit"),
    QT_TRANSLATE_NOOP("DomainLabels", "Verantwortlich"),
    QT_TRANSLATE_NOOP("DomainLabels", "Verantwortlichkeiten"),
    QT_TRANSLATE_NOOP("DomainLabels", "Version"),
    QT_TRANSLATE_NOOP("DomainLabels", "Vorname"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ziele"),
    QT_TRANSLATE_NOOP("DomainLabels", "archiviert am"),
    QT_TRANSLATE_NOOP("DomainLabels", "festgeschrieben am"),
    QT_TRANSLATE_NOOP("DomainLabels", "neue Planversion angelegt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Überprüfung am"),
    # Audit trail words (services.protection.audit_words) and the reasons the services record with an entry
    QT_TRANSLATE_NOOP("DomainLabels", "Soll-Stufe im Stellenprofil"),
    QT_TRANSLATE_NOOP("DomainLabels", "aus den Betriebsdaten vorausgefüllt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Änderung eines gedruckten (eingefrorenen) Plans"),
    QT_TRANSLATE_NOOP("DomainLabels", "Aufbewahrungsfrist abgelaufen (Art. 5 Abs. 1 lit. e DSGVO)"),
    # Joint courses (assessment.network_terms: CourseStatus.label_de, SIZE_BANDS)
    QT_TRANSLATE_NOOP("DomainLabels", "in Planung"),
    QT_TRANSLATE_NOOP("DomainLabels", "bestätigt"),
    QT_TRANSLATE_NOOP("DomainLabels", "läuft"),
    QT_TRANSLATE_NOOP("DomainLabels", "abgesagt"),
    QT_TRANSLATE_NOOP("DomainLabels", "unter 50 Beschäftigte"),
    QT_TRANSLATE_NOOP("DomainLabels", "50 bis 499 Beschäftigte"),
    QT_TRANSLATE_NOOP("DomainLabels", "ab 500 Beschäftigte"),
)


def domain_label(text: str) -> str:
    """A German label from the domain or the services (see :data:`DOMAIN_LABELS`) in the UI language."""
    return QCoreApplication.translate("DomainLabels", text)
