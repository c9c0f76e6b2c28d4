"""Durable file steps for building a file beside its final name and moving it into place.

A new file is written under a temporary name in the same folder, flushed to the disk, and only then given its
real name in one step; a crash or a power cut leaves either no file under the real name or the complete one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush the file's content to the disk (Windows needs a handle opened for writing for that)."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. POSIX only: Windows cannot open a folder for fsync, and NTFS
    journals the rename itself."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_into_place(built: Path, dest: Path) -> None:
    """Give ``built`` the name ``dest`` in one step, never replacing a file that appeared there meanwhile.

    A hard link refuses an existing name atomically; file systems without hard links (FAT on a USB stick)
    take ``os.replace`` after a check for an existing file. Raises FileExistsError when ``dest`` exists.
    """
    if dest.exists():
        raise FileExistsError(dest)
    try:
        os.link(built, dest)
    except FileExistsError:
        raise
    except OSError:
        os.replace(built, dest)
    else:
        built.unlink()
