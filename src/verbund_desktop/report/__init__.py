"""Printed documents (ReportLab, no Qt): development plan, company report, consent sheet.

Every builder takes a frozen view model from :mod:`.viewmodels` and returns the finished PDF as bytes.
"""

from .company import build_company_report
from .consent import build_consent_sheet
from .plan import build_development_plan
from .styles import ReportStyles, default_styles

__all__ = [
    "ReportStyles",
    "build_company_report",
    "build_consent_sheet",
    "build_development_plan",
    "default_styles",
]
