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
)
