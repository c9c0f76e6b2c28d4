"""Small building blocks: signature lines, check boxes, key/value tables, bullet lists."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from verbund_desktop.report.formatting import markup
from verbund_desktop.report.styles import FONT_REGULAR, ReportStyles, fit_text, grid_style, table_style

CHECKBOX = "☐"
CHECKBOX_TICKED = "☒"  # ballot box with X: „angekreuzt“


class SignatureLine(Flowable):
    """Two lines side by side: "Ort, Datum" and "Unterschrift <role>", with the signer's name underneath."""

    def __init__(
        self, role: str, name: str = "", place: str = "", width: float = 480.0, size: float = 7.5
    ) -> None:
        super().__init__()
        self.role = role
        self.name = name
        self.place = place
        self.width = width
        self.size = size
        self.height = 46.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = self.size
        date_width = self.width * 0.36
        sign_left = date_width + 18
        sign_width = self.width - sign_left
        line_y = 22.0
        canvas.saveState()
        if self.place:
            canvas.setFont(FONT_REGULAR, size + 1.5)
            canvas.drawString(2, line_y + 4, fit_text(f"{self.place}, ", date_width - 4, size + 1.5))
        canvas.setLineWidth(0.6)
        canvas.line(0, line_y, date_width, line_y)
        canvas.line(sign_left, line_y, self.width, line_y)
        canvas.setFont(FONT_REGULAR, size)
        canvas.drawString(0, line_y - size - 2, "Ort, Datum")
        canvas.drawString(
            sign_left, line_y - size - 2, fit_text(f"Unterschrift {self.role}", sign_width, size)
        )
        if self.name:
            canvas.drawString(sign_left, line_y - 2 * size - 4, fit_text(self.name, sign_width, size))
        canvas.restoreState()


def signature_block(
    signatories: Sequence[tuple[str, str]], place: str, styles: ReportStyles, width: float
) -> list[Flowable]:
    """One :class:`SignatureLine` per ``(role, name)``, with space to sign between them."""
    lines: list[Flowable] = []
    for role, name in signatories:
        lines.append(SignatureLine(role, name, place, width=width, size=styles.base_size - 1.5))
        lines.append(Spacer(1, 10))
    return lines


def key_value_table(
    rows: Sequence[tuple[str, str]], styles: ReportStyles, width: float, label_share: float = 0.3
) -> Table:
    """Labels left, values right; two pairs per line when ``label_share`` is small enough to fit."""
    data = [
        [Paragraph(markup(label), styles.label), Paragraph(markup(value), styles.cell)]
        for label, value in rows
    ]
    label_width = width * label_share
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles, header_rows=0, zebra=True)))
    return table


def key_value_grid(rows: Sequence[tuple[str, str]], styles: ReportStyles, width: float) -> Table:
    """Key/value pairs in two column pairs (label, value, label, value) to save height."""
    half = (len(rows) + 1) // 2
    left, right = list(rows[:half]), list(rows[half:])
    right += [("", "")] * (len(left) - len(right))
    data = [
        [
            Paragraph(markup(a_label), styles.label),
            Paragraph(markup(a_value), styles.cell),
            Paragraph(markup(b_label), styles.label),
            Paragraph(markup(b_value), styles.cell),
        ]
        for (a_label, a_value), (b_label, b_value) in zip(left, right, strict=True)
    ]
    label, value = width * 0.17, width * 0.33
    table = Table(data, colWidths=[label, value, label, value], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles, header_rows=0, zebra=True)))
    return table


def bullet_list(items: Sequence[str], styles: ReportStyles) -> list[Flowable]:
    """Plain bullet points (escaped text)."""
    return [Paragraph(markup(item), styles.bullet, bulletText="•") for item in items]


def checkbox_table(
    items: Sequence[str], styles: ReportStyles, width: float, ticked: Sequence[bool] = ()
) -> Table:
    """One check box per item (already marked-up text): empty, unless ``ticked`` says it was recorded as given
    (a sheet printed after the decision shows it as recorded; a blank form is never pre-ticked)."""
    box_style = styles.body.clone("CheckBox", fontSize=styles.base_size + 5, leading=styles.base_size + 6)
    marks = list(ticked) + [False] * (len(items) - len(ticked))
    data = [
        [Paragraph(CHECKBOX_TICKED if mark else CHECKBOX, box_style), Paragraph(item, styles.body)]
        for item, mark in zip(items, marks, strict=True)
    ]
    table = Table(data, colWidths=[18, width - 18], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("FONT", (0, 0), (-1, -1), FONT_REGULAR, styles.base_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
