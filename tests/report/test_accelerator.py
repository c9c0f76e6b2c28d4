"""ReportLab's C accelerator is installed and taken (rl_accel: the same PDF bytes, faster number formatting)."""

from __future__ import annotations

import types


def test_reportlab_takes_its_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    assert isinstance(rl_accel.fp_str, types.BuiltinFunctionType)  # the Python fallback is a plain function
    assert rl_accel.fp_str(1.5, 0.25) == "1.5 .25"
