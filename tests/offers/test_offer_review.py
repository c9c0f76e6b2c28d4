"""The competence review: suggestions from the text, a person confirms, only then plans suggest the offer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.offers.support import OPENQCAT_FULL, offer_state
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers.catalogue_import import import_offer_file
from verbund_desktop.services.offers.offer_review import (
    ChosenCompetence,
    confirm_offer_competences,
    offers_to_review,
)
from verbund_desktop.services.planning.suggestions import offer_candidates


def _suggestible(ws: Workspace) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    with ws.unit_of_work() as uow:
        return {c.title: c.competences for _i, c in offer_candidates(uow.session)}


def test_suggested_competences_are_ticked_and_confirming_makes_the_offer_suggestible(ws: Workspace) -> None:
    import_offer_file(ws, OPENQCAT_FULL, actor="Test", today=date.today())
    items = {item.title: item for item in offers_to_review(ws)}
    assert len(items) == 3
    privacy = items["Datenschutz und IT-Sicherheit im Büroalltag"]
    ticked = [(c.catalog_key, c.code) for c in privacy.choices if c.checked]
    assert ticked == [("digcomp-2.2", "4.1"), ("digcomp-2.2", "4.2")]
    assert privacy.choices[0].matched and all(c.suggested for c in privacy.choices[:2])
    assert not privacy.choices[-1].checked  # every other competence is offered unticked
    chosen = [ChosenCompetence(c.competence_id, 2, 4) for c in privacy.choices if c.code == "4.2"]
    confirm_offer_competences(ws, privacy.offer_id, chosen, actor="Test")
    assert _suggestible(ws)[privacy.title] == (("digcomp-2.2", "4.2", 2, 4),)
    assert privacy.title not in {item.title for item in offers_to_review(ws)}


def test_levels_outside_the_scale_are_refused_and_nothing_changes(ws: Workspace) -> None:
    import_offer_file(ws, OPENQCAT_FULL, actor="Test", today=date.today())
    item = offers_to_review(ws)[0]
    choice = item.choices[0]
    before = offer_state(ws)
    for low, high in ((3, 3), (0, 2), (choice.max_level, choice.max_level + 1)):
        with pytest.raises(InputError, match="Ausgangsstufe kleiner als die Zielstufe"):
            confirm_offer_competences(
                ws, item.offer_id, [ChosenCompetence(choice.competence_id, low, high)], actor="T"
            )
    assert offer_state(ws) == before


def test_a_changed_description_asks_for_a_new_review(ws: Workspace, tmp_path: Path) -> None:
    import_offer_file(ws, OPENQCAT_FULL, actor="Test", today=date.today())
    for item in offers_to_review(ws):
        chosen = [
            ChosenCompetence(c.competence_id, c.level_from, c.level_to) for c in item.choices if c.checked
        ]
        confirm_offer_competences(ws, item.offer_id, chosen, actor="Test")
    assert offers_to_review(ws) == []
    changed = tmp_path / "neu.xml"
    changed.write_text(
        OPENQCAT_FULL.read_text(encoding="utf-8").replace("Phishing-Mails", "Betrugsanrufe"), encoding="utf-8"
    )
    import_offer_file(ws, changed, actor="Test", today=date.today())
    again = offers_to_review(ws)
    assert [item.title for item in again] == ["Datenschutz und IT-Sicherheit im Büroalltag"]
    assert [c.code for c in again[0].choices if c.checked] == ["4.1", "4.2"]  # the confirmed ones stay ticked
