"""``funding estimate`` through a small argparse parser (the ``verbund`` entry point wires in the same register)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from verbund_desktop.cli.common import CliError
from verbund_desktop.cli.funding import register
from verbund_desktop.resources import resource_path

BASE = ["funding", "estimate", "--start", "2024-05-01", "--company-size", "40", "--age", "38"]
COURSE = ["--hours", "200", "--course-cost", "4000"]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="verbund")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result = args.func(args)
    assert isinstance(result, int)
    return result


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert run([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_json_keys_shares_and_amounts(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        [*BASE, *COURSE, "--monthly-wage", "3000", "--months", "2", "--qualification-year", "2015"], capsys
    )
    assert list(data) == [
        "eligible",
        "reasons",
        "rule_set",
        "course_cost_share",
        "course_cost_subsidy",
        "wage_subsidy_share",
        "wage_subsidy",
        "note",
        "application_date",
        "last_funded_participation_end",
        "company_size",
        "wage_subsidy_base_monthly",
        "employer_social_security_rate",
        "wage_subsidy_is_maximum",
        "wage_subsidy_share_without_discretionary",
        "wage_subsidy_without_discretionary",
        "discretionary",
    ]
    assert data["eligible"] is True
    assert data["rule_set"] == "sgb3-82-2024"
    assert data["course_cost_share"] == 1.0  # fewer than 50 employees
    assert data["course_cost_subsidy"] == 4000.0
    assert data["wage_subsidy_share"] == 0.75
    # § 82 Abs. 3 S. 3: 75 % × (3,000 € + 20 % flat employer share) × 2 months
    assert data["wage_subsidy"] == 5400.0
    assert data["wage_subsidy_base_monthly"] == 3600.0
    assert data["application_date"] == "2024-04-30"  # default: the day before the start
    assert "Schätzung" in data["note"]


def test_amounts_are_euros_rounded_to_cents(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["funding", "estimate", "--start", "2024-05-01", "--company-size", "120", "--age", "30"]
    data = run_json([*argv, "--hours", "121", "--course-cost", "1234,57"], capsys)
    assert data["course_cost_share"] == 0.5
    assert data["course_cost_subsidy"] == 617.29
    assert data["wage_subsidy"] is None


def test_no_azav_makes_it_ineligible(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json([*BASE, *COURSE, "--no-azav"], capsys)
    assert data["eligible"] is False
    assert data["course_cost_share"] == 0.0 and data["course_cost_subsidy"] == 0.0
    assert any("AZAV" in reason for reason in data["reasons"])


def test_human_readable_output_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*BASE, *COURSE, "--qualification-year", "2015"]) == 0
    out = capsys.readouterr().out
    assert "Förderschätzung nach § 82 SGB III" in out
    assert "Zuschuss zu den Lehrgangskosten: 100 % = 4.000,00 €" in out
    assert "gültig ab 01.04.2024" in out
    assert "Schätzung" in out


def test_no_qualification_with_a_qualifying_measure(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["funding", "estimate", "--start", "2024-05-01", "--company-size", "800", "--age", "30", *COURSE]
    data = run_json([*argv, "--no-qualification", "--leads-to-qualification"], capsys)
    assert (data["course_cost_share"], data["wage_subsidy_share"]) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--start", "2024-02-30"], "kein gültiges Datum"),
        (["--start", "01.05.2024"], "kein gültiges Datum"),
        (["--last-funding", "2023-13-01"], "kein gültiges Datum"),
        (["--company-size", "viele"], "keine Zahl der Beschäftigten"),
        (["--company-size", "49,6"], "Schritte von 0,25"),
        (["--application-date", "2024-02-30"], "kein gültiges Datum"),
        (["--course-cost", "1.234,50"], "keine Zahl"),
        (["--monthly-wage", "3000"], "zusammen angegeben"),
        (["--start", "2018-05-01"], "kein Regelwerk"),
        (["--age", "90"], "Alter 90"),
        (["--share-affected", "150"], "höchstens 100"),
        (["--leads-to-qualification"], "nur zusammen mit --no-qualification"),
    ],
)
def test_bad_input_raises_cli_error_in_german(extra: list[str], fragment: str) -> None:
    with pytest.raises(CliError) as info:
        run([*BASE, *COURSE, *extra])  # argparse keeps the last value of a repeated option
    assert fragment in info.value.message
    assert info.value.exit_code == 2


def test_office_rules_file_replaces_the_builtin_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(resource_path("funding", "sgb3-82-2024.json").read_text(encoding="utf-8"))
    document["key"] = "sgb3-82-2024-buero"
    document["course_cost_bands"][1]["share"] = "0.60"
    path = tmp_path / "buero.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    argv = ["funding", "estimate", "--start", "2024-05-01", "--company-size", "120", "--age", "30", *COURSE]
    data = run_json([*argv, "--rules", str(path)], capsys)
    assert data["rule_set"] == "sgb3-82-2024-buero"
    assert data["course_cost_share"] == 0.6


def test_broken_rules_file_is_a_cli_error(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(CliError, match=r"kaputt\.json"):
        run([*BASE, *COURSE, "--rules", str(path)])


@pytest.mark.parametrize("size", ["49,75", "49.75"])
def test_weighted_headcount_in_both_forms(size: str, capsys: pytest.CaptureFixture[str]) -> None:
    """§ 82 Abs. 6 SGB III: 49.75 weighted staff are fewer than 50."""
    argv = ["funding", "estimate", "--start", "2024-05-01", "--company-size", size, "--age", "30", *COURSE]
    data = run_json(argv, capsys)
    assert data["company_size"] == 49.75
    assert data["course_cost_share"] == 1.0


def test_application_date_and_last_funded_end(capsys: pytest.CaptureFixture[str]) -> None:
    """§ 82 Abs. 1 S. 1 Nr. 3: two years before the application; --last-funding stays an alias."""
    argv = [*BASE, *COURSE, "--application-date", "2024-03-01"]
    assert run_json([*argv, "--last-funded-end", "2022-03-02"], capsys)["eligible"] is False
    data = run_json([*argv, "--last-funding", "2022-03-01"], capsys)
    assert data["eligible"] is True
    assert (data["application_date"], data["last_funded_participation_end"]) == ("2024-03-01", "2022-03-01")


def test_agreement_shows_the_kann_maximum(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["funding", "estimate", "--start", "2024-05-01", "--company-size", "610", "--age", "30", *COURSE]
    argv += ["--company-agreement", "--monthly-wage", "3000", "--months", "1"]
    assert run(argv) == 0
    text = capsys.readouterr().out
    assert "Zuschuss zu den Lehrgangskosten: 30 % = 1.200,00 €" in text
    assert (
        "Arbeitsentgeltzuschuss: 30 % = 1.080,00 € (Höchstwert einschließlich Kann-Leistung; ohne sie 25 % = 900,00 €)"
        in text
    )
