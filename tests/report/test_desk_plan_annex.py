"""The catalogues' licence texts sit in an annex at the end of the employee's plan, not in its middle."""

from __future__ import annotations

import io
import re

import pypdf

from tests.samples.report_views import sample_plan_view
from verbund_desktop.report import build_development_plan


def words(text: str) -> str:
    return re.sub(r"[\s\u00ad-]+", "", text)


def test_licence_texts_come_after_the_plan_and_its_signatures() -> None:
    view = sample_plan_view()
    attributions = [g.attribution for g in view.competence_groups if g.attribution]
    assert attributions
    reader = pypdf.PdfReader(io.BytesIO(build_development_plan(view)))
    text = words("".join(page.extract_text() for page in reader.pages))
    annex = text.index(words("Anhang: Quellen und Lizenzen der Kompetenzkataloge"))
    assert text.index(words("3. Maßnahmen")) < text.index(words("6. Hinweise")) < annex
    for attribution in attributions:
        assert text.index(words(attribution)[:60]) > annex
        assert text.count(words(attribution)[:60]) == 1
