"""Verbund Desktop: Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne für Weiterbildungsverbünde."""

# The single source of the version (pyproject reads it); a constant is much faster than importlib.metadata.
__version__ = "0.1.0"
