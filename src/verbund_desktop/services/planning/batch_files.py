"""A batch of plans as PDF files in one folder, all or nothing: a cancelled batch writes no file, freezes no plan.

Two phases. First every plan is rendered from what a freeze would store (nothing is committed) into a private
temporary file in the target folder, with ``progress(done, total)`` and ``check()`` before each plan: ``check``
raises to cancel (the job runner's ``JobCancelled``), and every temporary file is removed again. After the last
``check`` each plan is frozen, its temporary file renamed to its name (re-rendered first if the plan was edited
meanwhile, so the file always shows the frozen snapshot) and the file noted in the audit trail.

A plan refused with a German message (no consent any more, plan gone) is listed in ``skipped``; any other
failure while rendering ends the batch with no file written and no plan frozen.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from verbund_desktop.assessment.errors import Message, UserError, as_message, failure_message, message_of
from verbund_desktop.files import ensure_private_dir
from verbund_desktop.persistence.models import DevelopmentPlan
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import DevelopmentPlanView
from verbund_desktop.services.planning.plan_documents import plan_view
from verbund_desktop.services.planning.plan_snapshot import decode_plan_view, encode_plan_view
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.planning.plan_versions import require_consent
from verbund_desktop.services.planning.plans import freeze_plan
from verbund_desktop.services.planning.printing import (
    BatchResult,
    PlanPrintJob,
    PrintError,
    record_saved_plan,
    render_plan,
)

TEMP_PREFIX = ".verbund-"  # the temporary files' names: hidden, and what files.write_atomic uses


@dataclass
class _Rendered:
    job: PlanPrintJob
    view: DevelopmentPlanView
    temp: Path


def printable_view(ws: Workspace, plan_id: uuid.UUID, *, today: date) -> DevelopmentPlanView:
    """What printing the plan now would show (its snapshot when frozen), without freezing it."""
    with ws.unit_of_work() as uow:
        plan = uow.session.get(DevelopmentPlan, plan_id)
        if plan is None:
            raise PlanError("Diesen Plan gibt es nicht (mehr).")
        require_consent(uow.session, plan.employee_id)
        if plan.frozen_at is not None and plan.snapshot is not None:
            return decode_plan_view(plan.snapshot)
        return plan_view(uow.session, plan, today=today)


def _write_temp(folder: Path, data: bytes) -> Path:
    try:
        ensure_private_dir(folder)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)  # 0600 on POSIX
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise PrintError(
            Message(
                "„{folder}“ kann nicht beschrieben werden: {reason}.",
                folder=str(folder),
                reason=failure_message(exc),
            )
        ) from exc
    return Path(name)


def print_batch_to_folder(
    ws: Workspace,
    jobs: Sequence[PlanPrintJob],
    out_dir: Path,
    *,
    actor: str,
    today: date | None = None,
    pseudonymised: bool = False,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> BatchResult:
    """Print every job into ``out_dir``, all or nothing (see the module text)."""
    out_dir, today = Path(out_dir), today or date.today()
    rendered: list[_Rendered] = []
    skipped: list[str] = []
    try:
        for done, job in enumerate(jobs):
            if check is not None:
                check()
            if progress is not None:
                progress(done, len(jobs))
            try:
                view = printable_view(ws, job.plan_id, today=today)
            except UserError as exc:
                skipped.append(Message("{who}: {why}", who=job.label, why=as_message(message_of(exc))))
                continue
            data = render_plan(ws, view, pseudonymised=pseudonymised)
            rendered.append(_Rendered(job, view, _write_temp(out_dir, data)))
        if check is not None:
            check()  # the last chance to cancel: from here on the batch is completed
        written = _complete(
            ws, rendered, out_dir, skipped, actor=actor, today=today, pseudonymised=pseudonymised
        )
    finally:
        for item in rendered:
            item.temp.unlink(missing_ok=True)
    if progress is not None:
        progress(len(jobs), len(jobs))
    return BatchResult(tuple(written), tuple(skipped), False)


def _complete(
    ws: Workspace,
    rendered: list[_Rendered],
    out_dir: Path,
    skipped: list[str],
    *,
    actor: str,
    today: date,
    pseudonymised: bool,
) -> list[Path]:
    """Freeze, rename and note each rendered plan; a plan edited since its rendering is rendered again."""
    written: list[Path] = []
    for item in rendered:
        try:
            frozen = freeze_plan(ws, item.job.plan_id, actor=actor, today=today)
        except UserError as exc:
            skipped.append(Message("{who}: {why}", who=item.job.label, why=as_message(message_of(exc))))
            continue
        if encode_plan_view(frozen.view) != encode_plan_view(item.view):
            item.temp.unlink(missing_ok=True)
            item.temp = _write_temp(out_dir, render_plan(ws, frozen.view, pseudonymised=pseudonymised))
        path = out_dir / item.job.file_name
        try:
            os.replace(item.temp, path)
        except OSError as exc:
            raise PrintError(
                Message(
                    "„{path}“ kann nicht geschrieben werden: {reason}.",
                    path=str(path),
                    reason=failure_message(exc),
                )
            ) from exc
        written.append(path)
        record_saved_plan(ws, item.job.plan_id, path, actor=actor)
    return written
