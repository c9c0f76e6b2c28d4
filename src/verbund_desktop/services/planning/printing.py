"""Printing plans to PDF files, one plan at a time (so callers can show progress and cancel).

Printing a plan freezes its current version (see :func:`.plans.freeze_plan`); the PDF shows exactly the
stored snapshot. Files are written atomically: a cancelled or failed run leaves no half-written PDF.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from verbund_desktop.assessment.clean_names import safe_file_name
from verbund_desktop.assessment.errors import Message, UserError, failure_message
from verbund_desktop.files import write_atomic
from verbund_desktop.persistence.models import Company, DevelopmentPlan, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_development_plan
from verbund_desktop.report.viewmodels import DevelopmentPlanView, scrub_names
from verbund_desktop.services.common import audit
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.services.organisation.pseudonyms import pseudonymiser
from verbund_desktop.services.planning.plan_queries import current_plan
from verbund_desktop.services.planning.plans import freeze_plan
from verbund_desktop.services.protection.consent import valid_assessment_consent

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})

Progress = Callable[[int, int, str], None]


class PrintError(UserError, ValueError):
    """Printing is refused (no plan, folder not writable …); the message is German."""


@dataclass(frozen=True)
class PlanPrintJob:
    plan_id: uuid.UUID
    employee_id: uuid.UUID
    label: str  # pseudonym code, plus the name unless pseudonymised: for progress texts
    file_name: str


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    skipped: tuple[str, ...]
    cancelled: bool


def sort_key(text: str) -> str:
    """German alphabetical order (DIN 5007-1): Ö sorts as O, ß as ss."""
    return text.casefold().translate(_FOLD)


def plan_file_name(code: str, name: str, version: int, *, pseudonymised: bool) -> str:
    who = code if pseudonymised else f"{code} {name}"
    return safe_file_name(f"Entwicklungsplan {who} (Version {version}).pdf")


def plan_print_jobs(
    ws: Workspace,
    *,
    employee_id: uuid.UUID | None = None,
    company_id: uuid.UUID | None = None,
    pseudonymised: bool = False,
) -> tuple[list[PlanPrintJob], list[str]]:
    """The current plan of one person, of every active person of a company, or (neither given) of all.

    Returns the jobs and German lines for the people that are skipped (no plan, or no valid consent).
    """
    with ws.unit_of_work() as uow:
        s = uow.session
        query = select(Employee).join(Company, Employee.company_id == Company.id)
        if employee_id is not None:
            query = query.where(Employee.id == employee_id)
        else:
            query = query.where(Employee.archived_at.is_(None), Company.archived_at.is_(None))
            if company_id is not None:
                query = query.where(Company.id == company_id)
        employees = sorted(
            s.scalars(query).all(),
            key=lambda e: (sort_key(e.company.name), sort_key(e.last_name), sort_key(e.first_name)),
        )
        if employee_id is not None and not employees:
            raise PrintError("Diese Person gibt es nicht (mehr).")
        if company_id is not None and s.get(Company, company_id) is None:
            raise PrintError("Diesen Betrieb gibt es nicht (mehr).")
        jobs: list[PlanPrintJob] = []
        skipped: list[str] = []
        used: set[str] = set()
        for e in employees:
            label = e.pseudonym_code if pseudonymised else f"{e.pseudonym_code} {e.full_name}"
            plan = current_plan(s, e.id)
            if plan is None:
                skipped.append(Message("{who}: kein Entwicklungsplan", who=label))
                continue
            if valid_assessment_consent(s, e.id) is None:
                skipped.append(Message("{who}: keine gültige Einwilligung", who=label))
                continue
            file_name = plan_file_name(
                e.pseudonym_code, e.full_name, plan.version, pseudonymised=pseudonymised
            )
            stem, number = file_name[:-4], 2
            while file_name.casefold() in used:
                file_name, number = f"{stem} ({number}).pdf", number + 1
            used.add(file_name.casefold())
            jobs.append(PlanPrintJob(plan.id, e.id, label, file_name))
        return jobs, skipped


def write_pdf(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and privately (see :func:`..files.write_atomic`)."""
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise PrintError(
            Message(
                "„{path}“ kann nicht geschrieben werden: {reason}.",
                path=str(path),
                reason=failure_message(exc),
            )
        ) from exc
    return path


def plan_pdf(
    ws: Workspace, plan_id: uuid.UUID, *, actor: str, today: date | None = None, pseudonymised: bool = False
) -> bytes:
    """Freeze the plan version (if it is not yet) and render exactly its snapshot."""
    frozen = freeze_plan(ws, plan_id, actor=actor, today=today)
    return render_plan(ws, frozen.view, pseudonymised=pseudonymised)


def render_plan(ws: Workspace, view: DevelopmentPlanView, *, pseudonymised: bool = False) -> bytes:
    """The PDF of a plan's view (a frozen snapshot, or what a freeze would store), pseudonymised on request."""
    view = dataclasses.replace(view, pseudonymised=pseudonymised)
    if pseudonymised:
        # Colleagues named in the plan's free text are printed by their codes too, not only the person; the
        # name field itself stays for the builder, which never prints it in pseudonymised mode.
        view = dataclasses.replace(scrub_names(view, pseudonymiser(ws)), employee_name=view.employee_name)
    return build_development_plan(view, logo=letterhead_logo(ws))


def print_plan(
    ws: Workspace,
    job: PlanPrintJob,
    out_dir: Path,
    *,
    actor: str,
    today: date | None = None,
    pseudonymised: bool = False,
) -> Path:
    """One plan of a batch: freeze, render, write to ``out_dir / job.file_name``, note the file."""
    data = plan_pdf(ws, job.plan_id, actor=actor, today=today, pseudonymised=pseudonymised)
    path = write_pdf(Path(out_dir) / job.file_name, data)
    record_saved_plan(ws, job.plan_id, path, actor=actor)
    return path


def record_saved_plan(ws: Workspace, plan_id: uuid.UUID, path: Path, *, actor: str) -> None:
    """Note in the audit trail, under the person, where a plan PDF was written: the erasure lists these files so
    the advisor can delete the copies (and then strips the note with the rest of the person's trail)."""
    with ws.unit_of_work() as uow:
        plan = uow.session.get(DevelopmentPlan, plan_id)
        if plan is None:
            return
        audit.record(
            uow.session,
            actor=actor,
            action=audit.DOCUMENT_SAVED,
            entity_type="development_plan",
            entity_id=plan.id,
            subject_id=plan.employee_id,
            new={"art": f"Entwicklungsplan Version {plan.version}", "dateien": [str(Path(path).resolve())]},
        )
        uow.commit()


def print_plans(
    ws: Workspace,
    jobs: Sequence[PlanPrintJob],
    out_dir: Path,
    *,
    actor: str,
    today: date | None = None,
    pseudonymised: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Print every job in turn; ``progress(done, total, label of the next)`` and ``cancelled()`` before each.

    A last ``progress(total, total, "")`` reports the end.
    """
    written: list[Path] = []
    for done, job in enumerate(jobs):
        if cancelled is not None and cancelled():
            return BatchResult(tuple(written), (), True)
        if progress is not None:
            progress(done, len(jobs), job.label)
        written.append(print_plan(ws, job, out_dir, actor=actor, today=today, pseudonymised=pseudonymised))
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return BatchResult(tuple(written), (), False)
