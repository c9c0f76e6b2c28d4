"""The messages of the services and the domain in the UI language: the one way the UI shows a ``UserError``.

The services raise German sentences (``assessment/errors.py``); the CLI prints them as they are. The UI shows
them through :func:`user_message` (an exception) or :func:`ui_message` (one sentence, e.g. a form's problem
beside its field): the German text — the template of a :class:`~verbund_desktop.assessment.errors.Message`,
or a plain sentence — is the key into Qt's translation files (context ``ServiceMessages``), and the parameters
are formatted by ``locale_format`` (22/03/2027, 1,234.5). A sentence without an English translation stays
German as a whole, never half translated; the German UI shows every text exactly as raised.

The templates are listed in :data:`SERVICE_MESSAGES` so that ``make translations`` extracts them (lupdate reads
the UI only); ``tests/ui/common/test_service_messages.py`` checks that every ``Message(...)`` of the services
and the domain is listed here and that nothing listed is gone from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.locale_format import is_german, ui_date, ui_decimal

CONTEXT = "ServiceMessages"
_FIELDS = re.compile(r"\{[^{}]*\}")


def _translated(template: str) -> str | None:
    """The English template, or None when the template has no translation (then the German text stays).
    A template without words of its own („– {problem}“) is the same in every language."""
    found = QCoreApplication.translate(CONTEXT, template)
    if found != template or not any(c.isalpha() for c in _FIELDS.sub("", template)):
        return found
    return None


def _param(value: object) -> object:
    if isinstance(value, Message):
        return ui_message(value)
    if isinstance(value, date):
        return ui_date(value)
    if isinstance(value, Decimal):
        return ui_decimal(value)
    return value


def ui_message(text: str) -> str:
    """One sentence of a service or the domain in the UI language (German unchanged)."""
    if is_german() or not text:
        return str(text)
    if isinstance(text, Message):
        template = _translated(text.template)
        if template is None:
            return str(text)
        return template.format(**{name: _param(value) for name, value in text.params.items()})
    return _translated(text) or text


def ui_messages(texts: Iterable[str], separator: str = "\n") -> str:
    return separator.join(ui_message(text) for text in texts)


def user_message(exc: BaseException) -> str:
    """What the UI says for a ``UserError`` (its sentences, one per line, in the UI language); for any other
    exception its text as it is (the callers show only errors meant for the advisor)."""
    if isinstance(exc, UserError):
        return ui_messages(exc.messages)
    return str(exc)


# Grouped by where they are raised (tools/translations_en_messages.py has the English in the same order).
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Betrieb"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Beginn"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Überprüfungstermin"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Datum"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Wert"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Tag der Antragstellung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende der letzten geförderten Teilnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Stundenzahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Freistellung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Kosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Gesamtkosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Lehrgangskosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Monatsentgelt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Träger"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Format"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Verantwortung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Verbundmaßnahme"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Text"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist keine Zahl (z. B. 1.234,56)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist kein Datum."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} darf nicht negativ sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} dürfen nicht negativ sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist unplausibel hoch (höchstens {limit} Stunden)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist unplausibel hoch (höchstens {limit} €)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind unplausibel hoch (höchstens {limit} Stunden)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} sind unplausibel hoch (höchstens {limit} €)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}: bitte höchstens zwei Nachkommastellen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} ist zu lang (höchstens {limit} Zeichen)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Unbekannte Art der Maßnahme „{kind}“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Titel für die Maßnahme angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte Text eingeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "AZAV-Zulassung: bitte ja oder nein angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{who}: Die Zahl der Beschäftigten ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{who} muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{who}: {count} Beschäftigte sind mehr, als gespeichert werden kann."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{who}: Die Zahl der Beschäftigten {count} ist nicht möglich; Teilzeitkräfte zählen nach § 82 Abs. 6 SGB III mit 0,25, 0,5 oder 0,75 (Schritte von 0,25).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{text}“ ist keine Zahl der Beschäftigten (z. B. 50 oder 49,75; ohne Tausenderpunkt).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{text}“ ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Zahl der Beschäftigten ist keine Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Namen des Betriebs angeben."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Bitte die Zahl der Beschäftigten angeben (Teilzeitkräfte anteilig, z. B. 49,75)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Zahl der Beschäftigten inklusive verbundener Unternehmen ({linked}) darf nicht kleiner sein als die Zahl der Beschäftigten des Betriebs ({headcount}).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Beschäftigte inklusive verbundener Unternehmen: {problem}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die E-Mail-Adresse „{email}“ ist ungültig."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Vornamen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte den Nachnamen angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Geburtsjahr muss eine ganze Zahl sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Geburtsjahr muss zwischen {earliest} und {latest} liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr muss eine ganze Zahl sein."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Ohne Berufsabschluss bitte kein Abschlussjahr angeben (oder „Berufsabschluss vorhanden“ wählen).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr darf nicht in der Zukunft liegen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Das Abschlussjahr kann nicht vor {earliest} liegen (Geburtsjahr + {age})."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Abschlussjahr kann nicht vor {earliest} liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Pseudonym-Code angeben, z. B. „{code}“."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Pseudonym-Code darf nur Buchstaben ohne Umlaute, Ziffern, „-“ und „_“ enthalten (höchstens {limit} Zeichen), z. B. „BM-06“.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Den Pseudonym-Code „{code}“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „{free}“.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bitte einen Namen für die Abteilung angeben."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Abteilung „{name}“ gibt es in diesem Betrieb schon."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase muss mindestens {length} Zeichen lang sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase darf kein Nullzeichen enthalten."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase darf nicht mit Leerzeichen beginnen oder enden."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase ist falsch. Die Datei wurde nicht verändert."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Passphrase ist falsch, oder der Anfang der Datei ist beschädigt. Die Datei wurde nicht verändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die bisherige Passphrase ist falsch. Es wurde nichts geändert."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die neue Passphrase ist dieselbe wie die bisherige."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Dieser Arbeitsbereich ist nicht verschlüsselt; bitte zuerst verschlüsseln."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieser Arbeitsbereich ist schon verschlüsselt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist leer oder abgeschnitten und keine Sicherung."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt oder keine Sicherung von Verbund Desktop. Es wurde nichts verändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{path}“ gibt es nicht."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist schon verschlüsselt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Datei „{file}“ wurde nicht eingelesen, es wurde nichts geändert:"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "– {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "… und {count} weitere Probleme."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist leer: die Kopfzeile mit den Spaltennamen fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Zeichenkodierung ist weder UTF-8 noch Windows-1252."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist keine Textdatei (CSV)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei enthält mehr als {count} Zeilen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {number}: mehr Werte als Spalten in der Kopfzeile."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Unbekannte Spalten: {unknown} (erlaubt: {allowed})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Pflichtspalten fehlen: {missing}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile 1: Spalten kommen mehrfach vor: {doubled}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}, Spalte „{column}“: {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Wert fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Kennung ist länger als 64 Zeichen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist keine gültige Zahl."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist keine ganze Zahl ≥ 0."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist weder „ja“ noch „nein“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."),
)
