"""Hypothesis on every input that crosses a trust boundary of the protection features.

Typed passphrases, any file chosen as a backup to restore, and catalogue and rule files imported into a workspace:
no crash, a clear German message, and nothing changed. (The loaders' own parsing of arbitrary catalogue, guide,
offer and rule-set documents is covered in test_content_files.py and test_funding_rules.py; here: what those
tests leave out — the Qualifizierungsgeld document, whole rule-set collections, and importing into a workspace.)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from verbund_desktop.assessment.catalog import load_catalog
from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.assessment.funding_rules import FundingRuleError, load_rule_sets, read_json_document
from verbund_desktop.persistence.backup import BackupKind, list_backups, rotating_backup
from verbund_desktop.persistence.errors import WorkspaceError
from verbund_desktop.persistence.models import CompetenceCatalog
from verbund_desktop.persistence.rekey import verify_passphrase
from verbund_desktop.persistence.restore import restore_backup
from verbund_desktop.persistence.workspace import create_workspace, open_workspace
from verbund_desktop.resources import resource_path
from verbund_desktop.services.workspace.content import add_catalog
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Grenzkontrolle 2026"
SQLITE_HEADER = b"SQLite format 3\x00"
FAST = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed encrypted workspace and one good backup of it."""
    path = tmp_path_factory.mktemp("grenze") / "verbund.db"
    ws = create_workspace(path, KEY)
    backup = rotating_backup(ws, BackupKind.MANUAL).path
    ws.close()
    return path, backup


@FAST
@given(attempt=st.text(max_size=80))
def test_any_typed_passphrase_either_is_the_right_one_or_changes_nothing(
    encrypted: tuple[Path, Path], attempt: str
) -> None:
    path, _ = encrypted
    before = sha(path)
    assert verify_passphrase(path, attempt) is (attempt == KEY)
    assert sha(path) == before


def _restore_refused_without_change(db: Path, candidate: Path, passphrase: str | None) -> None:
    before_db = sha(db)
    before_candidate = sha(candidate) if candidate.exists() else None
    asides = len(list_backups(db))
    try:
        restore_backup(db, candidate, passphrase)
    except WorkspaceError as error:
        message = str(error)
        assert message.endswith((".", ")")) and "Traceback" not in message and len(message) > 20
    else:  # only a file that passed every check may replace the workspace; then the old one is kept aside
        assert len(list_backups(db)) == asides + 1
        reopened = open_workspace(db, passphrase)
        reopened.close()
        return
    assert sha(db) == before_db
    if before_candidate is not None:
        assert sha(candidate) == before_candidate
    assert len(list_backups(db)) == asides
    assert not list(db.parent.glob("*.wiederherstellung*"))


@FAST
@given(content=st.binary(max_size=6000))
def test_arbitrary_bytes_chosen_as_backup_are_refused_and_nothing_changes(
    encrypted: tuple[Path, Path], content: bytes
) -> None:
    db, _ = encrypted
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "sicherung.db"
        candidate.write_bytes(content)
        _restore_refused_without_change(db, candidate, KEY)


@FAST
@given(body=st.binary(min_size=500, max_size=8000), page_size=st.sampled_from([512, 1024, 4096, 65536]))
def test_files_that_look_like_sqlite_but_are_not_are_refused(
    encrypted: tuple[Path, Path], body: bytes, page_size: int
) -> None:
    db, _ = encrypted
    header = bytearray(SQLITE_HEADER + body[: 100 - len(SQLITE_HEADER)])
    header[16:18] = (page_size if page_size < 65536 else 1).to_bytes(2, "big")
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "sicherung.db"
        candidate.write_bytes(bytes(header) + body)
        _restore_refused_without_change(db, candidate, None)


