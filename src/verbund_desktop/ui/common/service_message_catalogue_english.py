"""German templates of the services' messages converted by the branch english2 (issue 14: the last German
sentences of the English UI): openQCAT row problems, the review's hours hint, rule-set refusals, workspace
and lock messages, sync wire errors. ``service_message_catalogue.SERVICE_MESSAGES`` includes them; the English
is in ``tools/translations_en_english2.py``, in the same order.
"""

from __future__ import annotations

from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

ENGLISH_SERVICE_MESSAGES: tuple[str, ...] = (
    # openQCAT imports, row by row (assessment/openqcat*.py, offer_import.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {line}, SERVICE „{product}“"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {line}, {path}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{before}SERVICE „{product}“{after}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {line}: {problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile {line}: Widerspricht {schema}: {message}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "dem openQCAT-Schema"),
    QT_TRANSLATE_NOOP("ServiceMessages", "dem offiziellen openQCAT-Schema"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Element „{element}“ ist an dieser Stelle nicht erlaubt (erwartet: {expected})."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Element „{element}“ ist an dieser Stelle nicht erlaubt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "In Element „{element}“ fehlt ein Pflichtelement (erwartet: {expected})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Element „{element}“{attribute}: Der Wert „{value}“ ist nicht zulässig."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Element „{element}“{attribute}: „{value}“ ist kein gültiger Wert (Datum JJJJ-MM-TT, Zahl mit Punkt oder Ganzzahl).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Element „{element}“: Das Pflichtattribut „{name}“ fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Element „{element}“: Das Attribut „{name}“ ist nicht erlaubt."),
    QT_TRANSLATE_NOOP("ServiceMessages", ", Attribut „{name}“"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Schema-Datei (XSD) kann nicht verwendet werden: {why}."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{where}: SERVICE_DETAILS/SERVICE_MODULE/EDUCATION fehlt (Angebot oder Termin?)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein (oder fehlen)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{where}: Die Unterrichtsart „{instruction}“ (INSTRUCTION_TYPE) ist unbekannt."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", '{where}: Die Dauer in Stunden fehlt (COURSE/DURATION type="hours").'
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: SUPPLIER_ID_REF nennt keinen der Anbieter im HEADER (bei mehreren Anbietern ist die Angabe nötig).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        '{where}: Ein Termin (EDUCATION type="false") braucht COURSE_ID, die ID seines Angebots.',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Die Unterrichtsform {code} („{text}“, EXTENDED_INFO/INSTRUCTION_FORM) ist unbekannt.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{where}: Die Stundenzahl muss größer als 0 und höchstens {limit} sein."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Die Kosten müssen zwischen 0 und {limit} Euro liegen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Mehr als {limit} Teilnehmende sind nicht vorgesehen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{where}: Eine AZAV-zugelassene Maßnahme setzt einen zugelassenen Träger voraus."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Die Mindestzahl ({low}) ist größer als die Höchstzahl ({high}) der Teilnehmenden.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Ein Beginn-Datum kommt mehrfach vor."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Der Termin endet ({end}) vor seinem Beginn ({start})."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Die Kurs-ID „{course}“ des Anbieters „{provider}“ kommt schon bei {first} vor.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Der Termin verweist auf das Angebot „{course}“, das die Datei nicht enthält.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Die ID „{ident}“ kommt mehrfach vor."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei enthält mehr als {count} Angebote."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Version „{version}“ wird nicht gelesen (erwartet: 1.1)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Pflichtelement {path} fehlt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Pflichtelement SUPPLIER (Bildungsanbieter) fehlt."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Genau eines von NEW_CATALOG (Vollkatalog) oder UPDATE_CATALOG (Aktualisierung) muss folgen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Dieses Element ist hier nicht erlaubt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die ID ist länger als {limit} Zeichen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Attribut mode=„{mode}“ gibt es nicht (nur „new“)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{value}“ ist kein Angebotstyp (1 bis 5)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Titel ist länger als {limit} Zeichen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "SERVICE_DATE darf je SERVICE nur einmal vorkommen."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "SERVICE_MODULE/EDUCATION fehlt: die Leistung ist kein Bildungsangebot."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Nur Preise in Euro werden gelesen, nicht „{value}“."),
    QT_TRANSLATE_NOOP("ServiceMessages", 'Das Attribut type fehlt (type="true": Angebot, "false": Termin).'),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{value}“ ist kein Datum (JJJJ-MM-TTThh:mm:ss mit Zeitzone oder JJJJ-MM-TT)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what} „{value}“ ist nicht zulässig (erwartet: {kind})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Attribut {name}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "true oder false"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine ganze Zahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine ganze Zahl ab 0"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine Zahl mit Punkt"),
    # The provider's duration class in the review's hours hint (assessment/openqcat_codes.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Dauerklasse {number}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "keine Angabe"),
    QT_TRANSLATE_NOOP("ServiceMessages", "bis 3 Tage"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 3 Tage bis 1 Woche"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 1 Woche bis 1 Monat"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 1 Monat bis 3 Monate"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 3 Monate bis 6 Monate"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 6 Monate bis 1 Jahr"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 1 Jahr bis 2 Jahre"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 2 Jahre bis 3 Jahre"),
    QT_TRANSLATE_NOOP("ServiceMessages", "mehr als 3 Jahre"),
)
