"""Names are stored in NFC, without control, bidi-override or zero-width characters (one function, at the services)."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.assessment.clean_names import clean_name, safe_file_name
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.organisation import departments as dp
from verbund_desktop.services.organisation.company_validation import (
    CompanyInput,
    EmployeeInput,
    ValidationError,
)
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new, open_existing

ACTOR = "Beraterin"
INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROL = "".join(chr(c) for c in range(0x20) if not chr(c).isspace()) + "\x7f"
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


def allowed(ch: str) -> bool:
    return unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}


@given(st.text())
def test_clean_name_leaves_no_invisible_character_and_is_stable(text: str) -> None:
    cleaned = clean_name(text)
    assert all(allowed(ch) or ch == " " for ch in cleaned)
    assert not any(ch in INVISIBLE or ch in CONTROL for ch in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert clean_name(cleaned) == cleaned


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"))))
def test_clean_name_keeps_every_visible_character(text: str) -> None:
    assert clean_name(text) == unicodedata.normalize("NFC", text)


@given(st.text(), st.sampled_from(sorted(INVISIBLE + CONTROL)))
def test_an_invisible_character_anywhere_makes_no_different_name(text: str, invisible: str) -> None:
    base = clean_name(text)
    for cut in {0, len(base) // 2, len(base)}:
        assert clean_name(base[:cut] + invisible + base[cut:]) == clean_name(base[:cut] + base[cut:])


@given(st.text())
def test_file_names_built_from_any_name_are_valid_on_windows(text: str) -> None:
    name = safe_file_name(text + ".pdf")
    assert name and len(name) <= 120
    assert not WINDOWS_FORBIDDEN & set(name)
    assert all(allowed(ch) or ch == " " for ch in name)
    assert not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_decomposed_umlauts_and_spoofing_characters_in_a_name() -> None:
    assert clean_name("Mu\u0308ller") == "Müller"
    assert clean_name(" Jürgen\u200b \t Weiß\u202e ") == "Jürgen Weiß"
    assert clean_name("Rechnung\u202efdp.exe") == "Rechnungfdp.exe"


@pytest.fixture
def ws(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Workspace]:
    template = tmp_path_factory.getbasetemp() / "names-template.db"
    if not template.exists():
        create_new(template, None, network_name="Verbund\u200b Test", advisor_name=ACTOR).close()
    shutil.copy(template, tmp_path / "ws.db")
    workspace = open_existing(tmp_path / "ws.db", None)
    yield workspace
    workspace.close()


def test_services_store_names_cleaned(ws: Workspace) -> None:
    cid = co.create_company(
        ws, CompanyInput("Ba\u0308ckerei\u202e Mo\u0308ller\u200d GmbH", "8"), actor=ACTOR
    )
    eid = co.create_employee(
        ws,
        cid,
        EmployeeInput("Ju\u0308rgen\u2066", "\ufeffWeiß", "BM-01"),
        actor=ACTOR,
        today=date(2026, 1, 5),
    )
    dp.create_department(ws, cid, "Backstube\u200b\x07", actor=ACTOR)
    directory = Directory(ws)
    assert [c.name for c in directory.companies()] == ["Bäckerei Möller GmbH"]
    (person,) = [e for e in directory.employees() if e.id == eid]
    assert (person.first_name, person.last_name) == ("Jürgen", "Weiß")
    assert [d.name for d in dp.departments(ws, cid)] == ["Backstube"]
    network = directory.network()
    assert network is not None and network.name == "Verbund Test"


def test_a_name_of_only_invisible_characters_is_refused(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        co.create_company(ws, CompanyInput("\u200b\u202e\u2060", "8"), actor=ACTOR)
    assert caught.value.problems == {"name": "Bitte den Namen des Betriebs angeben."}
    assert Directory(ws).companies() == []
