"""All mapped entities; importing this package registers them on `Base.metadata`."""

from verbund_desktop.persistence.models.catalog import (
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
from verbund_desktop.persistence.models.interview import (
    STATUS_COMPLETE,
    STATUS_DRAFT,
    CompanyInterview,
    CompetencyAssessment,
    CompetencyRating,
    InterviewAnswer,
)
from verbund_desktop.persistence.models.network import FollowUp, JointCourse, JointCourseSeat
from verbund_desktop.persistence.models.office import (
    OFFICE_ONLY_TABLES,
    OfficeAssignment,
    OfficeDevice,
    OfficeEnrolment,
    OfficeNonce,
    OfficeUser,
)
from verbund_desktop.persistence.models.organisation import (
    Advisor,
    Company,
    Department,
    Employee,
    Network,
    RoleProfile,
    RoleTarget,
)
from verbund_desktop.persistence.models.plan import (
    MEASURE_KINDS,
    MEASURE_STATUSES,
    DevelopmentPlan,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.persistence.models.protection import (
    AuditEvent,
    ConsentRecord,
    ContentVersion,
    WorkspaceSetting,
)
from verbund_desktop.persistence.models.sync import SYNC_TABLES

__all__ = [
    "MEASURE_KINDS",
    "MEASURE_STATUSES",
    "OFFICE_ONLY_TABLES",
    "STATUS_COMPLETE",
    "STATUS_DRAFT",
    "SYNC_TABLES",
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
    "FollowUp",
    "GuideQuestion",
    "GuideSection",
    "InterviewAnswer",
    "InterviewGuide",
    "JointCourse",
    "JointCourseSeat",
    "MeasureGap",
    "Network",
    "OfferCompetence",
    "OfficeAssignment",
    "OfficeDevice",
    "OfficeEnrolment",
    "OfficeNonce",
    "OfficeUser",
    "PlanMeasure",
    "RoleProfile",
    "RoleTarget",
    "TrainingOffer",
    "WorkspaceSetting",
]
