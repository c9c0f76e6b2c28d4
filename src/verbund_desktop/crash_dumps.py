"""No core dumps: a crashed process must not leave its memory (passphrase, decrypted pages) in a file.

Called first thing by the desktop program and the ``verbund`` command. On Linux the core-file size limit is set
to zero and the process is marked non-dumpable (which also keeps other processes of the same user from reading
its memory through ``ptrace`` or ``/proc/PID/mem``); on macOS only the limit applies. On Windows, crash dumps are
written by Windows Error Reporting according to the machine's policy; docs/security.md says what applies there.
"""

from __future__ import annotations

import ctypes
import sys
from typing import NamedTuple

PR_SET_DUMPABLE = 4  # from <linux/prctl.h>


class DumpProtection(NamedTuple):  # not a dataclass: its module is not needed before the first window
    core_limit_zero: bool  # RLIMIT_CORE is (0, 0)
    not_dumpable: bool  # prctl(PR_SET_DUMPABLE, 0) succeeded (Linux only)


def disable_core_dumps() -> DumpProtection:
    """Forbid core dumps for this process where the platform allows it; never raises."""
    if sys.platform == "win32":
        return DumpProtection(core_limit_zero=False, not_dumpable=False)
    return DumpProtection(core_limit_zero=_zero_core_limit(), not_dumpable=_set_not_dumpable())


def _zero_core_limit() -> bool:
    try:
        import resource  # POSIX only; this module is not reached on Windows
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _set_not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        # The process's own symbols include libc's: no ``ctypes.util.find_library``, which imports
        # ``subprocess`` and runs ``ldconfig -p`` on the way to the first window.
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False
