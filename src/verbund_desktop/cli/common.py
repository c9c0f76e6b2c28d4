"""The error the CLI commands raise for the user; a ``UserError`` like every message meant for the advisor."""

from __future__ import annotations

from verbund_desktop.assessment.errors import UserError


class CliError(UserError):
    """A user error: message in German, printed without traceback; exit code 2 unless given."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
