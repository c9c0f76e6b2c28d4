"""German templates of the services' messages converted by the branch english4 (issue 14, the English UI
complete: the last German sentences): workspace and lock messages of ``persistence/``, an OS failure reason
without a German text, the contents of rule-set files and the sync wire format's structural errors.
``service_message_catalogue.SERVICE_MESSAGES`` includes them; the English is in
``tools/translations_en_english3.py``, in the same order.
"""

from __future__ import annotations

from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP

LAST_SERVICE_MESSAGES: tuple[str, ...] = (
    # Why a file operation failed, without a German text of its own (assessment.errors.failure_message)
    QT_TRANSLATE_NOOP("ServiceMessages", "Systemmeldung „{text}“"),
    # Opening and creating a workspace (persistence/workspace.py, inspection.py, file_guard.py, rekey.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn bearbeitet; Wiederherstellen, Passphrase ändern und Löschen sind hier nicht möglich.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ wurde mit einer neueren Version von Verbund Desktop erstellt (Schema {revision}). Bitte das Programm aktualisieren; die Datei bleibt unverändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ kann nicht auf den Stand dieses Programms gebracht werden: {cause}. Die Aktualisierung wurde vollständig zurückgenommen; die Datei ist wie vorher. {advice}",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Datenträger ist voll"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei oder ihr Ordner ist schreibgeschützt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ein anderes Programm schreibt gerade in die Datei"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die Datei enthält schon Teile des neuen Schemas, aber nicht dessen Versionsangabe"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ein Schritt der Aktualisierung ist fehlgeschlagen"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Vermutlich wurde eine frühere Aktualisierung mit einer älteren Programmversion abgebrochen und die Datei ist nur halb aktualisiert: Bitte eine Sicherung aus der Zeit vor diesem Abbruch wiederherstellen (die eben angelegte Sicherung „Vor Programm-Aktualisierung“ hat denselben Stand).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Bitte die Ursache beheben und die Datei erneut öffnen, oder eine Sicherung wiederherstellen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Aktualisierung hätte Verweise zwischen Datensätzen zerstört und wurde nicht übernommen; die Datei ist unverändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase darf nicht leer sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Ordner „{folder}“ kann nicht angelegt werden: {reason}."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn gerade bearbeitet. Die Änderung wurde nicht gespeichert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{path}“ ist keine Datei."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{path}“ kann nicht gelesen werden: {reason}."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ ist eine fremde Datenbank, keine Verbund-Desktop-Datenbank."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist unvollständig: Das Anlegen oder Aktualisieren des Arbeitsbereichs wurde abgebrochen, bevor alle Tabellen bestanden. Die Datei wurde nicht verändert. Bitte eine Sicherung wiederherstellen oder den Arbeitsbereich neu anlegen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "„{name}“ kann nicht geöffnet werden. Die Datei wurde nicht verändert."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Passphrase wurde nicht geändert: „{name}“ ist beschädigt. Bitte zuerst eine Sicherung wiederherstellen. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Passphrase konnte nicht geändert werden. {why}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Arbeitsbereich konnte nicht verschlüsselt werden. {why}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die neue Passphrase öffnet die Datei nicht; bitte eine Sicherung prüfen."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Die verschlüsselte Kopie lässt sich nicht öffnen; es wurde nichts geändert."
    ),
    # The writer lock (persistence/writer_lock.py)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{program} auf „{host}“ (Anmeldung „{user}“, Prozess {pid}, seit {since})"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{day} {clock} Uhr"),
    QT_TRANSLATE_NOOP("ServiceMessages", "unbekannt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "einem anderen Programm"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ ist gerade in {who} geöffnet. Bitte dort schließen und es dann erneut versuchen. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Sperrdatei „{name}“ kann nicht angelegt werden ({reason}); ist der Ordner schreibgeschützt? Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ kann nicht gesperrt werden ({reason}); Arbeitsbereiche auf diesem Laufwerk werden nicht unterstützt. Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Sperrdatei „{name}“ kann nicht geschrieben werden ({reason}). Es wurde nichts geändert.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "„{name}“ war noch von {holder} gesperrt; dieses Programm läuft nicht mehr (abgestürzt oder ausgeschaltet). Die Sperre wurde übernommen. Bitte prüfen Sie die zuletzt eingegebenen Daten.",
    ),
    # The contents of rule-set files (assessment/funding_rules.py, funding_model.py) and a file against its schema (content_files.py)
    QT_TRANSLATE_NOOP("ServiceMessages", "Regelwerk „{name}“ abgelehnt: {why}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Regelwerke abgelehnt: {problems}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Schlüssel „{key}“ kommt in mehreren Regelwerken vor."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die Gültigkeit von „{earlier}“ ({earlier_validity}) überschneidet sich mit „{later}“ ({later_validity}).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "gültig ab {start}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "gültig vom {start} bis {end}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Für einen Maßnahmebeginn am {start} liegt kein Regelwerk vor (vorhandene Regelwerke: {known}).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{title}“ {validity}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "keine"),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{name}“ ist in JSON nicht erlaubt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{text}“ ist kein gültiges Kalenderdatum."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Ende der Gültigkeit ({end}) liegt vor ihrem Beginn ({start})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lehrgangskosten"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Arbeitsentgeltzuschuss"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{what}, Band {index}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sonderregel ab 45 Jahren/Schwerbehinderung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sonderregel ohne Berufsabschluss"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Bemessungsgrundlage des Arbeitsentgeltzuschusses"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zuschlag „{kind}“"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label}: Der Anteil „{name}“ = {value} liegt nicht zwischen 0 und 1 (0 % bis 100 %).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Der Zuschlag „{kind}“ beginnt am {start}, außerhalb der Gültigkeit des Regelwerks ({validity}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der Zuschlag „structural_change“ braucht „min_share“ und „min_share_sme“."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Der Zuschlag „{kind}“ nennt „min_share_sme“ ohne „sme_below_employees“."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Es beginnt bei {start} Beschäftigten und überschneidet sich mit dem vorigen Band (erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{where}: Es beginnt bei {start} Beschäftigten und lässt eine Lücke nach dem vorigen Band (erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Nur das letzte Band darf nach oben offen sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{where}: Die Obergrenze liegt nicht über der Untergrenze."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{what}: Das letzte Band muss nach oben offen sein (below_employees: null)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Die im Arbeitsbereich geladenen Regelwerke passen nicht zu den mitgelieferten Regelwerken dieser Programmversion. Bitte die geladenen Regelwerke zurücksetzen oder eine angepasste Fassung laden. ({why})",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Der Eintrag „{where}“"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Das Dokument"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Im Eintrag „{where}“"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Im Dokument"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{inside} fehlt das Pflichtfeld „{field}“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{inside} steht das unbekannte Feld „{field}“."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} muss vom Typ {wanted} sein, ist aber {actual}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{first} oder {second}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Text"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ganze Zahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Wahrheitswert (true/false)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Liste"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Objekt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "null"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein Wahrheitswert"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine Zahl"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein Text"),
    QT_TRANSLATE_NOOP("ServiceMessages", "eine Liste"),
    QT_TRANSLATE_NOOP("ServiceMessages", "ein Objekt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} hat den unzulässigen Wert {value}; erlaubt: {allowed}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} darf nicht leer sein."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} ist zu kurz."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} ist zu lang (höchstens {limit} Zeichen)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} hat nicht das erwartete Format (Muster {pattern})."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} muss mindestens {count} Einträge enthalten."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} darf höchstens {count} Einträge enthalten."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} enthält doppelte Einträge."),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} muss {bound} {limit} sein, ist aber {value}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "mindestens"),
    QT_TRANSLATE_NOOP("ServiceMessages", "höchstens"),
    QT_TRANSLATE_NOOP("ServiceMessages", "größer als"),
    QT_TRANSLATE_NOOP("ServiceMessages", "kleiner als"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{subject} ist ungültig ({kind}: {detail})."),
    # The sync wire format: a message of another program version (sync/messages.py; the other structural errors stay „Der Inhalt der Sync-Datei ist ungültig“)
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{what}: Die Nachricht passt nicht zu dieser Programmversion (Felder: {names}). Nichts wurde übernommen.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Änderung"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Änderungspaket"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Zeile"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Konflikt"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Antwort"),
    # Files written or read by the services, with the OS reason (printing, batch_files, letterhead, person_data)
    QT_TRANSLATE_NOOP("ServiceMessages", "„{path}“ kann nicht geschrieben werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "„{folder}“ kann nicht beschrieben werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Datei „{name}“ kann nicht gelesen werden: {reason}."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Die Auskunft kann nicht gespeichert werden: {reason}."),
)
