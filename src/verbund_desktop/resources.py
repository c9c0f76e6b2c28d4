"""Where the bundled data files live: inside the installed package, or `resources/` of a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder holding catalogues, guides, offers, funding rule sets and fonts."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "catalogs").is_dir():
            return candidate
    raise FileNotFoundError("Der Ordner mit den mitgelieferten Inhalten (resources/) wurde nicht gefunden.")


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
