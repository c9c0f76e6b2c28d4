"""The advisors of a workspace; the current one signs printouts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import Advisor


def current_advisor(session: Session) -> Advisor | None:
    """The advisor marked current on this laptop, else the first by name; None when there is none."""
    return session.scalars(select(Advisor).order_by(Advisor.is_current.desc(), Advisor.name)).first()
