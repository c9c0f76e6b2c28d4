"""The one base of every error whose message is meant for the advisor.

It lives in the domain layer because every layer (domain, persistence, services, reports, UI, CLI) may import
the domain. ``str(err)`` of a ``UserError`` is a complete German sentence without personal data beyond what the
advisor just typed; the UI shows it as it is and the CLI prints it. Any other exception is a bug or an
unexpected failure: the UI and the CLI log it and show a German apology instead of its text.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the advisor can understand and act on; ``str(err)`` is a German sentence."""


class InputError(UserError, ValueError):
    """Input that cannot be accepted (a ``ValueError`` too, so existing ``except ValueError`` keeps working)."""
