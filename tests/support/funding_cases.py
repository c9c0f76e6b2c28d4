"""The eligible base case the funding tests vary (2024 rule set)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from verbund_desktop.assessment.funding import FundingInput


def funding_input(**changes: Any) -> FundingInput:
    """Eligible in the 2024 rule set unless changed: 100 staff, age 30, 200 h, 2,000 € course costs,
    3,000 € monthly wage, 2 months off work, qualified in 2010."""
    base = FundingInput(
        start=date(2024, 6, 1),
        company_size=Decimal(100),
        age=30,
        hours=Decimal("200"),
        course_cost=Decimal("2000"),
        monthly_wage=Decimal("3000"),
        months_release=Decimal("2"),
        qualification_year=2010,
    )
    return dataclasses.replace(base, **changes)
