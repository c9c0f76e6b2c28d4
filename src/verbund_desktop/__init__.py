"""Verbund Desktop: Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne für Weiterbildungsverbünde."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("verbund-desktop")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
