"""The passphrase of an open workspace, held in one place and zeroed when it is no longer needed.

Python strings are immutable and cannot be wiped, so the workspace keeps its passphrase as UTF-8 bytes in a
``bytearray`` that :meth:`Passphrase.clear` overwrites with zeros (on close, and while the program is locked).
What cannot be zeroed, and is documented in docs/security.md: the ``str`` the person typed (Qt's and Python's
copies), the short-lived ``str`` handed to SQLCipher for each new connection, and SQLCipher's own key material
inside the driver (it keeps the derived key for every open connection until the connection closes).
"""

from __future__ import annotations

import hashlib
import os
from typing import NoReturn

from verbund_desktop.persistence.errors import WorkspaceError

# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512 over the passphrase (UTF-8) and the file's salt, 256,000 rounds.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


class PassphraseClearedError(WorkspaceError):
    """The passphrase was cleared (workspace closed or locked); nothing can open a new connection now."""


class Passphrase:
    """One passphrase, as a zeroable ``bytearray``; never printed (``repr`` shows no content)."""

    __slots__ = ("_keys", "_secret")

    def __init__(self, text: str) -> None:
        self._secret = bytearray(text, "utf-8")
        self._keys: dict[bytes, RawKey] = {}  # derived once per file salt (one derivation per open)

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

    def key_for(self, salt: bytes) -> RawKey:
        """The raw SQLCipher key of a file with ``salt`` (its first 16 bytes): derived on the first call, then
        reused by every connection to that file (the read-only check, the working one, backups, threads)."""
        key = self._keys.get(salt)
        if key is None:
            key = derive_key(self.reveal(), salt)
            self._keys[salt] = key
        return key

    def replace(self, text: str) -> None:
        """Hold ``text`` instead (after unlocking or re-keying); the old bytes are zeroed first."""
        self.clear()
        self._secret = bytearray(text, "utf-8")

    def clear(self) -> None:
        """Overwrite the bytes (and every key derived from them) with zeros, then drop them."""
        _zero(self._secret)
        self._secret = bytearray()
        for key in self._keys.values():
            key.clear()
        self._keys = {}

    def __repr__(self) -> str:
        return "Passphrase(<verborgen>)"

    def __reduce__(self) -> NoReturn:  # never pickled into a file or a crash report
        raise TypeError("Eine Passphrase wird nicht serialisiert.")


class RawKey:
    """A derived SQLCipher key with its salt, ``x'<64 hex key><32 hex salt>'``: SQLCipher opens a file with it
    without deriving again, and writes the salt into the header of a new file. Zeroed like the passphrase."""

    __slots__ = ("_hex",)

    def __init__(self, key: bytes, salt: bytes) -> None:
        self._hex = bytearray((key.hex() + salt.hex()).encode("ascii"))

    @property
    def cleared(self) -> bool:
        return not self._hex

    def pragma_value(self) -> str:
        """The value for ``PRAGMA key = …`` (a short-lived ``str``, like :meth:`Passphrase.reveal`)."""
        if self.cleared:
            raise PassphraseClearedError(
                "Der Arbeitsbereich ist gesperrt oder geschlossen; bitte zuerst entsperren oder neu öffnen."
            )
        return "\"x'" + self._hex.decode("ascii") + "'\""

    def clear(self) -> None:
        _zero(self._hex)
        self._hex = bytearray()

    def __repr__(self) -> str:
        return "RawKey(<verborgen>)"


def derive_key(passphrase: str, salt: bytes) -> RawKey:
    """SQLCipher 4's key derivation in Python (it releases the GIL, so it can run off the UI thread)."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return RawKey(key, salt)


def new_file_key(passphrase: str) -> RawKey:
    """A key with a fresh random salt for a new file (a backup): its own salt, so the file guard, which
    recognises a workspace by its first bytes, never takes a copied-in backup for the workspace itself."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def _zero(buffer: bytearray) -> None:
    for index in range(len(buffer)):
        buffer[index] = 0
