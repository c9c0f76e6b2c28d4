"""Import a branch of the ESCO skills pillar, or an ESCO collection, as a catalogue beside DigComp (versioned:
versions coexist)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from verbund_desktop.assessment.catalog import catalog_problem
from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.esco import (
    EscoConcept,
    EscoSelection,
    esco_version_from_name,
    read_esco_concepts,
    read_esco_relations,
    select_branch,
    select_collection,
    with_broader,
)
from verbund_desktop.assessment.offer_import import OfferImportError
from verbund_desktop.persistence.models import Competence, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.offers.catalogue_import import IMPORT_STEPS, Progress, read_import_file
from verbund_desktop.services.workspace.content import add_catalog

# The German skills file of the full ESCO download is about 20 MiB.
ESCO_FILE_LIMIT = 128 * 1024 * 1024
# German names of ESCO's collections, by file name without the language.
COLLECTION_NAMES = {
    "digitalSkillsCollection": "Digitale Fertigkeiten",
    "digCompSkillsCollection": "DigComp-Fertigkeiten",
    "greenSkillsCollection": "Grüne Fertigkeiten",
    "languageSkillsCollection": "Sprachkenntnisse",
    "researchSkillsCollection": "Forschungsfertigkeiten",
    "transversalSkillsCollection": "Transversale Fertigkeiten",
}


@dataclass(frozen=True)
class EscoImportResult:
    key: str
    name: str
    version: str
    areas: int
    competences: int
    attribution: str

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "schluessel": self.key,
            "name": self.name,
            "version": self.version,
            "bereiche": self.areas,
            "kompetenzen": self.competences,
            "lizenzhinweis": self.attribution,
        }


def _read(path: Path) -> bytes:
    return read_import_file(path, ESCO_FILE_LIMIT)


def _version(path: Path, version: str | None) -> str:
    found = version or esco_version_from_name(str(path.resolve()))
    if not found:
        raise OfferImportError(
            path.name,
            ["Die ESCO-Version ist aus dem Dateinamen nicht erkennbar; bitte angeben (z. B. 1.2.0)."],
        )
    return found


def load_esco_concepts(path: Path) -> list[EscoConcept]:
    """The skills and skill groups of ``path``: a joined CSV with ``broaderUri``, or the unpacked ESCO download
    (the folder, or its ``skills_<lang>.csv``) whose skills, skill groups and broader relations are joined here."""
    path = Path(path)
    folder, lang = (path, "de") if path.is_dir() else (path.parent, path.stem.rpartition("_")[2])
    relations_file = folder / f"broaderRelationsSkillPillar_{lang}.csv"
    if not path.is_dir() and not (path.name.startswith("skills_") and relations_file.exists()):
        return read_esco_concepts(_read(path), path.name)
    concepts = []
    for name in (f"skillGroups_{lang}.csv", f"skills_{lang}.csv"):
        concepts += read_esco_concepts(_read(folder / name), name)
    return with_broader(concepts, read_esco_relations(_read(relations_file), relations_file.name))


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, IMPORT_STEPS)


def import_esco_branch(
    ws: Workspace,
    path: Path,
    branch_uri: str,
    *,
    version: str | None,
    actor: str,
    progress: Progress | None = None,
) -> EscoImportResult:
    """Read ``path``, select the branch and store it as a new catalogue version; all or nothing.

    ``progress(done, IMPORT_STEPS)`` is called between the steps, the last time just before the commit; when it
    raises (a cancel), the unit of work rolls back and nothing is stored."""
    path = Path(path)
    _step(progress, 0)
    esco_version = _version(path, version)
    selection = select_branch(load_esco_concepts(path), branch_uri.strip(), esco_version, path.name)
    return _store(ws, selection, path.name, actor, progress)


def import_esco_collection(
    ws: Workspace, path: Path, *, version: str | None, actor: str, progress: Progress | None = None
) -> EscoImportResult:
    """Every skill of an ESCO collection file (``digitalSkillsCollection_de.csv`` …) as one catalogue;
    ``progress`` as for :func:`import_esco_branch`."""
    path = Path(path)
    _step(progress, 0)
    esco_version = _version(path, version)
    name = COLLECTION_NAMES.get(path.stem.rpartition("_")[0], path.stem)
    concepts = read_esco_concepts(_read(path), path.name)
    selection = select_collection(concepts, name, esco_version, path.name)
    return _store(ws, selection, path.name, actor, progress)


def _store(
    ws: Workspace, selection: EscoSelection, file_label: str, actor: str, progress: Progress | None = None
) -> EscoImportResult:
    _step(progress, 1)
    catalog = selection.catalog
    problem = catalog_problem(catalog)
    if problem:
        raise OfferImportError(file_label, [problem])
    with ws.unit_of_work() as uow:
        session = uow.session
        if not add_catalog(session, catalog, builtin=False):
            raise OfferImportError(
                file_label,
                [
                    Message(
                        "„{name}“ ist in der ESCO-Version {version} schon geladen.",
                        name=catalog.name,
                        version=catalog.version,
                    )
                ],
            )
        session.flush()
        row = session.scalar(
            select(CompetenceCatalog).where(
                CompetenceCatalog.key == catalog.key, CompetenceCatalog.version == catalog.version
            )
        )
        assert row is not None
        for competence in session.scalars(select(Competence).where(Competence.catalog_id == row.id)):
            competence.uri = selection.uris[competence.code]
        count = len(selection.uris)
        audit.record(
            session,
            actor=actor,
            action="katalog_importiert",
            entity_type="competence_catalog",
            entity_id=row.id,
            field=catalog.key,
            new=f"{catalog.name} ({catalog.version}), {count} Kompetenzen",
        )
        _step(progress, 2)  # the last chance to cancel: nothing is stored before the commit
        uow.commit()
    return EscoImportResult(
        catalog.key, catalog.name, catalog.version, len(catalog.areas), count, catalog.attribution
    )


@dataclass(frozen=True)
class ImportedCatalog:
    key: str
    name: str
    version: str
    competences: int
    source: str
    attribution: str

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "schluessel": self.key,
            "name": self.name,
            "version": self.version,
            "kompetenzen": self.competences,
            "quelle": self.source,
            "lizenzhinweis": self.attribution,
        }


def imported_catalogs(ws: Workspace) -> list[ImportedCatalog]:
    """The catalogues imported into this workspace (ESCO parts), every version, by key and version."""
    with ws.unit_of_work() as uow:
        grouped = uow.session.execute(
            select(Competence.catalog_id, func.count(Competence.id)).group_by(Competence.catalog_id)
        ).all()
        counts = {catalog_id: int(count) for catalog_id, count in grouped}
        rows = uow.session.scalars(
            select(CompetenceCatalog)
            .where(CompetenceCatalog.builtin.is_(False))
            .order_by(CompetenceCatalog.key, CompetenceCatalog.version)
        ).all()
        return [
            ImportedCatalog(r.key, r.name, r.version, counts.get(r.id, 0), r.source, r.attribution)
            for r in rows
        ]


def imported_catalog_attributions(ws: Workspace) -> list[str]:
    """The licence attribution of every imported (not bundled) catalogue, to show where its competences appear."""
    return [catalog.attribution for catalog in imported_catalogs(ws) if catalog.attribution]
