"""Import a branch of the ESCO skills pillar as a catalogue beside DigComp (versioned: versions coexist)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from verbund_desktop.assessment.catalog import catalog_problem
from verbund_desktop.assessment.esco import esco_version_from_name, read_esco_concepts, select_branch
from verbund_desktop.assessment.offer_import import OfferImportError
from verbund_desktop.files import FileTooLargeError, read_limited
from verbund_desktop.persistence.models import Competence, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.workspace.content import add_catalog

# The German skills file of the full ESCO download is about 20 MiB.
ESCO_FILE_LIMIT = 128 * 1024 * 1024


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


def import_esco_branch(
    ws: Workspace, path: Path, branch_uri: str, *, version: str | None, actor: str
) -> EscoImportResult:
    """Read ``path``, select the branch and store it as a new catalogue version; all or nothing."""
    path = Path(path)
    version = version or esco_version_from_name(str(path.resolve()))
    if not version:
        raise OfferImportError(
            path.name,
            ["Die ESCO-Version ist aus dem Dateinamen nicht erkennbar; bitte angeben (z. B. 1.2.0)."],
        )
    try:
        data = read_limited(path, ESCO_FILE_LIMIT)
    except FileTooLargeError as err:
        raise OfferImportError(path.name, [str(err)]) from None
    except OSError as err:
        raise OfferImportError(
            path.name, [f"Die Datei kann nicht gelesen werden ({err.strerror})."]
        ) from None
    selection = select_branch(read_esco_concepts(data, path.name), branch_uri.strip(), version, path.name)
    catalog = selection.catalog
    problem = catalog_problem(catalog)
    if problem:
        raise OfferImportError(path.name, [problem])
    with ws.unit_of_work() as uow:
        session = uow.session
        if not add_catalog(session, catalog, builtin=False):
            raise OfferImportError(
                path.name, [f"„{catalog.name}“ ist in der ESCO-Version {version} schon geladen."]
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
            new=f"{catalog.name} ({version}), {count} Kompetenzen",
        )
        uow.commit()
    return EscoImportResult(
        catalog.key, catalog.name, version, len(catalog.areas), count, catalog.attribution
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
