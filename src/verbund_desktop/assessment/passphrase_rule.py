"""The one rule for passphrases of encrypted workspaces, shared by the welcome dialog, the CLI and re-keying.

The rule is deliberately simple: a minimum length (long passphrases beat clever ones), no NUL character (the
SQLite API cannot take one) and no spaces at either end (they are invisible when typed and easily lost). The
strength score only advises; it never refuses.
"""

from __future__ import annotations

from enum import StrEnum

from verbund_desktop.assessment.errors import Message

MIN_PASSPHRASE_LENGTH = 8


class PassphraseProblem(StrEnum):
    TOO_SHORT = "too_short"
    NUL_CHARACTER = "nul_character"
    OUTER_SPACES = "outer_spaces"


PROBLEM_MESSAGES = {
    PassphraseProblem.TOO_SHORT: Message(
        "Die Passphrase muss mindestens {length} Zeichen lang sein.", length=MIN_PASSPHRASE_LENGTH
    ),
    PassphraseProblem.NUL_CHARACTER: "Die Passphrase darf kein Nullzeichen enthalten.",
    PassphraseProblem.OUTER_SPACES: "Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.",
}


def check_passphrase(passphrase: str) -> PassphraseProblem | None:
    """Why ``passphrase`` cannot protect a new workspace, or None when it can."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return PassphraseProblem.TOO_SHORT
    if "\x00" in passphrase:
        return PassphraseProblem.NUL_CHARACTER
    if passphrase != passphrase.strip():
        return PassphraseProblem.OUTER_SPACES
    return None


def passphrase_problem(passphrase: str) -> str | None:
    """The German message for :func:`check_passphrase`'s answer, else None."""
    problem = check_passphrase(passphrase)
    return PROBLEM_MESSAGES[problem] if problem is not None else None


def passphrase_strength(passphrase: str) -> int:
    """A rough strength score 0–4 (0 also for too short): length counts most, a mix of kinds a little."""
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    return min(4, (length >= 12) + (length >= 16) + (length >= 20) + (kinds >= 3))
