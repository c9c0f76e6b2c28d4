"""Loading and checking the dated § 82 SGB III rule sets (resources/funding)."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verbund_desktop.assessment.funding_rules import (
    FactStatus,
    FundingRuleError,
    builtin_rule_sets,
    load_rule_set,
    load_rule_sets,
    rule_set_for,
)
from verbund_desktop.resources import resource_path

ENGLISH_SCHEMA_PHRASES = (
    "is a required property",
    "is not of type",
    "does not match",
    "Additional properties",
)


def builtin_document(key: str) -> dict[str, Any]:
    document = json.loads(resource_path("funding", f"{key}.json").read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def write(tmp_path: Path, name: str, document: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def assert_german_rejection(error: FundingRuleError, *fragments: str) -> None:
    message = str(error)
    for fragment in fragments:
        assert fragment in message
    for phrase in ENGLISH_SCHEMA_PHRASES:
        assert phrase not in message


def test_builtin_rule_sets_are_the_three_laws_in_order() -> None:
    rule_sets = builtin_rule_sets()
    assert [rs.key for rs in rule_sets] == ["sgb3-82-2019", "sgb3-82-2020", "sgb3-82-2024"]
    assert [(rs.valid_from, rs.valid_to) for rs in rule_sets] == [
        # Arbeit-von-morgen-Gesetz: 120 instead of 160 hours only from 29.05.2020
        (date(2019, 1, 1), date(2020, 5, 28)),
        (date(2020, 5, 29), date(2024, 3, 31)),
        (date(2024, 4, 1), None),
    ]
    assert "BGBl. 2023 I Nr. 191" in rule_sets[2].source
    assert rule_sets[2].validity_status is FactStatus.VERIFIED


def test_every_fact_carries_a_status_and_a_german_note() -> None:
    for rule_set in builtin_rule_sets():
        facts = [
            *vars(rule_set.conditions).values(),
            *rule_set.course_cost_bands,
            *rule_set.wage_subsidy_bands,
            *rule_set.bonuses,
        ]
        for fact in facts:
            assert isinstance(fact.status, FactStatus)
            assert fact.note_de.strip()
        if rule_set.validity_status is not FactStatus.VERIFIED:
            assert rule_set.validity_note_de.strip()


def test_2020_bonuses_start_in_october_and_the_2024_agreement_bonus_is_in_force() -> None:
    _, set_2020, set_2024 = builtin_rule_sets()
    assert {(b.kind.value, b.points, b.valid_from) for b in set_2020.bonuses} == {
        ("training_agreement", Decimal("0.05"), date(2020, 10, 1)),
        ("structural_change", Decimal("0.10"), date(2020, 10, 1)),
    }
    # § 82 Abs. 4 (2024): course costs −5 pp employer share (mandatory), wage subsidy +5 pp (Kann-Leistung)
    course, wage = set_2024.bonuses
    assert (course.kind.value, course.applies_to, course.applied, course.discretionary) == (
        "training_agreement",
        ("course_cost",),
        True,
        False,
    )
    assert (wage.applies_to, wage.applied, wage.discretionary) == (("wage_subsidy",), True, True)
    assert course.status is wage.status is FactStatus.VERIFIED
    assert course.source == "§ 82 Abs. 4 Satz 1 SGB III"


@pytest.mark.parametrize(
    ("start", "key"),
    [
        (date(2019, 1, 1), "sgb3-82-2019"),
        (date(2019, 12, 31), "sgb3-82-2019"),
        (date(2020, 5, 28), "sgb3-82-2019"),
        (date(2020, 5, 29), "sgb3-82-2020"),
        (date(2024, 3, 31), "sgb3-82-2020"),
        (date(2024, 4, 1), "sgb3-82-2024"),
        (date(2031, 7, 15), "sgb3-82-2024"),
    ],
)
def test_rule_set_for_picks_the_set_valid_at_the_start(start: date, key: str) -> None:
    assert rule_set_for(start, builtin_rule_sets()).key == key


def test_no_rule_set_before_2019_gives_a_german_error() -> None:
    with pytest.raises(FundingRuleError, match="liegt kein Regelwerk vor") as info:
        rule_set_for(date(2018, 12, 31), builtin_rule_sets())
    assert "31.12.2018" in str(info.value)


def test_bad_json_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.json"
    path.write_text('{"key": "x",', encoding="utf-8")
    with pytest.raises(FundingRuleError) as info:
        load_rule_set(path)
    assert_german_rejection(info.value, "kaputt.json", "kein gültiges JSON")


def test_non_utf8_and_missing_files_are_rejected(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"title": "Förderung"}'.encode("latin-1"))
    with pytest.raises(FundingRuleError, match="kann nicht gelesen werden"):
        load_rule_set(latin)
    with pytest.raises(FundingRuleError, match="nicht gefunden"):
        load_rule_set(tmp_path / "fehlt.json")


def test_nan_is_not_accepted_as_json(tmp_path: Path) -> None:
    text = json.dumps(builtin_document("sgb3-82-2024")).replace(
        '"format_version": 1', '"format_version": NaN'
    )
    path = tmp_path / "nan.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FundingRuleError, match="kein gültiges JSON"):
        load_rule_set(path)


def _drop_valid_to(doc: dict[str, Any]) -> None:
    del doc["valid_to"]


def _overlapping_bands(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][1]["from_employees"] = 40


def _gap_in_bands(doc: dict[str, Any]) -> None:
    doc["wage_subsidy_bands"][1]["from_employees"] = 60


def _share_above_one(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][0]["share"] = "1.5"


def _special_share_above_one(doc: dict[str, Any]) -> None:
    doc["special_rules"]["no_vocational_qualification"]["wage_subsidy_share"] = "1.01"


def _valid_to_before_valid_from(doc: dict[str, Any]) -> None:
    doc["valid_to"] = "2024-03-01"


def _impossible_date(doc: dict[str, Any]) -> None:
    doc["valid_from"] = "2024-02-30"


def _closed_last_band(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][-1]["below_employees"] = 100000


def _open_middle_band(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][1]["below_employees"] = None


def _bonus_before_validity(doc: dict[str, Any]) -> None:
    doc["bonuses"][0]["valid_from"] = "2020-10-01"


def _unknown_field(doc: dict[str, Any]) -> None:
    doc["bands"] = []


def _wrong_type(doc: dict[str, Any]) -> None:
    doc["conditions"]["min_hours_exclusive"]["value"] = "120"


@pytest.mark.parametrize(
    ("mutate", "fragments"),
    [
        (_drop_valid_to, ("Pflichtfeld", "valid_to")),
        (_overlapping_bands, ("Lehrgangskosten, Band 2", "überschneidet sich")),
        (_gap_in_bands, ("Arbeitsentgeltzuschuss, Band 2", "Lücke")),
        (_share_above_one, ("1.5", "nicht zwischen 0 und 1")),
        (_special_share_above_one, ("ohne Berufsabschluss", "nicht zwischen 0 und 1")),
        (_valid_to_before_valid_from, ("01.03.2024", "vor ihrem Beginn")),
        (_impossible_date, ("2024-02-30", "kein gültiges Kalenderdatum")),
        (_closed_last_band, ("letzte Band muss nach oben offen sein",)),
        (_open_middle_band, ("Nur das letzte Band darf nach oben offen sein",)),
        (_bonus_before_validity, ("01.10.2020", "außerhalb der Gültigkeit")),
        (_unknown_field, ("unbekannte Feld", "bands")),
        (_wrong_type, ("min_hours_exclusive", "ganze Zahl")),
    ],
)
def test_malformed_rule_set_is_rejected_whole_with_a_german_message(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], fragments: tuple[str, ...]
) -> None:
    document = builtin_document("sgb3-82-2024")
    mutate(document)
    path = write(tmp_path, "korrigiert.json", document)
    with pytest.raises(FundingRuleError) as info:
        load_rule_set(path)
    assert_german_rejection(info.value, "korrigiert.json", *fragments)


def test_the_unmodified_document_loads(tmp_path: Path) -> None:
    """Guards the mutation tests above: only the mutation makes those files fail."""
    rule_set = load_rule_set(write(tmp_path, "korrigiert.json", builtin_document("sgb3-82-2024")))
    assert rule_set.key == "sgb3-82-2024"


def test_overlapping_validity_between_two_sets_is_rejected(tmp_path: Path) -> None:
    later = builtin_document("sgb3-82-2024")
    earlier = builtin_document("sgb3-82-2020")
    earlier["valid_to"] = "2024-04-30"
    paths = [write(tmp_path, "a.json", earlier), write(tmp_path, "b.json", later)]
    with pytest.raises(FundingRuleError) as info:
        load_rule_sets(paths)
    assert_german_rejection(info.value, "sgb3-82-2020", "sgb3-82-2024", "überschneidet sich")


def test_an_open_ended_set_before_another_overlaps(tmp_path: Path) -> None:
    earlier = builtin_document("sgb3-82-2020")
    earlier["valid_to"] = None
    paths = [write(tmp_path, "a.json", earlier), write(tmp_path, "b.json", builtin_document("sgb3-82-2024"))]
    with pytest.raises(FundingRuleError, match="überschneidet sich"):
        load_rule_sets(paths)


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    first = builtin_document("sgb3-82-2019")
    second = builtin_document("sgb3-82-2024")
    second["key"] = first["key"]
    with pytest.raises(FundingRuleError, match="mehreren Regelwerken"):
        load_rule_sets([write(tmp_path, "a.json", first), write(tmp_path, "b.json", second)])


def test_one_bad_file_rejects_the_whole_collection(tmp_path: Path) -> None:
    good = write(tmp_path, "gut.json", builtin_document("sgb3-82-2019"))
    bad_document = builtin_document("sgb3-82-2024")
    bad_document["wage_subsidy_bands"][0]["share"] = "2"
    bad = write(tmp_path, "schlecht.json", bad_document)
    with pytest.raises(FundingRuleError, match=r"schlecht\.json"):
        load_rule_sets([good, bad])
    with pytest.raises(FundingRuleError, match="keine Regelwerk-Datei"):
        load_rule_sets([])


def test_an_office_corrected_rule_set_replaces_a_builtin_one(tmp_path: Path) -> None:
    corrected = builtin_document("sgb3-82-2024")
    corrected["key"] = "sgb3-82-2024-korrigiert"
    corrected["bonuses"][0]["applied"] = True
    paths = [
        resource_path("funding", "sgb3-82-2019.json"),
        resource_path("funding", "sgb3-82-2020.json"),
        write(tmp_path, "korrigiert.json", corrected),
    ]
    rule_sets = load_rule_sets(paths)
    current = rule_set_for(date(2025, 1, 1), rule_sets)
    assert current.key == "sgb3-82-2024-korrigiert"
    assert current.bonuses[0].applied is True


# --- robustness: arbitrary documents only ever load or raise FundingRuleError --------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["2024-04-01", "2024-02-30", "0.5", "1.5", "verified", "training_agreement"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=16,
)


def _load_text(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "regelwerk.json"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        try:
            load_rule_set(path)
        except FundingRuleError as error:
            assert str(error).strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_arbitrary_json_documents_load_or_raise_only_funding_rule_error(document: object) -> None:
    _load_text(json.dumps(document))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_arbitrary_file_contents_load_or_raise_only_funding_rule_error(content: str | bytes) -> None:
    _load_text(content)


def _paths(node: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


VALID_DOCUMENTS = [builtin_document(key) for key in ("sgb3-82-2019", "sgb3-82-2020", "sgb3-82-2024")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_valid_documents_with_one_part_replaced_load_or_raise_only_funding_rule_error(
    data: st.DataObject,
) -> None:
    document = copy.deepcopy(data.draw(st.sampled_from(VALID_DOCUMENTS)))
    path = data.draw(st.sampled_from(_paths(document)))
    parent: Any = document
    for part in path[:-1]:
        parent = parent[part]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    _load_text(json.dumps(document))
