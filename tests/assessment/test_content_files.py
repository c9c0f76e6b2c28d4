"""Reading data files: every malformed input ends in ContentError with a German message, nothing else."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.assessment.test_catalogs import catalog_document
from tests.assessment.test_guide import guide_document
from tests.assessment.test_offers import offers_document
from verbund_desktop.assessment.catalog import builtin_catalogs, load_catalog
from verbund_desktop.assessment.content_files import ContentError, builtin_files, load_json_document
from verbund_desktop.assessment.guide import load_guide
from verbund_desktop.assessment.offers import load_offers
from verbund_desktop.resources import resource_path

LOADERS: dict[str, Callable[[Path], object]] = {
    "catalog": load_catalog,
    "guide": load_guide,
    "offers": lambda path: load_offers(path, builtin_catalogs()),
}
BUILTIN_FILES = {
    "catalog": resource_path("catalogs", "digcomp-2.2.json"),
    "guide": resource_path("guides", "bedarfsanalyse-kmu.json"),
    "offers": resource_path("offers", "beispielangebote.json"),
}
SAMPLE_DOCUMENTS: dict[str, Callable[[], dict[str, Any]]] = {
    "catalog": catalog_document,
    "guide": guide_document,
    "offers": offers_document,
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _expect_content_error(loader: Callable[[Path], object], path: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        loader(path)
    assert type(caught.value) is ContentError
    message = str(caught.value)
    assert f"„{path.name}“" in message and "Datei" in message
    return caught.value


@pytest.mark.parametrize("kind", list(LOADERS))
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "ist leer"),
        (b"  \n\t ", "ist leer"),
        (b'{"key": "x",', "kein gültiges JSON (Zeile 1, Spalte 13)"),
        (b"\xff\xfe\x00{", "nicht UTF-8-kodiert"),
        ('{"name": "Gr\u00fc\u00dfe"}'.encode("latin-1"), "nicht UTF-8-kodiert"),
        (b"[1, 2, 3]", "muss ein JSON-Objekt enthalten, gefunden wurde: eine Liste"),
        (b"{}", "fehlt das Pflichtfeld „key“"),
        (b"[" * 100_000, "nicht verarbeitet werden"),
        (b'{"key": ' + b"9" * 5000 + b"}", "nicht verarbeitet werden"),
    ],
)
def test_broken_files_give_german_content_errors(
    tmp_path: Path, kind: str, content: bytes, expected: str
) -> None:
    error = _expect_content_error(LOADERS[kind], _write_bytes(tmp_path / f"{kind}.json", content))
    assert expected in str(error)


@pytest.mark.parametrize("kind", list(LOADERS))
def test_missing_file_and_directory(tmp_path: Path, kind: str) -> None:
    assert "nicht gefunden" in str(_expect_content_error(LOADERS[kind], tmp_path / "fehlt.json"))
    folder = tmp_path / "ordner.json"
    folder.mkdir()
    assert "konnte nicht gelesen werden" in str(_expect_content_error(LOADERS[kind], folder))


def test_schema_messages_are_german_and_name_the_place(tmp_path: Path) -> None:
    document = catalog_document()
    document["areas"][0]["competences"][1]["name_de"] = 7
    error = _expect_content_error(
        load_catalog, _write_bytes(tmp_path / "k.json", json.dumps(document).encode())
    )
    assert "entspricht nicht dem erwarteten Aufbau" in str(error)
    assert "„areas[0].competences[1].name_de“ muss vom Typ Text sein, ist aber eine ganze Zahl" in str(error)

    document = catalog_document()
    document["farbe"] = "blau"
    error = _expect_content_error(
        load_catalog, _write_bytes(tmp_path / "k.json", json.dumps(document).encode())
    )
    assert "Im Dokument steht das unbekannte Feld „farbe“." in str(error)

    document = catalog_document()
    document["levels"] = document["levels"][:1]
    error = _expect_content_error(
        load_catalog, _write_bytes(tmp_path / "k.json", json.dumps(document).encode())
    )
    assert "„levels“ muss mindestens 2 Einträge enthalten" in str(error)


def test_utf8_with_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    data = "\ufeff".encode() + json.dumps(catalog_document(), ensure_ascii=False).encode()
    assert load_json_document(_write_bytes(tmp_path / "bom.json", data), "catalog")["key"] == "test-katalog"


def test_unknown_schema_is_a_content_error(tmp_path: Path) -> None:
    path = _write_bytes(tmp_path / "x.json", b"{}")
    with pytest.raises(ContentError, match="Schema „gibt-es-nicht“"):
        load_json_document(path, "gibt-es-nicht")


def test_builtin_files_lists_json_files_sorted() -> None:
    names = [path.name for path in builtin_files("catalogs")]
    assert names == sorted(names)
    assert {"digcomp-2.2.json", "querschnitt-dqr.json"} <= set(names)
    assert builtin_files("gibt-es-nicht") == ()


@pytest.mark.parametrize("kind", list(LOADERS))
def test_sample_and_builtin_documents_load(tmp_path: Path, kind: str) -> None:
    LOADERS[kind](BUILTIN_FILES[kind])
    LOADERS[kind](_write_bytes(tmp_path / "probe.json", json.dumps(SAMPLE_DOCUMENTS[kind]()).encode()))


def _load_or_content_error(kind: str, path: Path) -> None:
    try:
        LOADERS[kind](path)
    except ContentError as error:
        assert type(error) is ContentError
        assert path.name in str(error)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kind=st.sampled_from(list(LOADERS)), data=st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_content_error(tmp_path: Path, kind: str, data: bytes) -> None:
    _load_or_content_error(kind, _write_bytes(tmp_path / "zufall.json", data))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kind=st.sampled_from(list(LOADERS)), value=json_values)
def test_arbitrary_json_values_raise_only_content_error(tmp_path: Path, kind: str, value: Any) -> None:
    _load_or_content_error(kind, _write_bytes(tmp_path / "zufall.json", json.dumps(value).encode()))


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    return [text for value in values for text in _strings(value)]


def _similar_value(draw: Callable[[st.SearchStrategy[Any]], Any], value: Any, strings: list[str]) -> Any:
    """A value of the same JSON type, so that the schema still passes and the semantic checks get exercised."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return draw(st.integers(-2, 12))
    if isinstance(value, float):
        return draw(st.floats())
    if isinstance(value, str):
        return draw(st.sampled_from(strings) | st.text(max_size=8))
    return draw(json_values)