@FAST
@given(data=st.data())
def test_a_damaged_copy_of_a_real_backup_is_refused_or_restored_whole(
    encrypted: tuple[Path, Path], data: st.DataObject
) -> None:
    db, backup = encrypted
    original = backup.read_bytes()
    damaged = bytearray(original)
    action = data.draw(st.sampled_from(["flip", "truncate", "zero", "append"]))
    position = data.draw(st.integers(0, len(original) - 1))
    if action == "flip":
        damaged[position] ^= data.draw(st.integers(1, 255))
    elif action == "truncate":
        damaged = damaged[:position]
    elif action == "zero":
        damaged[position : position + data.draw(st.integers(1, 4096))] = b""
    else:
        damaged += data.draw(st.binary(min_size=1, max_size=5000))
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "sicherung.db"
        candidate.write_bytes(bytes(damaged))
        _restore_refused_without_change(db, candidate, KEY)
    assert backup.read_bytes() == original


@FAST
@given(attempt=st.text(max_size=40))
def test_a_real_backup_with_any_wrong_passphrase_is_refused(
    encrypted: tuple[Path, Path], attempt: str
) -> None:
    db, backup = encrypted
    if attempt == KEY:
        return
    _restore_refused_without_change(db, backup, attempt)


# -- rule and catalogue files ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=16,
)


def _replace_somewhere(data: st.DataObject, document: Any) -> Any:
    node = document
    while True:
        keys = (
            list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        )
        if not keys:
            return document
        key = data.draw(st.sampled_from(keys))
        if not isinstance(node[key], dict | list) or data.draw(st.booleans()):
            node[key] = data.draw(json_values)
            return document
        node = node[key]


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_qualifizierungsgeld_document_rejects_anything_malformed_with_a_german_message(
    data: st.DataObject,
) -> None:
    document = json.loads(resource_path("funding", "qualifizierungsgeld-2024.json").read_text("utf-8"))
    document = _replace_somewhere(data, document) if data.draw(st.booleans()) else data.draw(json_values)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "qualifizierungsgeld.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        try:
            read_json_document(path, "qualifizierungsgeld.schema.json")
        except FundingRuleError as error:
            assert "„qualifizierungsgeld.json“" in str(error)


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_rule_set_collection_with_one_arbitrary_file_loads_whole_or_not_at_all(data: st.DataObject) -> None:
    builtin = sorted(resource_path("funding").glob("sgb3-82-*.json"))
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, source in enumerate(builtin):
            document = json.loads(source.read_text("utf-8"))
            if index == 0:
                document = _replace_somewhere(data, document)
            target = Path(folder) / source.name
            target.write_text(json.dumps(document), encoding="utf-8")
            paths.append(target)
        try:
            loaded = load_rule_sets(paths)
        except FundingRuleError as error:
            assert str(error).strip()
        else:
            assert len(loaded) == len(builtin)


@pytest.fixture(scope="module")
def content_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("import") / "verbund.db"
    create_demo_workspace(path, None).close()
    return path


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_importing_an_arbitrary_catalogue_file_adds_it_whole_or_changes_nothing(
    content_workspace: Path, data: st.DataObject
) -> None:
    document = json.loads(resource_path("catalogs", "querschnitt-dqr.json").read_text("utf-8"))
    document["version"] = "import-" + data.draw(st.text("abc123", min_size=1, max_size=6))
    document = _replace_somewhere(data, document) if data.draw(st.booleans()) else document
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "verbund.db"
        shutil.copy(content_workspace, db)
        source = Path(folder) / "katalog.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        ws = open_workspace(db)
        try:
            with ws.unit_of_work() as uow:
                before = uow.session.scalar(select(func.count(CompetenceCatalog.id)))
            try:
                catalog = load_catalog(source)
            except ContentError as error:
                assert "„katalog.json“" in str(error)
                catalog = None
            added = False
            if catalog is not None:
                with ws.unit_of_work() as uow:
                    added = add_catalog(uow.session, catalog, builtin=False)
                    uow.commit()
            with ws.unit_of_work() as uow:
                after = uow.session.scalar(select(func.count(CompetenceCatalog.id)))
                if added:
                    assert catalog is not None
                    stored = uow.session.scalars(
                        select(CompetenceCatalog).where(
                            CompetenceCatalog.key == catalog.key, CompetenceCatalog.version == catalog.version
                        )
                    ).one()
                    assert sum(len(a.competences) for a in stored.areas) == sum(
                        1 for _ in catalog.competences()
                    )
                    assert len(stored.levels) == len(catalog.levels)
            assert after == before + int(added)
        finally:
            ws.close()
