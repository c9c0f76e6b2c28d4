"""The menu „Angebote“: „Angebote importieren …“ (openQCAT, CSV, XLSX), „Angebote prüfen …“ (the review),
„ESCO-Zweig als Katalog laden …“ and „Offizielles openQCAT-Schema (XSD) festlegen …“ (the user's copy of the
official XSD, which the program may not ship; openQCAT imports are then checked against it too)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import explain_failure, run_action, show_failure
from verbund_desktop.ui.common.settings import Setting

if TYPE_CHECKING:
    from verbund_desktop.services.offers.catalogue_import import OfferImportResult
    from verbund_desktop.services.offers.esco_catalogue import EscoImportResult
    from verbund_desktop.ui.offers.offer_review_dialog import OfferReviewDialog

# The user's copy of the official openQCAT XSD ("" = none): openQCAT files are validated against it as well.
OPENQCAT_XSD = Setting("offers/openqcat_xsd", "")


class OfferActions(QObject):
    """Adds the menu „Angebote“ to ``window``'s menu bar."""

    def __init__(self, window: QMainWindow, context: WorkspaceContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.menu = QMenu(self.tr("Angeb&ote"), window)  # Alt+G is the competency interview's
        bar = window.menuBar()
        existing = bar.actions()
        if existing:  # before „Hilfe“, which stays last
            bar.insertMenu(existing[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        self.action_import = QAction(self.tr("Angebote &importieren …"), window)
        self.action_import.triggered.connect(lambda: self.import_file())
        self.action_review = QAction(self.tr("Angebote &prüfen …"), window)
        self.action_review.triggered.connect(lambda: self.review())
        self.action_esco = QAction(self.tr("&ESCO-Zweig als Katalog laden …"), window)
        self.action_esco.triggered.connect(lambda: self.import_esco())
        self.menu.addActions([self.action_import, self.action_review])
        self.action_xsd = QAction(self.tr("Offizielles openQCAT-&Schema (XSD) festlegen …"), window)
        self.action_xsd.triggered.connect(lambda: self.choose_xsd())
        self.menu.addSeparator()
        self.menu.addActions([self.action_esco, self.action_xsd])
        self.dialog: OfferReviewDialog | None = None
        self.import_job: Job | None = None
        self.import_result: OfferImportResult | None = None  # of the last import that finished
        self.esco_job: Job | None = None
        self.esco_result: EscoImportResult | None = None  # of the last ESCO load that finished

    def import_file(self, path: Path | None = None) -> Job | None:
        """Import a catalogue file in a job (progress and „Abbrechen“ in the status bar); all or nothing: a
        cancelled or refused import stores nothing. The summary (and the question to review) follows."""
        if path is None:
            path = folders.open_file(
                self.window,
                "offers",
                self.tr("Angebote importieren"),
                self.tr(
                    "Angebotskataloge (*.xml *.csv *.xlsx);;openQCAT (*.xml);;Angebotsvorlage (*.csv *.xlsx)"
                ),
            )
            if path is None:
                return None
        from verbund_desktop.services.offers.catalogue_import import import_offer_file

        chosen, ws, actor, today = path, self.context.workspace, self.context.actor, date.today()
        xsd = Path(OPENQCAT_XSD.get()) if OPENQCAT_XSD.get() else None

        def work(control: JobControl) -> OfferImportResult:
            return import_offer_file(
                ws, chosen, actor=actor, today=today, progress=control.progress, official_xsd=xsd
            )

        self.import_result = None
        self.import_job = self.context.jobs.submit(
            self.tr("Angebote werden importiert"), work, on_done=self._imported, on_failed=self._import_failed
        )
        return self.import_job

    def choose_xsd(self, path: Path | None = None) -> bool:
        """Ask for the official XSD (checked that it is a usable schema) and keep it for later imports; a
        cancelled choice offers to stop checking against the one kept. True when the setting changed."""
        from verbund_desktop.services.offers.catalogue_import import check_official_xsd

        title = self.tr("Offizielles openQCAT-Schema")
        current = OPENQCAT_XSD.get()
        if path is None:
            path = folders.open_file(self.window, "xsd", title, self.tr("XML-Schema (*.xsd)"))
        if path is None:
            if not current:
                return False
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            question = self.tr("openQCAT-Dateien nicht mehr gegen „{0}“ prüfen?").format(current)
            if QMessageBox.question(self.window, title, question, buttons) != QMessageBox.StandardButton.Yes:
                return False
            OPENQCAT_XSD.set("")
            return True
        chosen = path

        def check() -> bool:
            check_official_xsd(chosen)
            return True

        if run_action(self.window, self.context, check, title=title) is None:
            return False
        OPENQCAT_XSD.set(str(path))
        QMessageBox.information(
            self.window,
            title,
            self.tr("openQCAT-Dateien werden beim Import zusätzlich gegen „{0}“ geprüft.").format(path.name),
        )
        return True

    def _import_failed(self, exc: BaseException) -> None:
        text = explain_failure(exc, self.context)[0] if isinstance(exc, Exception) else str(exc)
        QMessageBox.warning(self.window, self.tr("Angebote importieren"), text)

    def _imported(self, result: OfferImportResult) -> None:
        self.import_result = result
        self.context.notify_saved()
        self.context.notify_changed("offers", None)
        summary = self.tr("{0}: {1} neu, {2} geändert, {3} unverändert, {4} zurückgezogen.").format(
            result.source, result.created, result.updated, result.unchanged, result.retired
        )
        title = self.tr("Angebote importieren")
        if not result.to_review:
            QMessageBox.information(self.window, title, summary)
            return
        question = self.tr(
            "Bei {0} Angeboten warten die Kompetenzen auf Ihre Prüfung; erst dann werden sie in Plänen "
            "vorgeschlagen. Jetzt prüfen?"
        ).format(result.to_review)
        if result.file_format.startswith("openQCAT"):
            question = (
                self.tr("openQCAT enthält keine Stundenzahl: die Stunden werden bei der Prüfung eingetragen.")
                + " "
                + question
            )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if (
            QMessageBox.information(self.window, title, f"{summary} {question}", buttons)
            == QMessageBox.StandardButton.Yes
        ):
            self.review()

    def import_esco(
        self, path: Path | None = None, branch: str | None = None, version: str | None = None
    ) -> Job | None:
        """Ask for the ESCO CSV, the branch's URI and the ESCO version; load it in a job (progress and
        „Abbrechen“ in the status bar; a cancel stores nothing) and show the attribution."""
        from verbund_desktop.assessment.esco import esco_version_from_name
        from verbund_desktop.services.offers.esco_catalogue import import_esco_branch, import_esco_collection

        title = self.tr("ESCO-Zweig laden")
        if path is None:
            path = folders.open_file(self.window, "esco", title, self.tr("ESCO-Fertigkeiten (*.csv)"))
            if path is None:
                return None
        collection = "Collection" in path.stem  # digitalSkillsCollection_de.csv …: all its skills, no branch
        if branch is None and not collection:
            branch, ok = QInputDialog.getText(
                self.window, title, self.tr("URI der Fertigkeitengruppe (des Zweigs):")
            )
            if not ok or not branch.strip():
                return None
        if version is None:
            guess = esco_version_from_name(str(path)) or ""
            version, ok = QInputDialog.getText(
                self.window, title, self.tr("ESCO-Version (z. B. 1.2.0):"), text=guess
            )
            if not ok:
                return None
        chosen, uri, esco_version = path, branch or "", version.strip() or None
        ws, actor = self.context.workspace, self.context.actor

        def work(control: JobControl) -> EscoImportResult:
            if collection:
                return import_esco_collection(
                    ws, chosen, version=esco_version, actor=actor, progress=control.progress
                )
            return import_esco_branch(
                ws, chosen, uri, version=esco_version, actor=actor, progress=control.progress
            )

        self.esco_result = None
        self.esco_job = self.context.jobs.submit(
            self.tr("ESCO-Katalog wird geladen"),
            work,
            on_done=self._esco_loaded,
            on_failed=lambda exc: show_failure(self.window, self.context, title, exc),
        )
        return self.esco_job

    def _esco_loaded(self, result: EscoImportResult) -> None:
        self.esco_result = result
        self.context.notify_saved()
        self.context.notify_changed("catalogs", None)
        QMessageBox.information(
            self.window,
            self.tr("ESCO-Zweig laden"),
            self.tr("Katalog „{0}“ geladen: {1} Bereiche, {2} Kompetenzen.\n\n{3}").format(
                result.name, result.areas, result.competences, result.attribution
            ),
        )

    def review(self) -> OfferReviewDialog:
        from verbund_desktop.ui.offers.offer_review_dialog import OfferReviewDialog

        self.dialog = OfferReviewDialog(self.context, self.window)
        self.dialog.open()
        return self.dialog
