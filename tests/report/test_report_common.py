"""Shared PDF checks for all printed documents: fonts, page numbers, metadata, reproducibility.

The helpers here (``pdf_text``, ``page_texts``, ``font_problems``) are imported by the other report tests.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pikepdf
import pypdf
import pytest

from tests.samples.report_views import sample_company_view, sample_consent_view, sample_plan_view
from verbund_desktop.report import (
    build_company_report,
    build_consent_sheet,
    build_development_plan,
    default_styles,
)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def pdf_metadata(pdf: bytes) -> dict[str, str]:
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    return {} if metadata is None else {str(key): str(value) for key, value in metadata.items()}


def _fonts_in(resources: Any, seen: set[tuple[int, int]]) -> list[Any]:
    """Fonts (pikepdf dictionaries) of a resource dictionary, including those of nested form XObjects."""
    fonts: list[Any] = []
    if "/Font" in resources:
        fonts.extend(font for _name, font in resources.Font.items())
    if "/XObject" in resources:
        for _name, xobject in resources.XObject.items():
            if xobject.objgen in seen or xobject.get("/Subtype") != "/Form" or "/Resources" not in xobject:
                continue
            seen.add(xobject.objgen)
            fonts.extend(_fonts_in(xobject.Resources, seen))
    return fonts


def font_problems(pdf: bytes) -> tuple[int, list[str]]:
    """(number of font references checked, problems: fonts not embedded as TrueType or not DejaVu)."""
    problems: list[str] = []
    checked = 0
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            for font in _fonts_in(page.Resources, set()):
                checked += 1
                base = str(font.get("/BaseFont", ""))
                descriptor_owner = font.DescendantFonts[0] if font.get("/Subtype") == "/Type0" else font
                descriptor = descriptor_owner.get("/FontDescriptor")
                if descriptor is None or "/FontFile2" not in descriptor:
                    problems.append(f"page {number}: {base} is not embedded as TrueType")
                if "DejaVuSans" not in base:
                    problems.append(f"page {number}: {base} is not DejaVu Sans")
    return checked, problems


def font_sizes(pdf: bytes) -> set[float]:
    """Every font size set with ``Tf`` on any page."""
    sizes: set[float] = set()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for instruction in pikepdf.parse_content_stream(page):
                if str(instruction.operator) == "Tf":
                    sizes.add(float(instruction.operands[1]))
    return sizes


BUILDERS: dict[str, Callable[[], bytes]] = {
    "plan": lambda: build_development_plan(sample_plan_view()),
    "plan-60": lambda: build_development_plan(sample_plan_view(measures=60)),
    "company": lambda: build_company_report(sample_company_view()),
    "company-pseudonymised-40x30": lambda: build_company_report(
        sample_company_view(competences=40, pseudonymised=True)
    ),
    "consent": lambda: build_consent_sheet(sample_consent_view()),
}


@pytest.fixture(scope="module", params=sorted(BUILDERS))
def built(request: pytest.FixtureRequest) -> bytes:
    return BUILDERS[request.param]()


def test_opens_with_pikepdf_and_every_font_is_embedded_dejavu(built: bytes) -> None:
    with pikepdf.open(io.BytesIO(built)) as document:
        assert len(document.pages) >= 1
    checked, problems = font_problems(built)
    assert checked > 0
    assert problems == []
    assert b"/Helvetica" not in built


def test_every_page_says_seite_x_von_y(built: bytes) -> None:
    texts = page_texts(built)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {total}" in text


def test_metadata_names_the_program(built: bytes) -> None:
    metadata = pdf_metadata(built)
    assert metadata["/Author"] == "Verbund Desktop"
    assert metadata["/Title"]
    assert metadata["/Subject"]


def test_a4_portrait(built: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(built))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_output_is_reproducible(name: str) -> None:
    assert BUILDERS[name]() == BUILDERS[name]()


def test_stylesheet_can_be_replaced() -> None:
    view = sample_plan_view()
    normal = build_development_plan(view)
    larger = build_development_plan(view, default_styles(base_size=11))
    assert larger != normal
    assert 11.0 in font_sizes(larger)
    assert 11.0 not in font_sizes(normal)
    assert "Jürgen Weiß" in pdf_text(larger)


def test_font_check_detects_a_standard_font() -> None:
    """The embedding check itself must fail on a PDF that uses a non-embedded standard font."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 700, "Größe")
    canvas.showPage()
    canvas.save()
    checked, problems = font_problems(buffer.getvalue())
    assert checked >= 1
    assert any("Helvetica is not embedded" in problem for problem in problems)
    assert any("not DejaVu" in problem for problem in problems)
