"""The passphrase of an open workspace, held in one place and zeroed when it is no longer needed.

Python strings are immutable and cannot be wiped, so the workspace keeps its passphrase as UTF-8 bytes in a
``bytearray`` that :meth:`Passphrase.clear` overwrites with zeros (on close, and while the program is locked).
What cannot be zeroed, and is documented in docs/security.md: the ``str`` the person typed (Qt's and Python's
copies), the short-lived ``str`` handed to SQLCipher for each new connection, and SQLCipher's own key material
inside the driver (it keeps the derived key for every open connection until the connection closes).
"""

from __future__ import annotations

from typing import NoReturn

from verbund_desktop.persistence.errors import WorkspaceError


class PassphraseClearedError(WorkspaceError):
    """The passphrase was cleared (workspace closed or locked); nothing can open a new connection now."""


class Passphrase:
    """One passphrase, as a zeroable ``bytearray``; never printed (``repr`` shows no content)."""

    __slots__ = ("_secret",)

    def __init__(self, text: str) -> None:
        self._secret = bytearray(text, "utf-8")

    @classmethod
    def hold(cls, text: str | Passphrase | None) -> Passphrase | None:
        if text is None or isinstance(text, Passphrase):
            return text
        return cls(text)

    @property
    def cleared(self) -> bool:
        return not self._secret

    def reveal(self) -> str:
        """The passphrase as ``str`` for the driver (a copy that Python cannot wipe; keep it short-lived)."""
        if self.cleared:
            raise PassphraseClearedError(
                "Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen."
            )
        return self._secret.decode("utf-8")

    def replace(self, text: str) -> None:
        """Hold ``text`` instead (after unlocking or re-keying); the old bytes are zeroed first."""
        self.clear()
        self._secret = bytearray(text, "utf-8")

    def clear(self) -> None:
        """Overwrite the bytes with zeros, then drop them."""
        for index in range(len(self._secret)):
            self._secret[index] = 0
        self._secret = bytearray()

    def __repr__(self) -> str:
        return "Passphrase(<verborgen>)"

    def __reduce__(self) -> NoReturn:  # never pickled into a file or a crash report
        raise TypeError("Eine Passphrase wird nicht serialisiert.")
