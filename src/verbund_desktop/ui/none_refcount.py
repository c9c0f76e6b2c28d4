"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11: calls of void Qt methods drop a
reference to ``None`` that they never took. Thousands of such calls (painting one PDF page makes about
two thousand) bring the count of ``None`` to zero and the interpreter aborts with "deallocating None".

:func:`preserve_none_refcount` measures the count around a block and gives back what the block lost.
Giving back a little too much is harmless (``None`` is never freed); on CPython 3.12 and later ``None`` is
immortal, its count never changes and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


@contextmanager
def preserve_none_refcount() -> Iterator[None]:
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        for _ in range(max(0, lost)):
            _incref(None)
