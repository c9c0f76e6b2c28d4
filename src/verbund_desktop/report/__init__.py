"""Printed documents (ReportLab, no Qt): development plan, company report, consent sheet.

Every builder takes a frozen view model from :mod:`.viewmodels` and returns the finished PDF as bytes.
"""

from verbund_desktop.report.company import build_company_report
from verbund_desktop.report.consent import build_consent_sheet
from verbund_desktop.report.interview_record import build_interview_record
from verbund_desktop.report.plan import build_development_plan
from verbund_desktop.report.styles import ReportStyles, default_styles

__all__ = [
    "ReportStyles",
    "build_company_report",
    "build_consent_sheet",
    "build_development_plan",
    "build_interview_record",
    "default_styles",
]
