"""The UI fixtures of tests/ui (patient qtbot, fresh settings, no leftover windows, a demo workspace)."""

from tests.ui.conftest import close_leftover_windows, demo_ws, fresh_settings, qtbot  # noqa: F401
