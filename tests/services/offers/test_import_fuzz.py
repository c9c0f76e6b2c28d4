"""Hypothesis feeds the importers arbitrary bytes and mutated valid files: no crash, and a refusal changes nothing.

Every outcome is either a stored catalogue or an ``OfferImportError`` (a German list of problems); any other
exception is a failure. After a refusal, offers, competence links and the audit trail are exactly as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlalchemy import select

from tests.services.offers.test_esco import ESCO_SAMPLE, sample_uri
from tests.support.offers import (
    OFFICIAL_FULL,
    OFFICIAL_UPDATE,
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
from verbund_desktop.services.offers.catalogue_import import import_offer_file, read_catalogue_file
from verbund_desktop.services.offers.esco_catalogue import import_esco_branch

FUZZ = settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
VALID = {
    ".xml": [
        OPENQCAT_FULL.read_bytes(),
        OPENQCAT_UPDATE.read_bytes(),
        OFFICIAL_FULL.read_bytes(),
        OFFICIAL_UPDATE.read_bytes(),
    ],
    ".csv": [SHEET_CSV.read_bytes()],
    ".xlsx": [xlsx_bytes([list(r) for r in sheet_rows()])],
}


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    """A valid file with a few bytes deleted, replaced, inserted or duplicated, or cut off."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        kind = draw(st.sampled_from(["delete", "replace", "insert", "duplicate", "truncate"]))
        size = draw(st.integers(1, 40))
        if kind == "delete":
            del data[at : at + size]
        elif kind == "replace":
            data[at : at + size] = draw(st.binary(min_size=size, max_size=size))
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from([b"<", b">", b"&", b";", b'"', b"\n", b"\xa4", b"\xff\xfe", b"<X/>"])
            )
        elif kind == "duplicate":
            data[at:at] = data[at : at + size]
        else:
            del data[at:]
    return bytes(data)


def _import_refuses_cleanly_or_stores(ws: Workspace, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = offer_state(ws)
    try:
        import_offer_file(ws, path, actor="Fuzz", today=date.today())
    except OfferImportError as err:
        assert err.problems and str(err).startswith(f"Die Datei „{path.name}“ wurde nicht eingelesen")
        assert offer_state(ws) == before
        return
    catalogue = read_catalogue_file(path)  # accepted: then every offer of the file is stored, none half
    with ws.unit_of_work() as uow:
        stored = {
            (o.provider_id, o.course_id): o.retired
            for o in uow.session.scalars(select(TrainingOffer).where(TrainingOffer.provider_id != ""))
        }
    for offer in catalogue.offers:
        assert stored[(offer.provider_id, offer.course_id)] is False


@FUZZ
@given(suffix=st.sampled_from(sorted(VALID)), data=st.binary(max_size=2000))
def test_arbitrary_bytes(ws: Workspace, tmp_path: Path, suffix: str, data: bytes) -> None:
    _import_refuses_cleanly_or_stores(ws, tmp_path / f"zufall{suffix}", data)


@FUZZ
@given(data=mutated(VALID[".xml"]))
def test_mutated_openqcat(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    _import_refuses_cleanly_or_stores(ws, tmp_path / "katalog.xml", data)


@FUZZ
@given(data=mutated(VALID[".csv"]))
def test_mutated_csv(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    _import_refuses_cleanly_or_stores(ws, tmp_path / "angebote.csv", data)


@FUZZ
@given(data=mutated(VALID[".xlsx"]))
def test_mutated_xlsx(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    _import_refuses_cleanly_or_stores(ws, tmp_path / "angebote.xlsx", data)


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), mutated([ESCO_SAMPLE.read_bytes()])))
def test_esco_bytes(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "skills.csv"
    path.write_bytes(data)
    before = offer_state(ws)
    try:
        import_esco_branch(ws, path, sample_uri("S8"), version="1.2.0", actor="Fuzz")
    except OfferImportError as err:
        assert err.problems
        assert offer_state(ws) == before


CELLS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),  # what a sheet can hold
    st.sampled_from(
        ["", "0", "-1", "1e9", "NaN", "Infinity", "²", "٣", "1.234,5", "31.02.2027", "2027-13-01", "ja"]
    ),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
)


@FUZZ
@given(values=st.lists(CELLS, min_size=17, max_size=17))
def test_arbitrary_cell_values_in_the_template(ws: Workspace, tmp_path: Path, values: list[object]) -> None:
    """Every column of a row gets an arbitrary value (text, numbers, dates, special floats) in an XLSX file."""
    header = sheet_rows()[0]
    _import_refuses_cleanly_or_stores(ws, tmp_path / "zellen.xlsx", xlsx_bytes([list(header), values]))


XML_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e309",
            "NaN",
            "abc",
            "99999999999",
            "2027-13-40",
            "2027-02-29T00:00:00+01:00",
            "true",
            "false",
            "K-100",
            "K-999",
            "EUR",
            "CHF",
            "\u00e4\u20ac",
            "  \n ",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
)


@st.composite
def tree_mutated(draw: st.DrawFn) -> bytes:
    """An official-structure file whose elements are removed, duplicated, moved, or given other text or a
    different ``type``: mutations that keep the XML well-formed and so reach the structural checks and the reader."""
    original = draw(st.sampled_from([OFFICIAL_FULL, OFFICIAL_UPDATE]))
    root = etree.fromstring(original.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        element = draw(st.sampled_from(elements))
        kind = draw(st.sampled_from(["remove", "duplicate", "text", "type", "move"]))
        parent = element.getparent()
        if kind == "remove" and parent is not None:
            parent.remove(element)
        elif kind == "duplicate" and parent is not None:
            parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
        elif kind == "text" and len(element) == 0:
            element.text = draw(XML_VALUES)
        elif kind == "type":
            element.set("type", draw(XML_VALUES))
        elif kind == "move" and parent is not None:
            target = draw(st.sampled_from(elements))
            if element not in target.iterancestors() and target is not element:
                target.append(element)
    encoding = "ISO-8859-15" if original == OFFICIAL_FULL else "UTF-8"
    return bytes(etree.tostring(root, xml_declaration=True, encoding=encoding))


@FUZZ
@given(data=tree_mutated())
def test_structurally_mutated_official_openqcat(ws: Workspace, tmp_path: Path, data: bytes) -> None:
    _import_refuses_cleanly_or_stores(ws, tmp_path / "offiziell.xml", data)
