"""The official openQCAT 1.1 structure (issue 13): full and update catalogues, no hours until the review, the
structural checks in code, and the user's own XSD. The test files are constructed (see tests/data/openqcat)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.offers import OFFICIAL_FULL, OFFICIAL_UPDATE, offer_state
from tests.support.plan_support import employee_id
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.assessment.offer_import import OfferImportError
from verbund_desktop.persistence.models import Competence, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.joint_courses import CourseDraft, JointCourseError, create_joint_course
from verbund_desktop.services.offers.catalogue_import import import_offer_file, read_catalogue_file
from verbund_desktop.services.offers.offer_list import list_offers
from verbund_desktop.services.offers.offer_review import (
    ChosenCompetence,
    confirm_offer_competences,
    offer_to_review,
    offers_to_review,
)
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.planning.suggestions import offer_candidates

ACTOR = "Test"
TODAY = date(2026, 12, 2)
DATA = OFFICIAL_FULL.parent
# A small XSD of our own (the official one may not be shipped): every SERVICE must start with PRODUCT_ID and
# COURSE_TYPE; everything else is free. It stands in for the user's copy of open-Qcat.V1.1.xsd.
OWN_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="Any" mixed="true">
    <xs:sequence><xs:any minOccurs="0" maxOccurs="unbounded" processContents="skip"/></xs:sequence>
    <xs:anyAttribute processContents="skip"/>
  </xs:complexType>
  <xs:element name="OPENQCAT">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="HEADER" type="Any"/>
        <xs:element name="NEW_CATALOG">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="SERVICE" minOccurs="0" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="PRODUCT_ID" type="xs:string"/>
                    <xs:element name="COURSE_TYPE" type="xs:int"/>
                    <xs:any minOccurs="0" maxOccurs="unbounded" processContents="skip"/>
                  </xs:sequence>
                  <xs:anyAttribute processContents="skip"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            <xs:anyAttribute processContents="skip"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:anyAttribute processContents="skip"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""


def _offers(ws: Workspace) -> dict[str, TrainingOffer]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(select(TrainingOffer).where(TrainingOffer.provider_id == "900111")).all()
        uow.session.expunge_all()
    return {row.course_id: row for row in rows}


def _variant(tmp_path: Path, old: str, new: str, source: Path = OFFICIAL_FULL) -> Path:
    encoding = "iso-8859-15" if source == OFFICIAL_FULL else "utf-8"
    text = source.read_bytes().decode(encoding)
    assert old in text
    path = tmp_path / source.name
    path.write_bytes(text.replace(old, new, 1).encode(encoding))
    return path


def _review(ws: Workspace, course_id: str, hours: str | None) -> None:
    offer = _offers(ws)[course_id]
    item = offer_to_review(ws, offer.id)
    chosen = [ChosenCompetence(c.competence_id, c.level_from, c.level_to) for c in item.choices if c.checked]
    confirm_offer_competences(
        ws, offer.id, chosen, actor=ACTOR, hours=Decimal(hours) if hours is not None else None
    )


def test_a_full_catalogue_in_iso_8859_15_comes_without_hours_and_keeps_the_duration_class(
    ws: Workspace,
) -> None:
    result = import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    assert (result.created, result.retired, result.to_review, result.full) == (3, 0, 3, True)
    assert result.file_format == "openQCAT 1.1" and "Bildungswerk Musterstadt" in result.source
    offers = _offers(ws)
    course = offers["K-100"]
    assert course.hours is None and course.hours_missing and course.duration_class == 1
    assert course.title == "Datenschutz im Büroalltag" and course.cost_eur == Decimal("690.00")
    assert course.sessions == [  # its own SERVICE_DATE (date-times read as dates) and two runs of its own
        {"start": "2027-03-01", "end": "2027-03-03", "id": None},
        {"start": "2027-06-07", "end": "2027-06-09", "id": "K-100-T2"},
        {"start": "2027-09-13", "end": None, "id": "K-100-T3"},
    ]
    assert (course.min_participants, course.max_participants, course.location) == (4, 12, "Musterstadt")
    assert course.format == "praesenz" and course.schedule == "Vollzeit – drei Tage, 8:30 bis 15:30 Uhr"
    assert course.certificate == "Teilnahmebescheinigung" and course.azav_measure and course.azav_provider
    assert (offers["K-200"].format, offers["K-200"].duration_class) == ("online", 3)
    assert offers["K-300"].format == "inhouse" and not offers["K-300"].azav_measure
    listed = {row.course_id: row for row in list_offers(ws) if row.provider_id == "900111"}
    assert listed["K-100"].to_json_dict()["dauer"] == "bis 3 Tage"
    assert listed["K-100"].to_json_dict()["stunden"] is None
    assert listed["K-100"].state_de == "Stunden und Kompetenzen prüfen"
    with ws.unit_of_work() as uow:
        suggestible = {ident for ident, _c in offer_candidates(uow.session)}
    assert not suggestible & {o.id for o in offers.values()}


def test_the_review_requires_the_hours_and_only_then_the_offer_is_suggested(ws: Workspace) -> None:
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    before = offer_state(ws)
    with pytest.raises(InputError, match=r"Unterrichtsstunden.*bis 3 Tage"):
        _review(ws, "K-100", None)
    for bad in ("0", "-3", "10001"):
        with pytest.raises(InputError, match="Stundenzahl"):
            _review(ws, "K-100", bad)
    assert offer_state(ws) == before  # a refused review stored nothing
    assert {o.title for o in offers_to_review(ws)} >= {"Datenschutz im Büroalltag"}
    _review(ws, "K-100", "21")
    offer = _offers(ws)["K-100"]
    assert offer.hours == Decimal(21) and offer.competences_confirmed and not offer.hours_missing
    with ws.unit_of_work() as uow:
        candidates = {c.title: c.hours for _i, c in offer_candidates(uow.session)}
    assert candidates["Datenschutz im Büroalltag"] == Decimal(21)
    assert "Datenschutz im Büroalltag" not in {o.title for o in offers_to_review(ws)}


def test_an_update_deletes_and_adds_by_id_and_keeps_the_reviewed_hours(ws: Workspace) -> None:
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    _review(ws, "K-100", "21")
    result = import_offer_file(ws, OFFICIAL_UPDATE, actor=ACTOR, today=TODAY)
    assert not result.full and (result.created, result.retired) == (1, 1)
    offers = _offers(ws)
    course = offers["K-100"]
    assert course.cost_eur == Decimal("720.00") and course.hours == Decimal(21)  # the person's hours stay
    assert course.competences_confirmed  # title, description and duration class unchanged: no new review
    assert [run["id"] for run in course.sessions] == [None, "K-100-T2", "K-100-T4"]  # T3 deleted, T4 new
    assert offers["K-300"].retired and offers["K-300"].retired_on == TODAY  # deleted: retired, not removed
    assert offers["K-400"].hours is None and offers["K-400"].format == "blended"
    assert offers["K-200"].retired is False  # an update changes only what it lists


def test_an_update_deletes_first_then_creates_and_a_second_import_changes_nothing(
    ws: Workspace, tmp_path: Path
) -> None:
    """The BA's example delivery deletes an ID and lists it again under NEW: deleted first, then created (it
    used to be created and then retired, and every re-import reported it changed)."""
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    again = _variant(
        tmp_path,
        "<PRODUCT_ID>K-300</PRODUCT_ID>",
        "<PRODUCT_ID>K-300</PRODUCT_ID>\n      </SERVICE>\n      <SERVICE>\n        <PRODUCT_ID>K-100</PRODUCT_ID>"
        "\n      </SERVICE>\n      <SERVICE>\n        <PRODUCT_ID>K-100-T4</PRODUCT_ID>"
        "\n      </SERVICE>\n      <SERVICE>\n        <PRODUCT_ID>K-400</PRODUCT_ID>",
        source=OFFICIAL_UPDATE,
    )
    result = import_offer_file(ws, again, actor=ACTOR, today=TODAY)
    assert (result.created, result.retired) == (1, 1) and result.retired_ids == ("900111/K-300",)
    offers = _offers(ws)
    assert not offers["K-400"].retired  # unknown before, deleted, then new: created, not retired
    course = offers["K-100"]
    assert not course.retired and course.cost_eur == Decimal("720.00")
    # replaced whole: its earlier runs went with the deletion, the runs this file delivers are there
    assert [run["id"] for run in course.sessions] == [None, "K-100-T4"]
    before = offer_state(ws)
    second = import_offer_file(ws, again, actor=ACTOR, today=TODAY)
    assert (second.created, second.updated, second.retired) == (0, 0, 0)
    assert offer_state(ws)[0] == before[0]  # no offer changed


def test_an_offers_own_dates_repeated_as_a_run_are_one_run(ws: Workspace, tmp_path: Path) -> None:
    """As in a real KURSNET export: the offer's SERVICE_DATE and one of its runs have the same dates."""
    same = _variant(
        tmp_path,
        "<START_DATE>2027-06-07T00:00:00.000+02:00</START_DATE>\n          <END_DATE>2027-06-09T00:00:00.000+02:00",
        "<START_DATE>2027-03-01T00:00:00.000+01:00</START_DATE>\n          <END_DATE>2027-03-03T00:00:00.000+01:00",
    )
    import_offer_file(ws, same, actor=ACTOR, today=TODAY)
    runs = _offers(ws)["K-100"].sessions
    assert [(run["start"], run["id"]) for run in runs] == [
        ("2027-03-01", "K-100-T2"),
        ("2027-09-13", "K-100-T3"),
    ]
    assert import_offer_file(ws, same, actor=ACTOR, today=TODAY).updated == 0


