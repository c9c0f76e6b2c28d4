"""The company report as a PDF file (written atomically, like every printout)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.services.planning.printing import write_pdf


def company_report_pdf(
    ws: Workspace, company_id: uuid.UUID, *, today: date | None = None, pseudonymised: bool = False
) -> bytes:
    view = company_report_view(ws, company_id, today=today, pseudonymised=pseudonymised)
    return build_company_report(view, logo=letterhead_logo(ws))


def write_company_report(
    ws: Workspace,
    company_id: uuid.UUID,
    path: Path,
    *,
    today: date | None = None,
    pseudonymised: bool = False,
) -> Path:
    return write_pdf(path, company_report_pdf(ws, company_id, today=today, pseudonymised=pseudonymised))
