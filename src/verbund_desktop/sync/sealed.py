"""The sync file for a USB stick: the same messages, encrypted (AES-GCM) and signed (Ed25519).

A file is a JSON envelope: a header in the clear (format, direction, sender, recipient, sequence number), a nonce,
the ciphertext of the payload (the header is its associated data, so it cannot be changed either) and the sender's
signature over header, nonce and ciphertext. Reading checks, in this order: the format, the signature with the
expected sender's public key (a foreign or altered file), the recipient, the sequence number (a file read
before, or older than the last one read, changes nothing) and only then decrypts.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from verbund_desktop.sync.encoding import WireError, canonical_json

FORMAT = "verbund-sync-1"
MAX_FILE_BYTES = 512 * 1024 * 1024


class SyncFileError(WireError):
    """A sync file that is refused; nothing was changed."""


class AlreadyReadError(SyncFileError):
    """A file read before (or older than the last one read): refused, nothing changes twice."""


@dataclass(frozen=True)
class FileKeys:
    """``key``: the AES-256 key shared by this device and the office; ``signing``: my private key;
    ``peer``: the other side's public key."""

    key: bytes
    signing: Ed25519PrivateKey
    peer: Ed25519PublicKey


@dataclass(frozen=True)
class Header:
    kind: str  # "to_office" or "to_laptop"
    sender: str
    recipient: str
    seq: int

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "sender": self.sender, "recipient": self.recipient, "seq": self.seq}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(header: Header, payload: dict[str, Any], keys: FileKeys) -> bytes:
    aad = canonical_json(header.as_dict())
    nonce = os.urandom(12)
    ciphertext = AESGCM(keys.key).encrypt(nonce, canonical_json(payload), aad)
    signature = keys.signing.sign(aad + nonce + ciphertext)
    envelope = {
        "format": FORMAT,
        "header": header.as_dict(),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
        "signature": _b64(signature),
    }
    return canonical_json(envelope)


def _envelope(data: bytes) -> tuple[Header, bytes, bytes, bytes]:
    foreign = SyncFileError("Diese Datei ist keine Sync-Datei von Verbund Desktop. Es wurde nichts geändert.")
    if len(data) > MAX_FILE_BYTES:
        raise foreign
    try:
        envelope = json.loads(data)
        head = envelope["header"]
        header = Header(str(head["kind"]), str(head["sender"]), str(head["recipient"]), int(head["seq"]))
        parts = [base64.b64decode(envelope[k], validate=True) for k in ("nonce", "ciphertext", "signature")]
    except (ValueError, KeyError, TypeError) as exc:
        raise foreign from exc
    if envelope.get("format") != FORMAT or set(envelope) != {
        "format",
        "header",
        "nonce",
        "ciphertext",
        "signature",
    }:
        raise foreign
    return header, parts[0], parts[1], parts[2]


def unseal(
    data: bytes, keys: FileKeys, *, me: str, kind: str, last_seq: int
) -> tuple[Header, dict[str, Any]]:
    """The header and payload of a sync file meant for ``me``; SyncFileError (German) otherwise."""
    header, nonce, ciphertext, signature = _envelope(data)
    aad = canonical_json(header.as_dict())
    try:
        keys.peer.verify(signature, aad + nonce + ciphertext)
    except InvalidSignature as exc:
        raise SyncFileError(
            "Die Sync-Datei ist verändert worden oder stammt nicht von der Koordinierungsstelle bzw. dem "
            "verbundenen Gerät. Es wurde nichts geändert."
        ) from exc
    if header.recipient != me or header.kind != kind:
        raise SyncFileError(
            "Diese Sync-Datei ist für einen anderen Arbeitsbereich bestimmt. Es wurde nichts geändert."
        )
    if header.seq <= last_seq:
        raise AlreadyReadError(
            "Diese Sync-Datei wurde schon eingelesen (oder ist älter als die zuletzt eingelesene). "
            "Es wurde nichts geändert."
        )
    try:
        payload = json.loads(AESGCM(keys.key).decrypt(nonce, ciphertext, aad))
    except (InvalidTag, ValueError) as exc:
        raise SyncFileError(
            "Die Sync-Datei lässt sich mit dem Schlüssel dieses Geräts nicht entschlüsseln. Es wurde nichts geändert."
        ) from exc
    if not isinstance(payload, dict):
        raise SyncFileError("Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert.")
    return header, payload
