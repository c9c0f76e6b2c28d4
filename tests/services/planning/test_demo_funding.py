"""The demo's Südwest Logistik AG (610 staff in its group, training agreement): 30 % of course costs, printed.

§ 82 Abs. 2 S. 2 Nr. 2 SGB III: employer 75 % from 500 staff; § 82 Abs. 4 S. 1: −5 points with an agreement.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.report.test_report_common import pdf_text
from tests.support.plan_support import ACTOR, company_id
from tests.workspaces import open_copy
from verbund_desktop.persistence.models import Company
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.printing import plan_print_jobs, print_plans

TODAY = date(2026, 11, 26)


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def test_suedwest_logistik_plans_print_30_percent_of_course_costs(ws: Workspace, tmp_path: Path) -> None:
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name == "Südwest Logistik AG")).one()
        assert (company.headcount_linked, company.training_agreement) == (Decimal(610), True)
    jobs, _ = plan_print_jobs(ws, company_id=company_id(ws, "Südwest Logistik AG"))
    result = print_plans(ws, jobs, tmp_path / "out", actor=ACTOR, today=TODAY)
    texts = [pdf_text(path.read_bytes()) for path in result.written]
    with_estimate = [
        t for t in texts if "Schätzung nach: § 82 SGB III nach dem Aus- und Weiterbildungsgesetz" in t
    ]
    assert with_estimate, "no Südwest plan carries a § 82 estimate"
    for text in with_estimate:
        assert "30 %" in text
        assert "25 %" not in text
