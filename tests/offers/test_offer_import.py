"""Importing provider catalogues: openQCAT full and update catalogues, the CSV/XLSX template, all or nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.offers.support import (
    OPENQCAT_FULL,
    OPENQCAT_UPDATE,
    SHEET_CSV,
    offer_state,
    sheet_rows,
    xlsx_bytes,
)
from verbund_desktop.assessment.offer_import import OfferImportError
from verbund_desktop.persistence.models import TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers.catalogue_import import import_offer_file
from verbund_desktop.services.planning.suggestions import offer_candidates

ACTOR = "Test"


def _imported(ws: Workspace) -> dict[str, TrainingOffer]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(select(TrainingOffer).where(TrainingOffer.provider_id != "")).all()
        uow.session.expunge_all()
    return {row.course_id: row for row in rows}


def test_full_catalogue_is_stored_with_every_field_and_waits_for_review(ws: Workspace) -> None:
    result = import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    assert (result.created, result.updated, result.retired, result.to_review, result.full) == (
        3,
        0,
        0,
        3,
        True,
    )
    offers = _imported(ws)
    course = offers["K-4711"]
    assert (course.provider_id, course.provider) == ("100234", "Bildungszentrum Musterhausen (Beispiel)")
    assert course.sessions == [  # the runs delivered as their own services (EDUCATION type="false")
        {"start": "2027-03-01", "end": "2027-03-05", "id": "K-4711-1"},
        {"start": "2027-09-06", "end": "2027-09-10", "id": "K-4711-2"},
    ]
    assert course.start_dates == ["2027-03-01", "2027-09-06"]
    assert (course.min_participants, course.max_participants, course.hours, course.cost_eur) == (
        6,
        14,
        40,
        890,
    )
    assert course.certificate == "Trägerzertifikat" and "Vollzeit" in course.schedule
    assert course.azav_measure and course.azav_provider and course.location == "Musterhausen"
    assert offers["K-4712"].format == "online" and offers["K-4713"].format == "blended"
    with ws.unit_of_work() as uow:
        suggestible = {ident for ident, _c in offer_candidates(uow.session)}
    assert not suggestible & {o.id for o in offers.values()}  # not before a person confirmed the competences


def test_update_catalogue_in_iso_8859_15_updates_retires_and_adds_by_provider_ids(ws: Workspace) -> None:
    import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    before = _imported(ws)
    result = import_offer_file(ws, OPENQCAT_UPDATE, actor=ACTOR, today=date.today())
    assert (result.created, result.updated, result.retired, result.full) == (1, 2, 1, False)
    after = _imported(ws)
    assert {k: o.id for k, o in before.items()} == {k: after[k].id for k in before}  # primary keys stable
    assert after["K-4712"].title.endswith("(Preis inkl. Übungsheft für 25 €)")
    assert after["K-4712"].max_participants == 16 and after["K-4712"].cost_eur == 445
    assert after["K-4713"].retired and after["K-4713"].retired_on == date.today()
    assert not after["K-4711"].retired  # an update catalogue retires only what it deletes
    assert [run["id"] for run in after["K-4711"].sessions] == [
        "K-4711-2",
        "K-4711-3",
    ]  # one run gone, one new
    assert after["K-4711"].start_dates == ["2027-09-06", "2027-11-08"]
    assert after["K-4720"].title.startswith("Künstliche Intelligenz")


def test_full_catalogue_retires_what_it_no_longer_lists_and_brings_back_what_returns(ws: Workspace) -> None:
    import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    import_offer_file(ws, OPENQCAT_UPDATE, actor=ACTOR, today=date.today())
    result = import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    offers = _imported(ws)
    assert result.retired == 1 and offers["K-4720"].retired  # missing from the full catalogue: retired, kept
    assert not offers["K-4713"].retired and offers["K-4713"].retired_on is None
    again = import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    assert (again.created, again.updated, again.unchanged, again.retired) == (0, 0, 3, 0)


def test_csv_template_is_read_with_german_numbers_and_dates(ws: Workspace) -> None:
    result = import_offer_file(ws, SHEET_CSV, actor=ACTOR, today=date.today())
    assert (result.created, result.file_format) == (3, "Angebotsvorlage")
    offers = _imported(ws)
    assert offers["27-101"].start_dates == ["2027-03-02", "2027-09-07"]
    assert offers["27-103"].hours == pytest.approx(7.5) and offers["27-103"].cost_eur == 1480
    assert offers["27-103"].azav_measure and offers["27-102"].format == "online"


def test_xlsx_template_gives_the_same_offers(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "angebote.xlsx"
    path.write_bytes(xlsx_bytes([list(r) for r in sheet_rows()]))
    assert import_offer_file(ws, path, actor=ACTOR, today=date.today()).created == 3
    assert _imported(ws)["27-102"].title == "Online zusammenarbeiten mit geteilten Dokumenten"


def test_one_bad_row_refuses_the_whole_sheet_naming_rows_and_columns(ws: Workspace, tmp_path: Path) -> None:
    rows = sheet_rows()
    rows[2][5] = "zwölf"  # stunden
    rows[3][13], rows[3][14] = "20", "10"  # min > max
    path = tmp_path / "angebote.xlsx"
    path.write_bytes(xlsx_bytes([list(r) for r in rows]))
    before = offer_state(ws)
    with pytest.raises(OfferImportError) as caught:
        import_offer_file(ws, path, actor=ACTOR, today=date.today())
    assert caught.value.problems == (
        "Zeile 3, Spalte „stunden“: „zwölf“ ist keine gültige Zahl.",
        "Zeile 4: Die Mindestzahl (20) ist größer als die Höchstzahl (10) der Teilnehmenden.",
    )
    assert "nichts geändert" in str(caught.value)
    assert offer_state(ws) == before


def test_schema_violations_name_line_and_element_and_change_nothing(ws: Workspace, tmp_path: Path) -> None:
    text = OPENQCAT_FULL.read_text(encoding="utf-8")
    text = text.replace("<START_DATE>2027-09-06", "<START_DATE>06.09.2027").replace(
        "<PRODUCT_ID>K-4712</PRODUCT_ID>", ""
    )
    path = tmp_path / "kaputt.xml"
    path.write_text(text, encoding="utf-8")
    before = offer_state(ws)
    with pytest.raises(OfferImportError) as caught:
        import_offer_file(ws, path, actor=ACTOR, today=date.today())
    assert caught.value.problems == (
        "Zeile 73: Element „SERVICE_DETAILS“ ist an dieser Stelle nicht erlaubt (erwartet: PRODUCT_ID).",
        "Zeile 150: Element „START_DATE“: „06.09.2027“ ist kein gültiger Wert (Datum JJJJ-MM-TT, Zahl mit Punkt "
        "oder Ganzzahl).",
    )
    assert offer_state(ws) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"<?xml version='1.0'?><BMECAT version='2005'/>",
            "Wurzelelement „BMECAT“ ist kein openQCAT-Katalog",
        ),
        (b"<OPENQCAT version='1.1'><HEADER>", "kein wohlgeformtes XML"),
        (b"", "kein wohlgeformtes XML"),
    ],
)
def test_foreign_xml_is_refused(ws: Workspace, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "fremd.xml"
    path.write_bytes(content)
    with pytest.raises(OfferImportError, match=expected):
        import_offer_file(ws, path, actor=ACTOR, today=date.today())


def test_entities_are_not_expanded(ws: Workspace, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM", encoding="utf-8")
    text = (
        OPENQCAT_FULL.read_text(encoding="utf-8")
        .replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE OPENQCAT [<!ENTITY x SYSTEM "file://{secret}">]>',
        )
        .replace("<TITLE>Videokonferenzen sicher leiten", "<TITLE>&x;")
    )
    path = tmp_path / "xxe.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OfferImportError, match="DOCTYPE"):
        import_offer_file(ws, path, actor=ACTOR, today=date.today())


def test_unknown_suffix_and_missing_file_are_refused(ws: Workspace, tmp_path: Path) -> None:
    other = tmp_path / "angebote.json"
    shutil.copy(OPENQCAT_FULL, other)
    with pytest.raises(OfferImportError, match="Unbekannte Dateiart"):
        import_offer_file(ws, other, actor=ACTOR, today=date.today())
    with pytest.raises(OfferImportError, match="kann nicht gelesen werden"):
        import_offer_file(ws, tmp_path / "fehlt.xml", actor=ACTOR, today=date.today())


def test_the_documentation_lists_every_template_column(repo_root: Path) -> None:
    from verbund_desktop.assessment.offer_sheet import COLUMNS

    doc = (repo_root / "docs" / "offers.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"| `{column.name}` | {'ja' if column.required else 'nein'} | {column.meaning_de} |" in doc


def _run_service(run_id: str, offer_id: str) -> str:
    return (
        f'<SERVICE mode="new"><PRODUCT_ID>{run_id}</PRODUCT_ID><SERVICE_DETAILS><TITLE>Termin</TITLE>'
        "<SERVICE_DATE><START_DATE>2027-12-01</START_DATE></SERVICE_DATE><SERVICE_MODULE>"
        f'<EDUCATION type="false"><COURSE_ID>{offer_id}</COURSE_ID></EDUCATION></SERVICE_MODULE></SERVICE_DETAILS>'
        "</SERVICE>"
    )


def test_a_run_of_an_unknown_offer_is_refused_in_full_and_update_catalogues(
    ws: Workspace, tmp_path: Path
) -> None:
    full = tmp_path / "voll.xml"
    full.write_text(
        OPENQCAT_FULL.read_text(encoding="utf-8").replace(
            "</NEW_CATALOG>", _run_service("X-1", "K-9999") + "</NEW_CATALOG>"
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        OfferImportError, match="verweist auf das Angebot „K-9999“, das die Datei nicht enthält"
    ):
        import_offer_file(ws, full, actor=ACTOR, today=date.today())
    update = tmp_path / "neu.xml"
    update.write_bytes(
        OPENQCAT_UPDATE.read_bytes().replace(
            b"</UPDATE_CATALOG>", _run_service("X-2", "K-9999").encode() + b"</UPDATE_CATALOG>"
        )
    )
    before = offer_state(ws)
    with pytest.raises(OfferImportError, match="weder in der Datei noch im Bestand") as caught:
        import_offer_file(ws, update, actor=ACTOR, today=date.today())
    assert str(caught.value).startswith("Die Datei „neu.xml“ wurde nicht eingelesen")
    assert offer_state(ws) == before  # the update's other changes were rolled back with it


def test_an_offer_must_be_its_own_course(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "falsch.xml"
    path.write_text(
        OPENQCAT_FULL.read_text(encoding="utf-8").replace(
            "<COURSE_ID>K-4713</COURSE_ID>", "<COURSE_ID>K-1</COURSE_ID>"
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        OfferImportError, match="SERVICE „K-4713“: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID"
    ):
        import_offer_file(ws, path, actor=ACTOR, today=date.today())


def test_a_plan_keeps_its_offer_when_the_catalogue_drops_it(ws: Workspace, tmp_path: Path) -> None:
    from verbund_desktop.persistence.models import PlanMeasure

    import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    offer_id = _imported(ws)["K-4713"].id
    with ws.unit_of_work() as uow:
        measure = uow.session.scalars(select(PlanMeasure)).first()
        assert measure is not None
        measure.offer_id = offer_id
        measure_id = measure.id
        uow.commit()
    smaller = tmp_path / "ohne-4713.xml"
    text = OPENQCAT_FULL.read_text(encoding="utf-8")
    start = text.index('    <SERVICE mode="new">\n      <PRODUCT_ID>K-4713</PRODUCT_ID>')
    smaller.write_text(
        text[:start] + text[text.index("</SERVICE>", start) + len("</SERVICE>\n") :], encoding="utf-8"
    )
    assert import_offer_file(ws, smaller, actor=ACTOR, today=date.today()).retired == 1
    with ws.unit_of_work() as uow:
        measure = uow.session.get(PlanMeasure, measure_id)
        assert measure is not None and measure.offer_id == offer_id
        assert measure.offer is not None and measure.offer.retired


def test_a_namespaced_export_with_a_schema_location_is_read_alike(ws: Workspace, tmp_path: Path) -> None:
    text = OPENQCAT_FULL.read_text(encoding="utf-8").replace(
        '<OPENQCAT version="1.1">',
        '<OPENQCAT xmlns="http://www.openqcat.org/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.openqcat.org/1.1 open-Qcat.V1.1.xsd" version="1.1">',
    )
    path = tmp_path / "mit-namensraum.xml"
    path.write_text(text, encoding="utf-8")
    assert import_offer_file(ws, path, actor=ACTOR, today=date.today()).created == 3


def test_excel_csv_in_windows_1252_with_commas(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    rows = [[cell.replace("–", "-") for cell in row] for row in sheet_rows()]
    lines = [",".join(f'"{cell}"' for cell in row) for row in rows]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    assert import_offer_file(ws, path, actor=ACTOR, today=date.today()).created == 3
    assert _imported(ws)["27-101"].title == "Passwörter und Konten sicher verwalten"


def test_one_provider_id_with_two_names_is_refused(ws: Workspace, tmp_path: Path) -> None:
    rows = sheet_rows()
    rows[3][1] = "VHS Musterhausen"
    path = tmp_path / "angebote.xlsx"
    path.write_bytes(xlsx_bytes([list(r) for r in rows]))
    with pytest.raises(
        OfferImportError, match="Zeile 4, Spalte „anbieter“: „VHS Musterhausen“ weicht vom Namen"
    ):
        import_offer_file(ws, path, actor=ACTOR, today=date.today())


def test_values_beyond_what_can_be_stored_are_refused(ws: Workspace, tmp_path: Path) -> None:
    text = OPENQCAT_FULL.read_text(encoding="utf-8")
    text = text.replace("<MAX_PARTICIPANTS>14<", f"<MAX_PARTICIPANTS>{10**30}<")
    text = text.replace('<DURATION type="hours">24<', '<DURATION type="hours">99999999999<')
    path = tmp_path / "riesig.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OfferImportError) as caught:
        import_offer_file(ws, path, actor=ACTOR, today=date.today())
    assert [p.split(": ", 1)[1] for p in caught.value.problems] == [
        "Mehr als 10000 Teilnehmende sind nicht vorgesehen.",
        "Die Stundenzahl muss größer als 0 und höchstens 10000 sein.",
    ]