def _mutate(draw: Callable[[st.SearchStrategy[Any]], Any], document: Any) -> Any:
    """Walk to a random node of ``document`` and replace, delete or duplicate something there."""
    strings = _strings(document)
    node = document
    while True:
        children = (
            list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        )
        if not children:
            break
        key = draw(st.sampled_from(children))
        child = node[key]
        if not isinstance(child, dict | list) or not child or draw(st.integers(0, 3)) == 0:
            action = draw(st.sampled_from(["similar", "replace", "delete", "duplicate"]))
            if action == "similar":
                node[key] = _similar_value(draw, child, strings)
            elif action == "replace":
                node[key] = draw(json_values)
            elif action == "delete":
                del node[key]
            elif isinstance(node, list):
                node.append(json.loads(json.dumps(child)))
            return document
        node = child
    return document


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kind=st.sampled_from(list(LOADERS)), data=st.data())
def test_mutated_documents_raise_only_content_error(tmp_path: Path, kind: str, data: st.DataObject) -> None:
    source = (
        SAMPLE_DOCUMENTS[kind]()
        if data.draw(st.booleans())
        else json.loads(BUILTIN_FILES[kind].read_text("utf-8"))
    )
    document = _mutate(data.draw, source)
    _load_or_content_error(kind, _write_bytes(tmp_path / "mutiert.json", json.dumps(document).encode()))
