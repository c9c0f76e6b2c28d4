"""About dialog: version and the licences of bundled content."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from verbund_desktop import __version__
from verbund_desktop.ui.common import geometry


def about_html() -> str:
    # Imported here: loading and validating the content files is not needed to show the main window.
    from verbund_desktop.assessment.catalog import builtin_catalogs
    from verbund_desktop.assessment.offers import builtin_offers

    parts = [
        f"<h2>Verbund Desktop {html.escape(__version__)}</h2>",
        QCoreApplication.translate(
            "About",
            "<p>Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne für Weiterbildungsverbünde.</p>",
        ),
        QCoreApplication.translate("About", "<h3>Mitgelieferte Inhalte und Lizenzen</h3><ul>"),
    ]
    for cat in builtin_catalogs():
        parts.append(
            f"<li><b>{html.escape(cat.name)} {html.escape(cat.version)}</b> – {html.escape(cat.licence)}<br>"
            f"{html.escape(cat.attribution)}"
            + (f"<br><i>{html.escape(cat.translation_note_de)}</i>" if cat.translation_note_de else "")
            + "</li>"
        )
    offers = builtin_offers()
    parts.append(
        QCoreApplication.translate("About", "<li><b>Beispielangebote</b> – {0}</li>").format(
            html.escape(offers.note_de)
        )
    )
    parts.append(
        QCoreApplication.translate(
            "About",
            "<li><b>Schrift DejaVu Sans</b> – freie Lizenz (Bitstream Vera / Arev), in PDF-Dokumente eingebettet.</li>",
        )
    )
    parts.append("<li><b>Qt / PySide6</b> – LGPL v3.</li></ul>")
    parts.append(
        QCoreApplication.translate("About", "<p>Förderbeträge sind immer unverbindliche Schätzungen.</p>")
    )
    return "".join(parts)


def show_about(parent: QWidget) -> None:
    """The licences in a scrolling box: a message box grew taller than a laptop screen (OK off-screen)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("About", "Über Verbund Desktop"))
    text = QTextBrowser()
    text.setOpenExternalLinks(True)
    text.setHtml(about_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    geometry.fit(dialog, QSize(640, 560))
    dialog.exec()
