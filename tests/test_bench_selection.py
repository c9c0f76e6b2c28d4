"""`python -m bench WORD …` runs only the benchmarks whose module name contains a word."""

from __future__ import annotations

import pytest
from bench.__main__ import BENCHES, main, selected


def test_without_words_every_benchmark_runs() -> None:
    assert selected([]) == BENCHES


def test_a_word_chooses_the_benchmarks_whose_module_contains_it() -> None:
    assert [name for _title, name in selected(["office"])] == [
        "bench.bench_office",
        "bench.bench_office_scale",
    ]
    assert [name for _title, name in selected(["network", "memory"])] == [
        "bench.bench_memory",
        "bench.bench_network",
    ]


def test_an_unknown_word_runs_nothing_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keiner"]) == 2
    assert "Kein Benchmark passt zu 'keiner'" in capsys.readouterr().err
