"""``verbund check`` and ``verbund backup`` at network scale as whole processes (issue 11: ≤ 5 s each):
``python -m bench.bench_cli_check [rounds]``.

Each round runs, in this order, three processes on one copy of the scale workspace (``bench.scale``):

- the **baseline**: a bare Python process that imports only sqlcipher3, derives the key once (PBKDF2 as
  SQLCipher 4 does) and runs ``PRAGMA integrity_check`` with a whole-file page cache and then
  ``PRAGMA cipher_integrity_check`` — the floor of what a full check of this file costs on this machine now;
- ``verbund check --db <copy>``;
- ``verbund backup --db <copy> --out <new file>`` (the backup is deleted after each round).

Medians over the rounds, each command as a ratio to the baseline's median of the same run; the load average
before and after is printed with them. Milliseconds follow the machine's load, the ratios much less.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row, median, print_table
from bench.scale import scale_copy

ROUNDS = 3
_BASELINE = """
import hashlib, sys, sqlcipher3
path, passphrase = sys.argv[1], sys.argv[2].encode()
with open(path, "rb") as fh:
    salt = fh.read(16)
key = hashlib.pbkdf2_hmac("sha512", passphrase, salt, 256000, 32)
conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
conn.execute("PRAGMA key = " + chr(34) + "x'" + key.hex() + salt.hex() + "'" + chr(34))
conn.execute("PRAGMA cache_size = -262144")
assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
"""


def _timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def run(rounds: int = ROUNDS) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="verbund-bench-cli-"))
    try:
        path, passphrase = scale_copy(folder)
        env = {**os.environ, "VERBUND_PASSPHRASE": passphrase}
        verbund = [sys.executable, "-m", "verbund_desktop.cli"]
        out = folder / "sicherung.db"
        load_before = _load()
        times: dict[str, list[float]] = {"baseline": [], "check": [], "backup": []}
        for _ in range(rounds):
            times["baseline"].append(_timed([sys.executable, "-c", _BASELINE, str(path), passphrase], env))
            times["check"].append(_timed([*verbund, "check", "--db", str(path)], env))
            times["backup"].append(_timed([*verbund, "backup", "--db", str(path), "--out", str(out)], env))
            out.unlink()
        base = median(times["baseline"])
        load = f"load {load_before} → {_load()}, {rounds} rounds"

        def spread(name: str) -> str:
            return f"{min(times[name]):.2f}–{max(times[name]):.2f} s"

        return [
            (
                "baseline: bare process, one derivation, integrity_check + cipher_integrity_check",
                base,
                f"{spread('baseline')}; {load}",
            ),
            (
                "verbund check (whole process)",
                median(times["check"]),
                f"{median(times['check']) / base:.2f}× baseline; {spread('check')}; target ≤ 5 s",
            ),
            (
                "verbund backup (whole process: copy, then verify)",
                median(times["backup"]),
                f"{median(times['backup']) / base:.2f}× baseline; {spread('backup')}; target ≤ 5 s",
            ),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print_table(
        "verbund check / backup as processes (issue 11)",
        run(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS),
    )