def test_a_changed_duration_class_asks_for_a_new_review(ws: Workspace, tmp_path: Path) -> None:
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    _review(ws, "K-100", "21")
    longer = _variant(
        tmp_path,
        '<DURATION type="1"/>\n              <INSTRUCTION_REMARKS>',
        '<DURATION type="2"/>\n              <INSTRUCTION_REMARKS>',
    )
    import_offer_file(ws, longer, actor=ACTOR, today=TODAY)
    course = _offers(ws)["K-100"]
    assert course.duration_class == 2 and not course.competences_confirmed and course.hours == Decimal(21)


def test_an_offer_without_hours_goes_into_no_plan_and_no_joint_course(ws: Workspace) -> None:
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    offer = _offers(ws)["K-100"]
    person = employee_id(ws, "BM-02")
    found = plan_state(ws, person, None, today=TODAY)
    plan_id = (
        found.plan_id
        if found is not None and found.plan_id
        else plans.create_plan(ws, person, actor=ACTOR).plan_id
    )
    with pytest.raises(PlanError, match="Unterrichtsstunden"):
        plans.add_offer_measure(ws, plan_id, offer.id, [], actor=ACTOR, today=TODAY)
    with ws.unit_of_work() as uow:
        competence = uow.session.scalars(select(Competence)).first()
        assert competence is not None
        competence_id = competence.id
    with pytest.raises(JointCourseError, match="Unterrichtsstunden"):
        create_joint_course(ws, CourseDraft(competence_id, 3, offer_id=offer.id), actor=ACTOR)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("<TITLE>Datenschutz im Büroalltag</TITLE>", "", "SERVICE_DETAILS: Das Pflichtelement TITLE fehlt"),
        (
            "<START_DATE>2027-03-01T00:00:00.000+01:00</START_DATE>",
            "<START_DATE>01.03.2027</START_DATE>",
            "SERVICE_DATE/START_DATE: „01.03.2027“ ist kein Datum",
        ),
        (
            "<MAX_PARTICIPANTS>12</MAX_PARTICIPANTS>",
            "<MAX_PARTICIPANTS>-2</MAX_PARTICIPANTS>",
            "MAX_PARTICIPANTS",
        ),
        (
            "<PRICE_AMOUNT>690.0</PRICE_AMOUNT>",
            "<PRICE_AMOUNT>690,00</PRICE_AMOUNT>",
            "PRICE_AMOUNT: Der Wert „690,00“",
        ),
        (
            "<PRICE_CURRENCY>EUR</PRICE_CURRENCY>",
            "<PRICE_CURRENCY>CHF</PRICE_CURRENCY>",
            "Nur Preise in Euro",
        ),
        ('<EDUCATION type="true">', "<EDUCATION>", "Das Attribut type fehlt"),
        ('<DURATION type="1"/>', '<DURATION type="drei"/>', "DURATION: Das Attribut type „drei“"),
        ("<COURSE_TYPE>1</COURSE_TYPE>", "<COURSE_TYPE>7</COURSE_TYPE>", "kein Angebotstyp"),
        (
            '<NEW_CATALOG FULLCATALOG="true">',
            '<NEW_CATALOG FULLCATALOG="true"><FOO/>',
            "NEW_CATALOG/FOO: Dieses Element",
        ),
        (
            "<SUPPLIER_NAME>Bildungswerk Musterstadt gGmbH</SUPPLIER_NAME>",
            "",
            "Das Pflichtelement SUPPLIER_NAME fehlt",
        ),
        (
            '<INSTRUCTION_FORM type="102">Seminar',
            '<INSTRUCTION_FORM type="999">Irgendwas',
            "Unterrichtsform 999",
        ),
        (
            "<COURSE_ID>K-100</COURSE_ID>\n            <DEGREE",
            "<COURSE_ID>K-999</COURSE_ID>\n            <DEGREE",
            "COURSE_ID gleich PRODUCT_ID",
        ),
    ],
)
def test_a_broken_file_names_line_and_element_and_changes_nothing(
    ws: Workspace, tmp_path: Path, old: str, new: str, expected: str
) -> None:
    before = offer_state(ws)
    with pytest.raises(OfferImportError) as refused:
        import_offer_file(ws, _variant(tmp_path, old, new), actor=ACTOR, today=TODAY)
    assert any(expected in problem and problem.startswith("Zeile ") for problem in refused.value.problems), (
        refused.value.problems
    )
    assert offer_state(ws) == before


