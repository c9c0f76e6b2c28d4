"""`make bench`: every benchmark, each against a baseline measured in the same run."""

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


def main() -> int:
    print(f"# Verbund Desktop benchmarks — {platform.platform()}, Python {platform.python_version()}")
    for title, module_name in BENCHES:
        module = importlib.import_module(module_name)
        print_table(title, module.run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
