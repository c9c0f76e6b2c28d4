"""`verbund plan print` and `verbund report company`, run through the installed entry point."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.cli_runner import verbund
from tests.report.test_report_common import pdf_text
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import Employee
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.protection.consent import has_consent
from verbund_desktop.services.workspace.workspace_service import open_existing


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-plans") / "demo.db"
    result = verbund("demo", "--db", str(path), "--unverschluesselt")
    assert result.returncode == 0, result.stderr
    return path


def ids(demo_db: Path, what: str) -> dict[str, str]:
    """Name or pseudonym code → ID, as `verbund list` prints them."""
    result = verbund("list", what, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    return {row[1]: row[0] for row in rows}


def test_print_one_employee(demo_db: Path, tmp_path: Path) -> None:
    person = ids(demo_db, "beschaeftigte")["BM-02"]
    result = verbund("plan", "print", "--db", str(demo_db), "--employee", person, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [p.name for p in written] == ["Entwicklungsplan BM-02 Änne Schröder (Version 1).pdf"]
    assert "Änne Schröder" in pdf_text(written[0].read_bytes())
    assert "1 Entwicklungsplan geschrieben" in result.stderr


def test_print_a_company_and_all(demo_db: Path, tmp_path: Path) -> None:
    company = ids(demo_db, "betriebe")["Südwest Logistik AG"]
    result = verbund(
        "plan", "print", "--db", str(demo_db), "--company", company, "--out", str(tmp_path / "sl")
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "sl").glob("Entwicklungsplan SL-0*.pdf"))) == 5
    result = verbund(
        "plan", "print", "--db", str(demo_db), "--all", "--out", str(tmp_path / "alle"), "--pseudonymisiert"
    )
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "alle").iterdir())
    assert len(files) == 14 and "Entwicklungsplan BM-01 (Version 1).pdf" in files
    assert "Jürgen" not in pdf_text(
        (tmp_path / "alle" / "Entwicklungsplan BM-01 (Version 1).pdf").read_bytes()
    )


def test_company_report(demo_db: Path, tmp_path: Path) -> None:
    company = ids(demo_db, "betriebe")["Metallbau Schäfer & Söhne KG"]
    out = tmp_path / "bericht.pdf"
    result = verbund("report", "company", "--db", str(demo_db), "--company", company, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    text = pdf_text(out.read_bytes())
    assert "Metallbau Schäfer & Söhne KG" in text and "Günter Straßburger" in text
    hidden = tmp_path / "pseudonym.pdf"
    result = verbund(
        "report",
        "company",
        "--db",
        str(demo_db),
        "--company",
        company,
        "--out",
        str(hidden),
        "--pseudonymisiert",
    )
    assert result.returncode == 0, result.stderr
    assert "Straßburger" not in pdf_text(hidden.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "print", "--employee", "kein-id", "--out", "x"), "keine gültige ID einer Person"),
        (("plan", "print", "--out", "x"), "Bitte angeben, was gedruckt wird"),
        (("plan", "print", "--all"), "Diese Angaben fehlen: --out"),
        (("plan", "print", "--all", "--company", "x", "--out", "x"), "nicht zusammen erlaubt"),
        (
            ("report", "company", "--company", "00000000-0000-0000-0000-000000000000", "--out", "b.pdf"),
            "Betrieb",
        ),
    ],
)
def test_user_errors_are_german_with_exit_2(
    demo_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = verbund(*args, "--db", str(demo_db), cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_the_printed_report_pools_only_people_who_consented(demo_db: Path, tmp_path: Path) -> None:
    """The CLI prints the pooled lines of the same view the consent tests check; MS-02 refused pooling."""
    company = ids(demo_db, "betriebe")["Südwest Logistik AG"]
    out = tmp_path / "bericht.pdf"
    result = verbund("report", "company", "--db", str(demo_db), "--company", company, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out.read_bytes()).split())
    ws = open_existing(demo_db, None)
    try:
        lines = company_report_view(ws, uuid.UUID(company)).pooling_needs
        with ws.unit_of_work() as uow:
            refused = uow.session.scalar(select(Employee.id).where(Employee.pseudonym_code == "MS-02"))
            assert refused is not None
            assert not has_consent(uow.session, refused, ConsentPurpose.NETWORK_POOLING)
    finally:
        ws.close()
    assert lines and all(" ".join(line.split()) in text for line in lines)
