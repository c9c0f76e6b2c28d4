"""One version comparator for catalogues, guides and role profiles: any two versions compare, none raises."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from verbund_desktop.assessment.catalog import builtin_catalogs
from verbund_desktop.assessment.versions import newer, version_key
from verbund_desktop.persistence.models import ContentVersion
from verbund_desktop.services.organisation import role_profiles
from verbund_desktop.services.workspace.content import add_catalog, catalog_versions
from verbund_desktop.services.workspace.workspace_service import create_new, open_existing


def test_versions_order_numerically_and_text_after_numbers() -> None:
    assert newer("2.10", "2.9") and newer("3.0", "2.2") and newer("2.3", "2.2")
    assert newer("2.3-de", "2.3") and newer("2.3-de", "2.2") and not newer("2.3-de", "2.4")
    assert version_key("2.3-DE") == version_key("2.3-de")
    assert newer("2024-05", "2023-12")


@given(st.text(max_size=12), st.text(max_size=12))
def test_any_two_versions_compare_without_error(a: str, b: str) -> None:
    assert (version_key(a) < version_key(b)) + (version_key(a) > version_key(b)) + (
        version_key(a) == version_key(b)
    ) == 1


def test_a_catalogue_version_with_text_opens_the_workspace(tmp_path: Path) -> None:
    """ "2.3-de" beside the bundled "2.2" used to raise TypeError when the content was brought up to date."""
    path = tmp_path / "ws.db"
    ws = create_new(path, None, network_name="Verbund Test", advisor_name="Beraterin A")
    digcomp = next(c for c in builtin_catalogs() if c.version == "2.2")
    with ws.unit_of_work() as uow:
        assert add_catalog(uow.session, dataclasses.replace(digcomp, version="2.3-de"), builtin=False)
        # As after a program update: the next opening brings the bundled content and the offers up to date,
        # and linking the offers to the newest catalogue version compares "2.2" with "2.3-de".
        for marker in uow.session.scalars(select(ContentVersion)):
            marker.version = "an older program"
        uow.commit()
    ws.close()
    ws = open_existing(path, None)
    try:
        with ws.unit_of_work() as uow:
            versions = {c.version for c in catalog_versions(uow.session) if c.key == digcomp.key}
        assert versions == {"2.2", "2.3-de"}
        choices = [c for c in role_profiles.competence_choices(ws) if c.key == digcomp.key]
        assert [c.newest for c in choices] == [True, False] and "2.3-de" in choices[0].label
    finally:
        ws.close()