def test_two_suppliers_need_the_service_to_name_its_own(ws: Workspace, tmp_path: Path) -> None:
    second = """<EXTENDED_INFO input_type="0"/>
    </SUPPLIER>
    <SUPPLIER>
      <SUPPLIER_ID type="supplier_specific">900222</SUPPLIER_ID>
      <SUPPLIER_NAME>Zweiter Anbieter</SUPPLIER_NAME>
      <ADDRESS><CITY>Anderswo</CITY></ADDRESS>
      <EXTENDED_INFO input_type="0"/>
    </SUPPLIER>"""
    path = _variant(tmp_path, '<EXTENDED_INFO input_type="0"/>\n    </SUPPLIER>', second)
    with pytest.raises(OfferImportError) as refused:
        import_offer_file(ws, path, actor=ACTOR, today=TODAY)
    assert all("SUPPLIER_ID_REF" in p for p in refused.value.problems)
    assert {p.split("„")[1].split("“")[0] for p in refused.value.problems} == {
        "K-100-T2",
        "K-100-T3",
        "K-200",
        "K-300",
    }


def test_the_users_xsd_is_applied_as_well(ws: Workspace, tmp_path: Path) -> None:
    xsd = tmp_path / "eigenes.xsd"
    xsd.write_bytes(OWN_XSD)
    assert len(read_catalogue_file(OFFICIAL_FULL, official_xsd=xsd).offers) == 3
    path = _variant(tmp_path, "<COURSE_TYPE>1</COURSE_TYPE>\n      <SUPPLIER_ID_REF", "<SUPPLIER_ID_REF")
    assert len(read_catalogue_file(path).offers) == 3  # COURSE_TYPE is not needed by the import itself
    before = offer_state(ws)
    with pytest.raises(OfferImportError) as refused:
        import_offer_file(ws, path, actor=ACTOR, today=TODAY, official_xsd=xsd)
    assert refused.value.problems == (
        "Zeile 33: Element „SUPPLIER_ID_REF“ ist an dieser Stelle nicht erlaubt (erwartet: COURSE_TYPE).",
    )
    assert offer_state(ws) == before
    broken = tmp_path / "kaputt.xsd"
    broken.write_bytes(b"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element/></xs:schema>")
    with pytest.raises(OfferImportError, match="Schema-Datei"):
        read_catalogue_file(OFFICIAL_FULL, official_xsd=broken)
    with pytest.raises(OfferImportError, match="kann nicht gelesen werden"):
        read_catalogue_file(OFFICIAL_FULL, official_xsd=tmp_path / "fehlt.xsd")


def test_a_full_catalogue_retires_what_it_no_longer_lists_and_a_namespace_changes_nothing(
    ws: Workspace, tmp_path: Path
) -> None:
    import_offer_file(ws, OFFICIAL_FULL, actor=ACTOR, today=TODAY)
    start = '    <SERVICE mode="new">\n      <PRODUCT_ID>K-200</PRODUCT_ID>'
    text = OFFICIAL_FULL.read_bytes().decode("iso-8859-15")
    cut_from = text.index(start)
    cut_to = text.index('    <SERVICE mode="new">\n      <PRODUCT_ID>K-300</PRODUCT_ID>')
    shorter = text[:cut_from] + text[cut_to:]
    shorter = shorter.replace("<OPENQCAT ", '<OPENQCAT xmlns="urn:beispiel:openqcat" ', 1)
    path = tmp_path / "ohne-k200.xml"
    path.write_bytes(shorter.encode("iso-8859-15"))
    result = import_offer_file(ws, path, actor=ACTOR, today=TODAY)
    assert (result.created, result.retired, result.unchanged) == (0, 1, 2)
    offers = _offers(ws)
    assert offers["K-200"].retired and offers["K-200"].retired_on == TODAY and not offers["K-100"].retired
