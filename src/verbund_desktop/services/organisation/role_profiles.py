"""Role profiles (Stellenprofile): target levels per competence, picked from one or more catalogues."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.clean_names import clean_name
from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.assessment.versions import version_key
from verbund_desktop.persistence.models import (
    CatalogLevel,
    Company,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    Employee,
    RoleProfile,
    RoleTarget,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.organisation.companies import get_or_fail
from verbund_desktop.services.organisation.company_validation import ValidationError


@dataclass(frozen=True)
class TargetInput:
    competence_id: uuid.UUID
    target_level: int
    priority: int = int(Priority.MEDIUM)


@dataclass(frozen=True)
class RoleInput:
    name: str
    description: str = ""
    targets: tuple[TargetInput, ...] = ()


@dataclass(frozen=True)
class RoleSummary:
    id: uuid.UUID
    name: str
    description: str
    target_count: int
    employee_count: int


@dataclass(frozen=True)
class RoleTargetView:
    competence_id: uuid.UUID
    catalog_label: str
    code: str
    name_de: str
    target_level: int
    level_label: str
    priority: int


@dataclass(frozen=True)
class LevelChoice:
    value: int
    label_de: str


@dataclass(frozen=True)
class CompetenceChoice:
    id: uuid.UUID
    code: str
    name_de: str
    description_de: str


@dataclass(frozen=True)
class AreaChoice:
    code: str
    name_de: str
    competences: tuple[CompetenceChoice, ...]


@dataclass(frozen=True)
class CatalogChoice:
    """One catalogue version with its scale, for the competence picker. ``newest``: the newest version of its key."""

    id: uuid.UUID
    key: str
    label: str
    newest: bool
    levels: tuple[LevelChoice, ...]
    areas: tuple[AreaChoice, ...]

    @property
    def min_level(self) -> int:
        return self.levels[0].value

    @property
    def max_level(self) -> int:
        return self.levels[-1].value


def roles(ws: Workspace, company_id: uuid.UUID) -> list[RoleSummary]:
    with ws.unit_of_work() as uow:
        s = uow.session
        targets = dict(
            s.execute(
                select(RoleTarget.role_id, func.count(RoleTarget.id))
                .join(RoleProfile)
                .where(RoleProfile.company_id == company_id)
                .group_by(RoleTarget.role_id)
            ).all()
        )
        people = dict(
            s.execute(
                select(Employee.role_id, func.count(Employee.id))
                .where(Employee.company_id == company_id, Employee.archived_at.is_(None))
                .group_by(Employee.role_id)
            ).all()
        )
        rows = s.scalars(
            select(RoleProfile).where(RoleProfile.company_id == company_id).order_by(RoleProfile.name)
        )
        return [
            RoleSummary(r.id, r.name, r.description, targets.get(r.id, 0), people.get(r.id, 0)) for r in rows
        ]


def role_targets(ws: Workspace, role_id: uuid.UUID) -> list[RoleTargetView]:
    """The targets of one role in catalogue order, with the German label of each target level."""
    with ws.unit_of_work() as uow:
        s = uow.session
        rows = s.execute(
            select(RoleTarget, Competence, CompetenceArea, CompetenceCatalog)
            .join(Competence, RoleTarget.competence_id == Competence.id)
            .join(CompetenceArea, Competence.area_id == CompetenceArea.id)
            .join(CompetenceCatalog, Competence.catalog_id == CompetenceCatalog.id)
            .where(RoleTarget.role_id == role_id)
            .order_by(CompetenceCatalog.key, CompetenceArea.position, Competence.position)
        ).all()
        labels = {(lv.catalog_id, lv.value): lv.label_de for lv in s.scalars(select(CatalogLevel))}
        return [
            RoleTargetView(
                competence_id=comp.id,
                catalog_label=cat.label,
                code=comp.code,
                name_de=comp.name_de,
                target_level=target.target_level,
                level_label=labels.get((cat.id, target.target_level), ""),
                priority=target.priority,
            )
            for target, comp, _area, cat in rows
        ]


def load_role(ws: Workspace, role_id: uuid.UUID) -> RoleInput:
    with ws.unit_of_work() as uow:
        role = get_or_fail(uow.session, RoleProfile, role_id, "Das Stellenprofil")
        return RoleInput(
            name=role.name,
            description=role.description,
            targets=tuple(TargetInput(t.competence_id, t.target_level, t.priority) for t in role.targets),
        )


def role_problems(
    ws: Workspace, company_id: uuid.UUID, data: RoleInput, *, role_id: uuid.UUID | None = None
) -> dict[str, str]:
    """Field → German message for everything that would stop saving ``data`` (read-only)."""
    with ws.unit_of_work() as uow:
        try:
            _check(uow.session, company_id, data, exclude=role_id)
        except ValidationError as exc:
            return exc.problems
        return {}


def create_role(ws: Workspace, company_id: uuid.UUID, data: RoleInput, *, actor: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        s = uow.session
        get_or_fail(s, Company, company_id, "Den Betrieb")
        name = _check(s, company_id, data, exclude=None)
        role = RoleProfile(company_id=company_id, name=name, description=data.description.strip())
        s.add(role)
        for target in data.targets:
            s.add(_target_row(role, target))
        s.flush()
        audit.record(s, actor=actor, action="create", entity_type="role_profile", entity_id=role.id, new=name)
        uow.commit()
        return role.id


def update_role(ws: Workspace, role_id: uuid.UUID, data: RoleInput, *, actor: str) -> None:
    """Replace name, description and targets; unchanged targets keep their rows."""
    with ws.unit_of_work() as uow:
        s = uow.session
        role = get_or_fail(s, RoleProfile, role_id, "Das Stellenprofil")
        name = _check(s, role.company_id, data, exclude=role_id)
        for field, new in (("name", name), ("description", data.description.strip())):
            old = getattr(role, field)
            if old != new:
                setattr(role, field, new)
                audit.record(
                    s,
                    actor=actor,
                    action="update",
                    entity_type="role_profile",
                    entity_id=role.id,
                    field=field,
                    old=old,
                    new=new,
                )
        wanted = {t.competence_id: t for t in data.targets}
        for row in list(role.targets):
            target = wanted.pop(row.competence_id, None)
            if target is None:
                role.targets.remove(row)
                s.delete(row)
                _audit_target(s, actor, role, row.competence_id, (row.target_level, row.priority), None)
            elif (row.target_level, row.priority) != (target.target_level, target.priority):
                old = (row.target_level, row.priority)
                row.target_level, row.priority = target.target_level, target.priority
                _audit_target(s, actor, role, row.competence_id, old, (row.target_level, row.priority))
        for target in wanted.values():
            s.add(_target_row(role, target))
            _audit_target(s, actor, role, target.competence_id, None, (target.target_level, target.priority))
        uow.commit()


def delete_role(ws: Workspace, role_id: uuid.UUID, *, actor: str) -> None:
    """Remove a role profile; its people and past assessments keep everything but the link to it."""
    with ws.unit_of_work() as uow:
        s = uow.session
        role = get_or_fail(s, RoleProfile, role_id, "Das Stellenprofil")
        for employee in s.scalars(select(Employee).where(Employee.role_id == role_id)):
            employee.role_id = None
        audit.record(
            s, actor=actor, action="delete", entity_type="role_profile", entity_id=role.id, old=role.name
        )
        s.delete(role)
        uow.commit()


def competence_choices(ws: Workspace) -> list[CatalogChoice]:
    """Every catalogue version with areas, competences and scale; the newest version of each key is marked."""
    with ws.unit_of_work() as uow:
        catalogs = list(
            uow.session.scalars(
                select(CompetenceCatalog)
                .options(
                    selectinload(CompetenceCatalog.levels),
                    selectinload(CompetenceCatalog.areas).selectinload(CompetenceArea.competences),
                )
                .order_by(CompetenceCatalog.key)
            )
        )
        newest: dict[str, CompetenceCatalog] = {}
        for cat in catalogs:
            if cat.key not in newest or version_key(cat.version) > version_key(newest[cat.key].version):
                newest[cat.key] = cat
        ordered = sorted(catalogs, key=lambda c: version_key(c.version), reverse=True)
        ordered.sort(key=lambda c: c.key)  # stable: per key, the newest version first
        return [
            CatalogChoice(
                id=cat.id,
                key=cat.key,
                label=cat.label,
                newest=newest[cat.key] is cat,
                levels=tuple(LevelChoice(lv.value, lv.label_de) for lv in cat.levels),
                areas=tuple(
                    AreaChoice(
                        area.code,
                        area.name_de,
                        tuple(
                            CompetenceChoice(c.id, c.code, c.name_de, c.description_de)
                            for c in area.competences
                        ),
                    )
                    for area in cat.areas
                ),
            )
            for cat in ordered
        ]


def _check(s: Session, company_id: uuid.UUID, data: RoleInput, *, exclude: uuid.UUID | None) -> str:
    problems: dict[str, str] = {}
    name = clean_name(data.name)
    if not name:
        problems["name"] = "Bitte einen Namen für das Stellenprofil angeben."
    else:
        others = s.scalars(
            select(RoleProfile.name).where(RoleProfile.company_id == company_id, RoleProfile.id != exclude)
        )
        if name.casefold() in {o.casefold() for o in others}:
            problems["name"] = f"Das Stellenprofil „{name}“ gibt es in diesem Betrieb schon."
    ids = [t.competence_id for t in data.targets]
    if len(set(ids)) != len(ids):
        problems["targets"] = "Jede Kompetenz darf im Stellenprofil nur einmal vorkommen."
    query = select(Competence).where(Competence.id.in_(ids)).options(selectinload(Competence.catalog))
    competences = {c.id: c for c in s.scalars(query)} if ids else {}
    scales: dict[uuid.UUID, tuple[int, int]] = {}
    for cat_id, low, high in s.execute(
        select(CatalogLevel.catalog_id, func.min(CatalogLevel.value), func.max(CatalogLevel.value)).group_by(
            CatalogLevel.catalog_id
        )
    ):
        scales[cat_id] = (low, high)
    for target in data.targets:
        comp = competences.get(target.competence_id)
        if comp is None:
            problems.setdefault("targets", "Eine gewählte Kompetenz gibt es im Arbeitsbereich nicht.")
            continue
        low, high = scales.get(comp.catalog_id, (0, 0))
        if isinstance(target.target_level, bool) or not low <= target.target_level <= high:
            problems.setdefault(
                "targets",
                f"Das Soll-Niveau für „{comp.code} {comp.name_de}“ muss zwischen {low} und {high} liegen "
                f"(Skala von {comp.catalog.label}).",
            )
        if target.priority not in tuple(int(p) for p in Priority):
            problems.setdefault(
                "targets",
                f"Die Priorität für „{comp.code} {comp.name_de}“ muss 1 (hoch), 2 oder 3 (niedrig) sein.",
            )
    if problems:
        raise ValidationError(problems)
    return name


def _target_row(role: RoleProfile, target: TargetInput) -> RoleTarget:
    return RoleTarget(
        role=role,
        competence_id=target.competence_id,
        target_level=target.target_level,
        priority=target.priority,
    )


def _audit_target(
    s: Session,
    actor: str,
    role: RoleProfile,
    competence_id: uuid.UUID,
    old: tuple[int, int] | None,
    new: tuple[int, int] | None,
) -> None:
    audit.record(
        s,
        actor=actor,
        action="update",
        entity_type="role_profile",
        entity_id=role.id,
        field=f"target:{competence_id}",
        old=None if old is None else {"target_level": old[0], "priority": old[1]},
        new=None if new is None else {"target_level": new[0], "priority": new[1]},
    )
