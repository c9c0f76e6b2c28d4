"""Import a branch of the ESCO skills pillar, or an ESCO collection, as a catalogue beside DigComp (versioned:
versions coexist)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from verbund_desktop.assessment.catalog import catalog_problem
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
from verbund_desktop.files import FileTooLargeError, read_limited
from verbund_desktop.persistence.models import Competence, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
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
    try:
        return read_limited(path, ESCO_FILE_LIMIT)
    except FileTooLargeError as err:
        raise OfferImportError(path.name, [str(err)]) from None
    except OSError as err:
        raise OfferImportError(
            path.name, [f"Die Datei kann nicht gelesen werden ({err.strerror})."]
        ) from None


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


def import_esco_branch(
    ws: Workspace, path: Path, branch_uri: str, *, version: str | None, actor: str
) -> EscoImportResult:
    """Read ``path``, select the branch and store it as a new catalogue version; all or nothing."""
    path = Path(path)
    esco_version = _version(path, version)
    selection = select_branch(load_esco_concepts(path), branch_uri.strip(), esco_version, path.name)
    return _store(ws, selection, path.name, actor)


def import_esco_collection(ws: Workspace, path: Path, *, version: str | None, actor: str) -> EscoImportResult:
    """Every skill of an ESCO collection file (``digitalSkillsCollection_de.csv`` …) as one catalogue."""
    path = Path(path)
    esco_version = _version(path, version)
    name = COLLECTION_NAMES.get(path.stem.rpartition("_")[0], path.stem)
    concepts = read_esco_concepts(_read(path), path.name)
    return _store(ws, select_collection(concepts, name, esco_version, path.name), path.name, actor)


def _store(ws: Workspace, selection: EscoSelection, file_label: str, actor: str) -> EscoImportResult:
    catalog = selection.catalog
    problem = catalog_problem(catalog)
    if problem:
        raise OfferImportError(file_label, [problem])
    with ws.unit_of_work() as uow:
        session = uow.session
        if not add_catalog(session, catalog, builtin=False):
            raise OfferImportError(
                file_label, [f"„{catalog.name}“ ist in der ESCO-Version {catalog.version} schon geladen."]
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
        uow.commit()
    return EscoImportResult(
        catalog.key, catalog.name, catalog.version, len(catalog.areas), count, catalog.attribution
    )


def imported_catalog_attributions(ws: Workspace) -> list[str]:
    """The licence attribution of every imported (not bundled) catalogue, to show where its competences appear."""
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(CompetenceCatalog)
            .where(CompetenceCatalog.builtin.is_(False))
            .order_by(CompetenceCatalog.key, CompetenceCatalog.version)
        ).all()
        return [row.attribution for row in rows if row.attribution]
