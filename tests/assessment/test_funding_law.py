"""§ 82 SGB III read against the statute: one table row per point of issue 8, its legal source in the id.

The expected figures are the statute's; the rule sets under test are the shipped data files. Each row gives
the start, the application date, the company data and what the estimate must show.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.support.funding_cases import funding_input as case
from verbund_desktop.assessment.funding import estimate_funding
from verbund_desktop.resources import resource_path

D = Decimal


SHARES = [
    # (id with legal source, changes, course share, wage share with Kann maximum, wage share without it)
    ("§ 82 Abs. 2 S. 2 Nr. 1: 50-499 staff, no agreement -> 50 %", {}, "0.5", "0.5", "0.5"),
    (
        "§ 82 Abs. 4 S. 1: 50-499 staff with agreement -> employer 45 %, BA 55 %",
        {"company_agreement": True},
        "0.55",
        "0.55",
        "0.5",
    ),
    (
        "§ 82 Abs. 4 S. 1: 610 staff in the group with agreement -> BA 30 % (demo Südwest Logistik AG)",
        {"company_agreement": True, "company_size": D(610)},
        "0.3",
        "0.3",
        "0.25",
    ),
    (
        "§ 82 Abs. 2 S. 2 Nr. 2: 500+ staff without agreement -> 25 %",
        {"company_size": D(500)},
        "0.25",
        "0.25",
        "0.25",
    ),
    (
        "§ 82 Abs. 2 S. 3 + Abs. 4: below 50 staff with agreement -> capped at 100 %",
        {"company_agreement": True, "company_size": D("49.75")},
        "1",
        "0.8",
        "0.75",
    ),
    (
        "§ 82 Abs. 6: 49.75 weighted staff are below 50 -> small-company band",
        {"company_size": D("49.75")},
        "1",
        "0.75",
        "0.75",
    ),
    ("§ 82 Abs. 6: 50 weighted staff -> 50-499 band", {"company_size": D(50)}, "0.5", "0.5", "0.5"),
    (
        "§ 82 Abs. 2 S. 4: age 45 below 500 staff, agreement -> course costs 100 %",
        {"company_agreement": True, "age": 45},
        "1",
        "0.55",
        "0.5",
    ),
]


@pytest.mark.parametrize(
    ("changes", "course", "wage", "wage_without"), [row[1:] for row in SHARES], ids=[row[0] for row in SHARES]
)
def test_shares_2024(changes: dict[str, Any], course: str, wage: str, wage_without: str) -> None:
    estimate = estimate_funding(case(**changes))
    assert estimate.eligible
    assert estimate.rule_set.key == "sgb3-82-2024"
    assert estimate.course_cost_share == D(course)
    assert estimate.wage_subsidy_share == D(wage)
    assert estimate.wage_subsidy_share_without_discretionary == D(wage_without)
    assert estimate.wage_subsidy_is_maximum is (D(wage) > D(wage_without))


def test_kann_leistung_is_shown_as_maximum_and_said_so() -> None:
    """§ 82 Abs. 4 S. 2: the wage subsidy *can* rise by 5 points; the estimate shows the maximum and says so."""
    estimate = estimate_funding(case(company_agreement=True))
    assert estimate.discretionary and "Kann-Leistung" in estimate.discretionary[0]
    (reason,) = [r for r in estimate.reasons if "Kann-Leistung gewährt" in r]
    assert "Höchstwert" in reason and "Ermessen" in reason
    # 55 % of 3,600 € × 2 = 3,960 €; without the Kann-Leistung 50 % = 3,600 €
    assert (estimate.wage_subsidy, estimate.wage_subsidy_without_discretionary) == (
        D("3960.00"),
        D("3600.00"),
    )
    data = estimate.to_json_dict()
    assert data["wage_subsidy_is_maximum"] is True
    assert data["wage_subsidy_without_discretionary"] == 3600.0


def test_wage_subsidy_2024_is_a_fixed_rate_on_wage_plus_flat_employer_share() -> None:
    """§ 82 Abs. 3 S. 2 ("in Höhe von") and S. 3 (pauschalierter Arbeitgeberanteil, rate as editable data)."""
    estimate = estimate_funding(case())
    rule = estimate.rule_set.wage_subsidy_base
    assert rule is not None and rule.status.value == "unverified"
    assert rule.source is not None and "§ 82 Abs. 3 Satz 3" in rule.source
    assert estimate.wage_subsidy_base == D("3000") * (1 + rule.employer_social_security_flat_rate)
    assert estimate.wage_subsidy == (D("0.5") * estimate.wage_subsidy_base * 2).quantize(D("0.01"))
    assert all(not band.up_to for band in estimate.rule_set.wage_subsidy_bands)
    assert any(
        "pauschaliertem Arbeitgeberanteil" in r and "[ungeprüfte Angabe]" in r for r in estimate.reasons
    )


def test_flat_employer_share_is_data_a_corrected_rule_set_changes_it(tmp_path: Path) -> None:
    document = json.loads(resource_path("funding", "sgb3-82-2024.json").read_text(encoding="utf-8"))
    document["wage_subsidy_base"]["employer_social_security_flat_rate"] = "0.25"
    path = tmp_path / "sgb3-82-2024.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    from verbund_desktop.assessment.funding import load_rule_set

    estimate = estimate_funding(case(), [load_rule_set(path)])
    assert estimate.wage_subsidy == D("3750.00")  # 50 % of 3,750 € × 2


WAITING = [
    # (id, start, application, end of the last funded participation, eligible)
    (
        "§ 82 Abs. 1 S. 1 Nr. 3: two years before the application, not the start",
        date(2024, 9, 1),
        date(2024, 3, 1),
        date(2022, 6, 1),
        False,  # 27 months before the start, but less than two years before the application
    ),
    (
        "§ 82 Abs. 1 S. 1 Nr. 3: just two years before the application",
        date(2024, 9, 1),
        date(2024, 3, 1),
        date(2022, 3, 1),
        True,
    ),
    (
        "§ 82 Abs. 1 S. 1 Nr. 3 a. F.: four years before the application",
        date(2023, 9, 1),
        date(2023, 3, 1),
        date(2019, 6, 1),
        False,
    ),
    (
        "§ 82 Abs. 1 S. 1 Nr. 3 a. F.: four years met",
        date(2023, 9, 1),
        date(2023, 3, 1),
        date(2019, 3, 1),
        True,
    ),
    (
        "§ 324 Abs. 1: default application the day before the start",
        date(2024, 6, 1),
        None,
        date(2022, 5, 31),
        True,
    ),
    (
        "§ 82 Abs. 1 S. 1 Nr. 3 + § 324: default application, ended a day less than two years before it",
        date(2024, 6, 1),
        None,
        date(2022, 6, 1),
        False,
    ),
    ("§ 82 Abs. 1 S. 1 Nr. 3: ended on the start day", date(2024, 6, 1), None, date(2024, 6, 1), False),
]


@pytest.mark.parametrize(
    ("start", "application", "last_end", "eligible"),
    [row[1:] for row in WAITING],
    ids=[row[0] for row in WAITING],
)
def test_waiting_period_counts_back_from_the_application(
    start: date, application: date | None, last_end: date, eligible: bool
) -> None:
    estimate = estimate_funding(case(start=start, application_date=application, last_funding=last_end))
    assert estimate.eligible is eligible
    assert estimate.application_date == (application or date.fromordinal(start.toordinal() - 1))
    assert estimate.last_funded_participation_end == last_end


@pytest.mark.parametrize("application", [date(2024, 6, 1), date(2024, 6, 2)], ids=["same day", "after start"])
def test_application_must_come_before_the_start(application: date) -> None:
    """§ 324 Abs. 1 S. 1: benefits only when applied for before the event (the start of the measure)."""
    estimate = estimate_funding(case(application_date=application))
    assert not estimate.eligible
    assert "§ 324 Abs. 1 SGB III" in estimate.reasons[0]


RULE_SETS_2020 = [
    # (id, start, hours, agreement, key, eligible, course share)
    (
        "Qualifizierungschancengesetz: 160 h until 28.05.2020",
        date(2020, 5, 28),
        "150",
        False,
        "sgb3-82-2019",
        False,
        "0",
    ),
    (
        "Arbeit-von-morgen-Gesetz: 120 h from 29.05.2020",
        date(2020, 5, 29),
        "150",
        False,
        "sgb3-82-2020",
        True,
        "0.5",
    ),
    (
        "§ 82 Abs. 3 a. F.: +5 pp only from 01.10.2020 (30.09.)",
        date(2020, 9, 30),
        "200",
        True,
        "sgb3-82-2020",
        True,
        "0.5",
    ),
    (
        "§ 82 Abs. 3 a. F.: +5 pp from 01.10.2020",
        date(2020, 10, 1),
        "200",
        True,
        "sgb3-82-2020",
        True,
        "0.55",
    ),
    (
        "§ 82 Abs. 3 a. F.: no +5 pp in January 2020",
        date(2020, 1, 15),
        "200",
        True,
        "sgb3-82-2019",
        True,
        "0.5",
    ),
]


@pytest.mark.parametrize(
    ("start", "hours", "agreement", "key", "eligible", "course"),
    [row[1:] for row in RULE_SETS_2020],
    ids=[row[0] for row in RULE_SETS_2020],
)
def test_2020_dates_chosen_by_start_date_422(
    start: date, hours: str, agreement: bool, key: str, eligible: bool, course: str
) -> None:
    """§ 422 SGB III: the version in force at the start of the measure applies."""
    estimate = estimate_funding(
        case(start=start, hours=D(hours), company_agreement=agreement, qualification_year=2000)
    )
    assert (estimate.rule_set.key, estimate.eligible, estimate.course_cost_share) == (
        key,
        eligible,
        D(course),
    )
    assert "§ 422 SGB III" in estimate.note


@pytest.mark.parametrize("name", ["sgb3-82-2019.json", "sgb3-82-2020.json", "sgb3-82-2024.json"])
def test_every_fact_carries_its_legal_source_and_a_tag(name: str) -> None:
    document = json.loads(resource_path("funding", name).read_text(encoding="utf-8"))
    facts: list[dict[str, Any]] = [
        document["validity"],
        *document["conditions"].values(),
        *document["course_cost_bands"],
        *document["wage_subsidy_bands"],
        *(rule for rule in document["special_rules"].values() if rule is not None),
        *document["bonuses"],
        *([document["wage_subsidy_base"]] if document.get("wage_subsidy_base") else []),
    ]
    for fact in facts:
        assert fact["status"] in {"verified", "secondary", "unverified"}
        assert fact.get("source"), f"{name}: a fact without legal source: {fact['note_de'][:60]}"
        assert fact["note_de"].strip()
        if fact["status"] != "verified":
            assert fact["note_de"].strip(), "an uncertain point needs a German note"


def test_qualifizierungsgeld_conditions_carry_sources() -> None:
    document = json.loads(
        resource_path("funding", "qualifizierungsgeld-2024.json").read_text(encoding="utf-8")
    )
    assert all(condition.get("source") for condition in document["conditions"])
