"""Forget the source lines PySide6 read while the program's modules were imported.

PySide6's ``__feature__`` support reads the source of every module imported after it (``inspect.getsource``,
to see whether the text mentions PySide6), and Python's ``linecache`` keeps every line read: ≈ 800 files,
11.6 MiB of text at network scale once the main window is up (SQLAlchemy, ReportLab, the models, the UI), as
one string per line. Nothing reads those lines again unless a traceback or a warning is formatted, and then
``linecache`` reads the file again. Dropping them once the start's imports are done (the main window built)
lowered the peak memory of the network-scale session by ≈ 20 MiB (bench_memory, docs/performance.md), because
the report's job and the PDF reuse the freed memory.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    """Empty ``linecache`` (what it held is read again from the files when needed)."""
    linecache.clearcache()
