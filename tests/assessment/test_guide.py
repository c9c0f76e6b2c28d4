"""The company needs-analysis guide, relevance rules, answer validation and progress."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.assessment.guide import (
    ChoiceOption,
    GuideQuestion,
    InterviewGuideDefinition,
    QuestionType,
    RelevanceCondition,
    builtin_guides,
    is_answered,
    is_relevant,
    load_guide,
    open_required,
    section_progress,
    validate_answer,
)


def guide_document() -> dict[str, Any]:
    """A small valid guide: a yes/no trigger, a chained follow-up, and one question of every other type."""
    return {
        "key": "test-leitfaden",
        "name": "Testleitfaden",
        "version": "1.0",
        "source": "Test",
        "licence": "CC BY 4.0",
        "sections": [
            {
                "key": "eins",
                "title_de": "Eins",
                "description_de": "",
                "questions": [
                    {"key": "hat_plan", "text_de": "Plan?", "type": "yes_no", "required": True},
                    {
                        "key": "plan_form",
                        "text_de": "Form?",
                        "type": "single_choice",
                        "required": True,
                        "options": [
                            {"value": "schriftlich", "label_de": "schriftlich"},
                            {"value": "muendlich", "label_de": "mündlich"},
                        ],
                        "relevance": {"question_key": "hat_plan", "operator": "equals", "value": True},
                    },
                    {
                        "key": "plan_turnus",
                        "text_de": "Turnus?",
                        "type": "text",
                        "required": True,
                        "relevance": {
                            "question_key": "plan_form",
                            "operator": "equals",
                            "value": "schriftlich",
                        },
                    },
                ],
            },
            {
                "key": "zwei",
                "title_de": "Zwei",
                "questions": [
                    {
                        "key": "themen",
                        "text_de": "Themen?",
                        "type": "multiple_choice",
                        "options": [{"value": "a", "label_de": "A"}, {"value": "b", "label_de": "B"}],
                    },
                    {"key": "note", "text_de": "Note?", "type": "scale", "scale_min": 1, "scale_max": 5},
                    {"key": "anzahl", "text_de": "Anzahl?", "type": "number", "required": True},
                ],
            },
        ],
    }


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def guide() -> InterviewGuideDefinition:
    return next(g for g in builtin_guides() if g.key == "bedarfsanalyse-kmu")


@pytest.fixture
def small_guide(tmp_path: Path) -> InterviewGuideDefinition:
    return load_guide(write_json(tmp_path / "leitfaden.json", guide_document()))


def test_builtin_guide_size_types_and_conditions(guide: InterviewGuideDefinition) -> None:
    questions = list(guide.questions())
    assert len(questions) >= 36
    assert set(Counter(q.type for q in questions)) == set(QuestionType)
    assert sum(1 for q in questions if q.relevance is not None) >= 5
    keys = [q.key for q in questions]
    assert len(keys) == len(set(keys))
    assert sum(1 for q in questions if q.help_de.strip()) >= len(questions) // 2
    assert guide.source.startswith("Eigene Fassung nach Dobischat et al.")
    assert guide.version == "1.0"


def test_builtin_guide_covers_the_required_sections(guide: InterviewGuideDefinition) -> None:
    titles = [section.title_de for section in guide.sections]
    for prefix in ("A1", "A2", "A3", "A4", "A5", "B ", "Digitaler Wandel", "Demografie", "Förderrelevante"):
        assert any(title.startswith(prefix) for title in titles), prefix
    for key in ("beschaeftigte_gesamt", "betriebsrat", "vereinbarung_weiterbildung", "foerderung_82_geplant"):
        assert guide.question(key).required


def test_relevance_only_refers_to_earlier_questions(guide: InterviewGuideDefinition) -> None:
    seen: set[str] = set()
    for question in guide.questions():
        if question.relevance is not None:
            assert question.relevance.question_key in seen
            assert question.relevance.referenced is guide.question(question.relevance.question_key)
        seen.add(question.key)


def test_named_follow_up_questions(guide: InterviewGuideDefinition) -> None:
    name = guide.question("wb_beauftragte_name")
    assert name.text_de == "Name der/des Weiterbildungsbeauftragten"
    assert not is_relevant(name, {})
    assert not is_relevant(name, {"wb_beauftragte_vorhanden": False})
    assert is_relevant(name, {"wb_beauftragte_vorhanden": True})
    succession = guide.question("nachfolge_geplant")
    assert succession.text_de == "Welche Nachfolge ist geplant?"
    assert is_relevant(succession, {"nachfolgerisiko": True})
    assert not is_relevant(succession, {"nachfolgerisiko": False})
    share = guide.question("anteil_strukturwandel")
    assert (share.unit_de, share.number_max) == ("%", 100)
    assert is_relevant(share, {"strukturwandel": True})
    assert not is_relevant(share, {"strukturwandel": False})


def test_operators_on_builtin_guide(guide: InterviewGuideDefinition) -> None:
    software = guide.question("software_einfuehrung")  # contains
    assert is_relevant(software, {"veraenderungen": ["wachstum", "neue_technik"]})
    assert not is_relevant(software, {"veraenderungen": ["wachstum"]})
    knowledge = guide.question("wissenssicherung")  # gte 1
    assert is_relevant(knowledge, {"ausscheiden_5_jahre": 3})
    assert not is_relevant(knowledge, {"ausscheiden_5_jahre": 0})
    persons = guide.question("foerderung_82_beschaeftigte")  # in
    assert is_relevant(persons, {"foerderung_82_geplant": "pruefen"})
    assert not is_relevant(persons, {"foerderung_82_geplant": "nein"})
    earlier = guide.question("foerderung_82_bisher")  # not_equals
    assert is_relevant(earlier, {"foerderung_82_geplant": "ja"})
    assert not is_relevant(earlier, {"foerderung_82_geplant": "nein"})
    assert not is_relevant(earlier, {})
    describe = guide.question("veraenderungen_beschreibung")  # answered
    assert is_relevant(describe, {"veraenderungen": ["reorganisation"]})
    assert not is_relevant(describe, {"veraenderungen": []})


def test_relevance_chains(small_guide: InterviewGuideDefinition) -> None:
    turnus = small_guide.question("plan_turnus")
    assert is_relevant(turnus, {"hat_plan": True, "plan_form": "schriftlich"})
    # The form answer is left over from before "hat_plan" was changed to no: the chain switches turnus off too.
    assert not is_relevant(turnus, {"hat_plan": False, "plan_form": "schriftlich"})
    assert not is_relevant(turnus, {"plan_form": "schriftlich"})
    assert not is_relevant(turnus, {"hat_plan": True, "plan_form": "muendlich"})


def test_hand_built_conditions_without_reference() -> None:
    def follow_up(operator: str, value: Any) -> GuideQuestion:
        condition = RelevanceCondition("vorher", operator, value)
        return GuideQuestion("q", "Frage", QuestionType.TEXT, False, "", relevance=condition)

    assert is_relevant(follow_up("equals", True), {"vorher": True})
    assert not is_relevant(follow_up("equals", True), {"vorher": 1})  # a yes/no never equals a number
    assert not is_relevant(follow_up("equals", 1), {"vorher": True})
    assert is_relevant(follow_up("lte", 10), {"vorher": 10})
    assert not is_relevant(follow_up("lte", 10), {"vorher": 11})
    assert not is_relevant(follow_up("gte", 1), {"vorher": "5"})
    assert is_relevant(follow_up("in", ["a", "b"]), {"vorher": "b"})
    assert not is_relevant(follow_up("in", "ab"), {"vorher": "a"})
    assert not is_relevant(follow_up("unbekannt", None), {"vorher": "a"})
    assert is_relevant(follow_up("answered", None), {"vorher": 0})
    assert not is_relevant(follow_up("answered", None), {"vorher": "   "})


@pytest.mark.parametrize(
    ("value", "answered"),
    [
        (None, False),
        ("", False),
        ("  ", False),
        ([], False),
        ("x", True),
        (0, True),
        (False, True),
        (["a"], True),
    ],
)
def test_is_answered(value: Any, answered: bool) -> None:
    assert is_answered(value) is answered


def test_validate_answer_for_each_type(small_guide: InterviewGuideDefinition) -> None:
    form, turnus = small_guide.question("plan_form"), small_guide.question("plan_turnus")
    themes, grade = small_guide.question("themen"), small_guide.question("note")
    count, flag = small_guide.question("anzahl"), small_guide.question("hat_plan")
    for question in (form, turnus, themes, grade, count, flag):
        assert validate_answer(question, None) is None
    assert validate_answer(turnus, "jährlich") is None
    assert validate_answer(turnus, 3) == "Bitte einen Text eingeben."
    assert validate_answer(form, "muendlich") is None
    assert validate_answer(form, "fax") == "Die Antwort „fax“ ist keine der vorgegebenen Möglichkeiten."
    assert validate_answer(themes, ["a", "b"]) is None
    assert validate_answer(themes, ["a", "z"]) == "Die Antwort „z“ ist keine der vorgegebenen Möglichkeiten."
    assert validate_answer(themes, ["a", "a"]) == "Jede Antwort darf nur einmal gewählt werden."
    assert validate_answer(themes, "a") is not None
    assert validate_answer(grade, 5) is None
    assert validate_answer(grade, 6) == "Bitte einen Wert von 1 bis 5 wählen."
    assert validate_answer(grade, 2.5) is not None
    assert validate_answer(grade, True) is not None
    assert validate_answer(count, 12) is None
    assert validate_answer(count, 12.0) is None
    for bad in (-1, 1.5, "12", True, float("nan"), float("inf")):
        assert validate_answer(count, bad) == "Bitte eine ganze Zahl ab 0 eingeben.", bad
    assert validate_answer(flag, False) is None
    assert validate_answer(flag, "ja") == "Bitte „Ja“ oder „Nein“ wählen."


def test_validate_answer_respects_number_max(guide: InterviewGuideDefinition) -> None:
    share = guide.question("anteil_strukturwandel")
    assert validate_answer(share, 100) is None
    assert validate_answer(share, 101) == "Bitte eine ganze Zahl von 0 bis 100 eingeben."


def test_open_required_follows_relevance(small_guide: InterviewGuideDefinition) -> None:
    assert [q.key for q in open_required(small_guide, {})] == ["hat_plan", "anzahl"]
    answers: dict[str, Any] = {"hat_plan": True, "anzahl": 3}
    assert [q.key for q in open_required(small_guide, answers)] == ["plan_form"]
    answers["plan_form"] = "schriftlich"
    assert [q.key for q in open_required(small_guide, answers)] == ["plan_turnus"]
    answers["plan_turnus"] = "  "
    assert [q.key for q in open_required(small_guide, answers)] == ["plan_turnus"]
    answers["plan_turnus"] = "jährlich"
    assert open_required(small_guide, answers) == []
    answers["hat_plan"] = False
    assert open_required(small_guide, answers) == []


def test_open_required_on_builtin_guide(guide: InterviewGuideDefinition) -> None:
    initially = [q.key for q in open_required(guide, {})]
    assert "wb_beauftragte_name" not in initially
    assert initially == [q.key for q in guide.questions() if q.required and q.relevance is None]
    assert "wb_beauftragte_name" in [q.key for q in open_required(guide, {"wb_beauftragte_vorhanden": True})]


def test_section_progress(small_guide: InterviewGuideDefinition) -> None:
    first, second = small_guide.sections
    assert section_progress(first, {}) == (0, 1)
    assert section_progress(first, {"hat_plan": True}) == (1, 2)
    assert section_progress(first, {"hat_plan": True, "plan_form": "schriftlich"}) == (2, 3)
    assert section_progress(first, {"hat_plan": False, "plan_form": "schriftlich"}) == (1, 1)
    assert section_progress(second, {"themen": [], "note": 3}) == (1, 3)


def test_loaded_definitions_are_frozen_and_hashable(small_guide: InterviewGuideDefinition) -> None:
    form = small_guide.question("plan_form")
    assert form.options == (ChoiceOption("schriftlich", "schriftlich"), ChoiceOption("muendlich", "mündlich"))
    assert form.option_label("muendlich") == "mündlich"
    assert len({q for q in small_guide.questions()}) == 6
    with pytest.raises(KeyError):
        small_guide.question("gibt_es_nicht")


def _relevance(doc: dict[str, Any], **condition: Any) -> None:
    doc["sections"][0]["questions"][2]["relevance"] = condition


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda d: _relevance(d, question_key="fehlt", operator="answered"), "unbekannte Frage „fehlt“"),
        (lambda d: _relevance(d, question_key="anzahl", operator="answered"), "spätere Frage „anzahl“"),
        (lambda d: _relevance(d, question_key="plan_turnus", operator="answered"), "Frage selbst"),
        (
            lambda d: _relevance(d, question_key="plan_form", operator="equals", value="fax"),
            "keine zulässige",
        ),
        (lambda d: _relevance(d, question_key="hat_plan", operator="equals", value="ja"), "keine zulässige"),
        (lambda d: _relevance(d, question_key="plan_form", operator="in", value=[]), "nicht leere Liste"),
        (
            lambda d: _relevance(d, question_key="plan_form", operator="contains", value="x"),
            "Mehrfachauswahl",
        ),
        (
            lambda d: _relevance(d, question_key="hat_plan", operator="gte", value=1),
            "Skalen- und Zahlenfragen",
        ),
        (lambda d: _relevance(d, question_key="hat_plan", operator="answered", value=1), "keinen Wert"),
        (lambda d: d["sections"][1]["questions"][1].update(scale_min=5), "scale_min kleiner als scale_max"),
        (lambda d: d["sections"][1]["questions"][2].update(scale_max=5), "nur bei Skalenfragen"),
        (
            lambda d: d["sections"][1]["questions"][2].update(options=[{"value": "a", "label_de": "A"}]),
            "nur bei Auswahl",
        ),
        (
            lambda d: d["sections"][1]["questions"][0]["options"].append({"value": "a", "label_de": "A2"}),
            "„a“ kommt mehrfach",
        ),
        (lambda d: d["sections"][1]["questions"][2].update(key="hat_plan"), "Fragenschlüssel „hat_plan“"),
        (lambda d: d["sections"][1].update(key="eins"), "Abschnittsschlüssel „eins“"),
        (lambda d: d["sections"][1]["questions"][0].pop("options"), "Pflichtfeld „options“"),
        (lambda d: d["sections"][1]["questions"][0].update(type="freitext"), "unzulässigen Wert"),
        (lambda d: d["sections"][1]["questions"][0].update(key="Groß Geschrieben"), "Format"),
    ],
)
def test_malformed_guides_raise_content_error(tmp_path: Path, breakage: Any, expected: str) -> None:
    document = copy.deepcopy(guide_document())
    breakage(document)
    with pytest.raises(ContentError) as caught:
        load_guide(write_json(tmp_path / "leitfaden-kaputt.json", document))
    assert type(caught.value) is ContentError
    assert "leitfaden-kaputt.json" in str(caught.value)
    assert expected in str(caught.value)
