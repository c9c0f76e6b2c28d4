"""All mapped entities; importing this package registers them on `Base.metadata`."""

from .catalog import (
    CatalogLevel,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    GuideQuestion,
    GuideSection,
    InterviewGuide,
    OfferCompetence,
    TrainingOffer,
)
from .interview import (
    STATUS_COMPLETE,
    STATUS_DRAFT,
    CompanyInterview,
    CompetencyAssessment,
    CompetencyRating,
    InterviewAnswer,
)
from .organisation import Advisor, Company, Department, Employee, Network, RoleProfile, RoleTarget
from .plan import MEASURE_KINDS, MEASURE_STATUSES, DevelopmentPlan, MeasureGap, PlanMeasure
from .protection import (
    CONSENT_PURPOSE_ASSESSMENT,
    CONSENT_PURPOSE_DISABILITY,
    AuditEvent,
    ConsentRecord,
    ContentVersion,
    WorkspaceSetting,
)

__all__ = [
    "CONSENT_PURPOSE_ASSESSMENT",
    "CONSENT_PURPOSE_DISABILITY",
    "MEASURE_KINDS",
    "MEASURE_STATUSES",
    "STATUS_COMPLETE",
    "STATUS_DRAFT",
    "Advisor",
    "AuditEvent",
    "CatalogLevel",
    "Company",
    "CompanyInterview",
    "Competence",
    "CompetenceArea",
    "CompetenceCatalog",
    "CompetencyAssessment",
    "CompetencyRating",
    "ConsentRecord",
    "ContentVersion",
    "Department",
    "DevelopmentPlan",
    "Employee",
    "GuideQuestion",
    "GuideSection",
    "InterviewAnswer",
    "InterviewGuide",
    "MeasureGap",
    "Network",
    "OfferCompetence",
    "PlanMeasure",
    "RoleProfile",
    "RoleTarget",
    "TrainingOffer",
    "WorkspaceSetting",
]
