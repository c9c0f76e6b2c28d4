"""`make bench`: every benchmark, each against a baseline measured in the same run.

`python -m bench office network` (or `make bench BENCH="office network"`) runs only the benchmarks whose module
name contains one of the words; `python -m bench --list` lists them.
"""

from __future__ import annotations

import importlib
import platform
import sys

from bench.common import print_table

BENCHES = [
    ("Start-up", "bench.bench_startup"),
    ("UI-thread stalls", "bench.bench_ui_stalls"),
    ("Main window build and the enum warm-up", "bench.bench_enum_warmup"),
    ("Peak memory at network scale", "bench.bench_memory"),
    ("Documents", "bench.bench_reports"),
    ("Plans from the demo database", "bench.bench_plans"),
    ("Competency interview", "bench.bench_interview"),
    ("Protection: encryption and durability", "bench.bench_protection"),
    ("Network: pooled demand and the funder's report", "bench.bench_network"),
    ("Network scale: data (issue 11)", "bench.bench_scale_data"),
    ("verbund check / backup as processes (issue 11)", "bench.bench_cli_check"),
    ("Office sync (PostgreSQL, HTTPS on loopback)", "bench.bench_office"),
    ("Office sync at network scale (issue 12)", "bench.bench_office_scale"),
]


def selected(words: list[str]) -> list[tuple[str, str]]:
    """The benchmarks whose module name contains one of ``words`` (all of them without words)."""
    if not words:
        return list(BENCHES)
    return [
        (title, name) for title, name in BENCHES if any(word in name.removeprefix("bench.") for word in words)
    ]


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words == ["--list"]:
        for title, module_name in BENCHES:
            print(f"{module_name.removeprefix('bench.bench_'):<14} {title}")
        return 0
    chosen = selected(words)
    if not chosen:
        print(
            f"Kein Benchmark passt zu {' '.join(words)!r}; python -m bench --list zeigt alle.",
            file=sys.stderr,
        )
        return 2
    print(f"# Verbund Desktop benchmarks — {platform.platform()}, Python {platform.python_version()}")
    for title, module_name in chosen:
        module = importlib.import_module(module_name)
        print_table(title, module.run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
