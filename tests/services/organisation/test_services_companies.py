"""Companies, departments, employees and role profiles: validation in German, nothing saved when invalid."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from verbund_desktop.assessment.versions import version_key
from verbund_desktop.persistence.models import AuditEvent, Company, Employee, RoleProfile, RoleTarget
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.organisation import departments as dp
from verbund_desktop.services.organisation import role_profiles as rp
from verbund_desktop.services.organisation.company_validation import (
    CompanyInput,
    EmployeeInput,
    NotFoundError,
    ValidationError,
    company_initials,
    parse_whole_number,
    suggest_code,
)
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new, open_existing

ACTOR = "Dr. Sabine Kröger"
TODAY = date(2026, 10, 12)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("companies") / "template.db"
    create_new(path, None, network_name="Verbund Test", advisor_name=ACTOR).close()
    return path


@pytest.fixture
def ws(template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "ws.db"
    shutil.copy(template, path)
    workspace = open_existing(path, None)
    yield workspace
    workspace.close()


def bakery(**changes: object) -> CompanyInput:
    values: dict[str, object] = {"name": "Bäckerei Möller GmbH", "headcount": "8", "postcode": "57072"}
    values.update(changes)
    return CompanyInput(**values)  # type: ignore[arg-type]


def count(ws: Workspace, model: Any) -> int:
    with ws.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


# -- pure validation ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("45", 45), (" 1.200 ", 1200), (7, 7), ("", None), (None, None), ("-3", -3)],
)
def test_parse_whole_number_accepts_integers_and_german_thousands(text: object, expected: int | None) -> None:
    assert parse_whole_number(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["12,5", "4.5", "zwölf", "1e3", True])
def test_parse_whole_number_rejects_everything_else(text: object) -> None:
    with pytest.raises(ValueError):
        parse_whole_number(text)  # type: ignore[arg-type]


def test_company_initials_skip_legal_forms_and_umlauts() -> None:
    assert company_initials("Bäckerei Möller GmbH") == "BM"
    assert company_initials("Südwest Logistik AG") == "SL"
    assert company_initials("Öko & Söhne GmbH & Co. KG") == "OS"
    assert company_initials("Straßenbau") == "ST"
    assert company_initials("") == "MA"


def test_suggest_code_continues_the_usual_prefix() -> None:
    assert suggest_code("Bäckerei Möller GmbH", []) == "BM-01"
    assert suggest_code("egal", ["BM-01", "BM-02", "BM-05", "X"]) == "BM-06"
    assert suggest_code("egal", ["SL-009", "SL-010"]) == "SL-011"
    assert suggest_code("Metallbau Schäfer", ["Chef"]) == "MS-01"


# -- companies ---------------------------------------------------------------------------------------------------
def test_create_company_stores_values_and_an_audit_event(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(headcount_linked="", industry=" Handwerk "), actor=ACTOR)
    stored = co.load_company(ws, cid)
    assert stored.name == "Bäckerei Möller GmbH"
    assert (stored.headcount, stored.headcount_linked) == (8, 8)  # empty "linked" means no linked companies
    assert stored.industry == "Handwerk"
    assert [c.name for c in Directory(ws).companies()] == ["Bäckerei Möller GmbH"]
    with ws.unit_of_work() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == cid)).one()
        assert (event.action, event.actor) == ("create", ACTOR)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Bitte den Namen des Betriebs angeben."),
        ({"headcount": "0"}, "headcount", "mindestens 0,25"),
        ({"headcount": "12,6"}, "headcount", "Schritte von 0,25"),  # § 82 Abs. 6 SGB III
        ({"headcount": "zwölf"}, "headcount", "keine Zahl der Beschäftigten"),
        ({"headcount": ""}, "headcount", "Bitte die Zahl der Beschäftigten angeben"),
        ({"headcount_linked": "5"}, "headcount_linked", "darf nicht kleiner sein"),
        ({"postcode": "5707"}, "postcode", "fünf Ziffern"),
        ({"postcode": "D-57072"}, "postcode", "fünf Ziffern"),
        ({"contact_email": "gerda(at)moeller.de"}, "contact_email", "ungültig"),
    ],
)
def test_invalid_company_is_not_saved(
    ws: Workspace, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as err:
        co.create_company(ws, bakery(**changes), actor=ACTOR)
    assert message in err.value.problems[field]
    assert list(err.value.problems) == [field]
    assert count(ws, Company) == 0


def test_update_company_records_each_changed_field(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    co.update_company(ws, cid, bakery(headcount=12, headcount_linked=60, works_council=True), actor=ACTOR)
    stored = co.load_company(ws, cid)
    assert (stored.headcount, stored.headcount_linked, stored.works_council) == (12, 60, True)
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == cid, AuditEvent.action == "update")
        ).all()
        changed = {e.field: (e.old_value, e.new_value) for e in events}
    assert changed == {"headcount": (8, 12), "headcount_linked": (8, 60), "works_council": (False, True)}
    with pytest.raises(ValidationError):
        co.update_company(ws, cid, bakery(headcount=70, headcount_linked=60), actor=ACTOR)
    assert co.load_company(ws, cid).headcount == 12


def test_archive_hides_company_and_restore_brings_it_back(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    co.create_employee(ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01"), actor=ACTOR, today=TODAY)
    co.archive_company(ws, cid, actor=ACTOR)
    assert Directory(ws).companies() == []
    assert [e.name for e in co.archived_companies(ws)] == ["Bäckerei Möller GmbH"]
    co.restore_company(ws, cid, actor=ACTOR)
    assert [c.id for c in Directory(ws).companies()] == [cid]
    assert co.archived_companies(ws) == []
    assert count(ws, Employee) == 1


def test_unknown_ids_give_a_german_not_found_message(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match="gibt es nicht"):
        co.update_company(ws, uuid.uuid4(), bakery(), actor=ACTOR)


# -- departments -------------------------------------------------------------------------------------------------
def test_departments_unique_per_company_and_delete_keeps_people(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    dep = dp.create_department(ws, cid, " Backstube ", actor=ACTOR)
    with pytest.raises(ValidationError, match="gibt es in diesem Betrieb schon"):
        dp.create_department(ws, cid, "backstube", actor=ACTOR)
    with pytest.raises(ValidationError, match="Bitte einen Namen"):
        dp.create_department(ws, cid, " ", actor=ACTOR)
    other = co.create_company(ws, bakery(name="Zweiter Betrieb"), actor=ACTOR)
    dp.create_department(ws, other, "Backstube", actor=ACTOR)  # another company may use the name
    eid = co.create_employee(
        ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01", department_id=dep), actor=ACTOR, today=TODAY
    )
    dp.rename_department(ws, dep, "Backstube Nord", actor=ACTOR)
    assert [(d.name, d.employee_count) for d in dp.departments(ws, cid)] == [("Backstube Nord", 1)]
    dp.delete_department(ws, dep, actor=ACTOR)
    assert dp.departments(ws, cid) == []
    assert co.load_employee(ws, eid)[1].department_id is None


# -- employees ---------------------------------------------------------------------------------------------------
def test_create_employee_and_suggest_next_code(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    assert co.next_pseudonym_code(ws, cid) == "BM-01"
    eid = co.create_employee(
        ws,
        cid,
        EmployeeInput("Änne", "Schröder", "BM-01", birth_year="1985", qualification_year="2004"),
        actor=ACTOR,
        today=TODAY,
    )
    company_id, stored = co.load_employee(ws, eid)
    assert company_id == cid
    assert (stored.first_name, stored.birth_year, stored.qualification_year) == ("Änne", 1985, 2004)
    assert co.next_pseudonym_code(ws, cid) == "BM-02"
    with pytest.raises(ValidationError) as err:
        co.create_employee(ws, cid, EmployeeInput("Björn", "Müller", "bm-01"), actor=ACTOR, today=TODAY)
    assert err.value.problems["pseudonym_code"] == (
        "Den Pseudonym-Code „bm-01“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „BM-02“."
    )
    assert count(ws, Employee) == 1
    with ws.unit_of_work() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == eid)).one()
        assert event.subject_id == eid  # personal: erasure finds it by subject


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"first_name": ""}, "first_name", "Bitte den Vornamen angeben."),
        ({"last_name": " "}, "last_name", "Bitte den Nachnamen angeben."),
        ({"pseudonym_code": ""}, "pseudonym_code", "z. B. „BM-01“"),
        ({"pseudonym_code": "BÄ-01"}, "pseudonym_code", "ohne Umlaute"),
        ({"birth_year": "1939"}, "birth_year", "zwischen 1940 und 2012"),
        ({"birth_year": "2013"}, "birth_year", "zwischen 1940 und 2012"),
        ({"birth_year": "neunzehn"}, "birth_year", "ganze Zahl"),
        ({"birth_year": 1990, "qualification_year": 2003}, "qualification_year", "nicht vor 2004"),
        ({"qualification_year": 2027}, "qualification_year", "nicht in der Zukunft"),
        (
            {"has_vocational_qualification": False, "qualification_year": 2010},
            "qualification_year",
            "Ohne Berufsabschluss",
        ),
    ],
)
def test_invalid_employee_is_not_saved(
    ws: Workspace, changes: dict[str, object], field: str, message: str
) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    values: dict[str, object] = {"first_name": "Jürgen", "last_name": "Weiß", "pseudonym_code": "BM-01"}
    values.update(changes)
    with pytest.raises(ValidationError) as err:
        co.create_employee(ws, cid, EmployeeInput(**values), actor=ACTOR, today=TODAY)  # type: ignore[arg-type]
    assert message in err.value.problems[field]
    assert count(ws, Employee) == 0


def test_boundary_years_are_accepted(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    data = EmployeeInput("Jürgen", "Weiß", "BM-01", birth_year=1940, qualification_year=1954)
    co.create_employee(ws, cid, data, actor=ACTOR, today=TODAY)
    young = EmployeeInput("Lea", "Fuß", "BM-02", birth_year=2012, qualification_year=2026)
    co.create_employee(ws, cid, young, actor=ACTOR, today=TODAY)
    assert count(ws, Employee) == 2


def test_employee_links_must_stay_in_the_company(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    other = co.create_company(ws, bakery(name="Anderer Betrieb"), actor=ACTOR)
    foreign = dp.create_department(ws, other, "Lager", actor=ACTOR)
    with pytest.raises(ValidationError, match="gehört nicht zu diesem Betrieb"):
        co.create_employee(
            ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01", department_id=foreign), actor=ACTOR, today=TODAY
        )


def test_update_employee_keeps_own_code_and_audits_personal_changes(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    eid = co.create_employee(ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01"), actor=ACTOR, today=TODAY)
    co.update_employee(
        ws, eid, EmployeeInput("Jürgen", "Weiß", "BM-01", job_title="Bäckermeister"), actor=ACTOR, today=TODAY
    )
    assert co.load_employee(ws, eid)[1].job_title == "Bäckermeister"
    with ws.unit_of_work() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.field == "job_title")).one()
        assert (event.subject_id, event.old_value, event.new_value) == (eid, "", "Bäckermeister")


def test_archive_and_restore_employee(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    eid = co.create_employee(ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01"), actor=ACTOR, today=TODAY)
    co.archive_employee(ws, eid, actor=ACTOR)
    assert Directory(ws).employees(cid) == []
    assert [(e.name, e.code, e.company_name) for e in co.archived_employees(ws)] == [
        ("Weiß, Jürgen", "BM-01", "Bäckerei Möller GmbH")
    ]
    # an archived person's code stays taken
    assert co.next_pseudonym_code(ws, cid) == "BM-02"
    co.restore_employee(ws, eid, actor=ACTOR)
    assert [e.id for e in Directory(ws).employees(cid)] == [eid]


# -- role profiles -----------------------------------------------------------------------------------------------
def test_role_profile_with_targets_from_two_catalogues(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    choices = rp.competence_choices(ws)
    by_key = {c.key: c for c in choices}
    assert {"digcomp-2.2", "querschnitt-dqr"} <= set(by_key)
    digcomp, dqr = by_key["digcomp-2.2"], by_key["querschnitt-dqr"]
    assert (digcomp.min_level, digcomp.max_level) == (1, 8)
    assert (dqr.min_level, dqr.max_level) == (0, 4)
    d1 = digcomp.areas[0].competences[0]
    q1 = dqr.areas[0].competences[0]
    data = rp.RoleInput(
        "Verkauf", "Theke und Kasse", (rp.TargetInput(d1.id, 4, 1), rp.TargetInput(q1.id, 3, 2))
    )
    rid = rp.create_role(ws, cid, data, actor=ACTOR)
    assert [(r.name, r.target_count) for r in rp.roles(ws, cid)] == [("Verkauf", 2)]
    views = rp.role_targets(ws, rid)
    assert {(v.code, v.target_level, v.priority) for v in views} == {(d1.code, 4, 1), (q1.code, 3, 2)}
    assert all(v.level_label for v in views)
    assert rp.load_role(ws, rid).description == "Theke und Kasse"


@pytest.mark.parametrize(
    ("level", "priority", "message"),
    [(9, 2, "zwischen 1 und 8"), (0, 2, "zwischen 1 und 8"), (4, 4, "Die Priorität")],
)
def test_role_target_outside_the_catalogue_scale_is_refused(
    ws: Workspace, level: int, priority: int, message: str
) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    digcomp = next(c for c in rp.competence_choices(ws) if c.key == "digcomp-2.2")
    comp = digcomp.areas[0].competences[0]
    with pytest.raises(ValidationError, match=message):
        rp.create_role(
            ws, cid, rp.RoleInput("Verkauf", targets=(rp.TargetInput(comp.id, level, priority),)), actor=ACTOR
        )
    assert count(ws, RoleProfile) == 0


def test_role_name_required_and_unique(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    rp.create_role(ws, cid, rp.RoleInput("Verkauf"), actor=ACTOR)
    with pytest.raises(ValidationError, match="gibt es in diesem Betrieb schon"):
        rp.create_role(ws, cid, rp.RoleInput("verkauf"), actor=ACTOR)
    with pytest.raises(ValidationError, match="Bitte einen Namen"):
        rp.create_role(ws, cid, rp.RoleInput(""), actor=ACTOR)


def test_update_role_adds_changes_and_removes_targets(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    comps = [c for area in rp.competence_choices(ws)[0].areas for c in area.competences][:3]
    a, b, c = (comp.id for comp in comps)
    rid = rp.create_role(
        ws, cid, rp.RoleInput("Backstube", targets=(rp.TargetInput(a, 3), rp.TargetInput(b, 2))), actor=ACTOR
    )
    with ws.unit_of_work() as uow:
        kept_row = uow.session.scalars(select(RoleTarget.id).where(RoleTarget.competence_id == a)).one()
    rp.update_role(
        ws,
        rid,
        rp.RoleInput("Backstube", targets=(rp.TargetInput(a, 4, 1), rp.TargetInput(c, 2))),
        actor=ACTOR,
    )
    stored = {t.competence_id: (t.target_level, t.priority) for t in rp.load_role(ws, rid).targets}
    assert stored == {a: (4, 1), c: (2, 2)}
    with ws.unit_of_work() as uow:
        assert (
            uow.session.scalars(select(RoleTarget.id).where(RoleTarget.competence_id == a)).one() == kept_row
        )
        fields = set(uow.session.scalars(select(AuditEvent.field).where(AuditEvent.entity_id == rid)))
    assert {f"target:{a}", f"target:{b}", f"target:{c}"} <= fields


def test_duplicate_competence_in_role_is_refused(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    comp = rp.competence_choices(ws)[0].areas[0].competences[0]
    data = rp.RoleInput("Verkauf", targets=(rp.TargetInput(comp.id, 3), rp.TargetInput(comp.id, 4)))
    with pytest.raises(ValidationError, match="nur einmal"):
        rp.create_role(ws, cid, data, actor=ACTOR)


def test_delete_role_unlinks_people(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    rid = rp.create_role(ws, cid, rp.RoleInput("Verkauf"), actor=ACTOR)
    eid = co.create_employee(
        ws, cid, EmployeeInput("Änne", "Schröder", "BM-01", role_id=rid), actor=ACTOR, today=TODAY
    )
    assert rp.roles(ws, cid)[0].employee_count == 1
    rp.delete_role(ws, rid, actor=ACTOR)
    assert rp.roles(ws, cid) == []
    assert co.load_employee(ws, eid)[1].role_id is None


def test_version_key_orders_numerically() -> None:
    assert version_key("2.10") > version_key("2.9")
    assert version_key("3.0") > version_key("2.2")
    assert version_key("2.2-beta") != version_key("2.2")


def test_read_only_checks_report_what_saving_would_refuse(ws: Workspace) -> None:
    cid = co.create_company(ws, bakery(), actor=ACTOR)
    eid = co.create_employee(ws, cid, EmployeeInput("Jürgen", "Weiß", "BM-01"), actor=ACTOR, today=TODAY)
    clash = EmployeeInput("Björn", "Müller", "BM-01")
    assert set(co.employee_problems(ws, cid, clash, today=TODAY)) == {"pseudonym_code"}
    assert co.employee_problems(ws, cid, clash, employee_id=eid, today=TODAY) == {}  # one's own code is fine
    rp.create_role(ws, cid, rp.RoleInput("Verkauf"), actor=ACTOR)
    assert set(rp.role_problems(ws, cid, rp.RoleInput("verkauf"))) == {"name"}
    assert rp.role_problems(ws, cid, rp.RoleInput("Backstube")) == {}
    assert count(ws, Employee) == 1 and count(ws, RoleProfile) == 1
