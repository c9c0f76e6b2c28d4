"""Signed requests between a laptop and the office: Ed25519 over method, path, body hash, time and nonce.

The laptop keeps the private key inside its encrypted workspace; the office knows only the public key (no
secret on the server to steal). A request is accepted within ``MAX_SKEW`` of the office's clock and only once
per nonce, so a recorded request cannot be replayed and a changed byte breaks the signature. Both sides build
the signed text with :func:`signed_text`; TLS with a pinned certificate protects the content on the way.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MAX_SKEW = 300  # seconds: a request older or newer than this is refused (the nonce table is kept this long)
HEADER_DEVICE = "x-verbund-device"
HEADER_TIME = "x-verbund-time"
HEADER_NONCE = "x-verbund-nonce"
HEADER_SIGNATURE = "x-verbund-signature"


@dataclass(frozen=True)
class RequestSignature:
    device_id: uuid.UUID
    timestamp: int
    nonce: str
    signature: bytes

    def headers(self) -> dict[str, str]:
        return {
            HEADER_DEVICE: str(self.device_id),
            HEADER_TIME: str(self.timestamp),
            HEADER_NONCE: self.nonce,
            HEADER_SIGNATURE: base64.b64encode(self.signature).decode("ascii"),
        }


def signed_text(
    method: str, path: str, body: bytes, device_id: uuid.UUID, timestamp: int, nonce: str
) -> bytes:
    """The exact bytes that are signed: one field per line, the body by its SHA-256."""
    digest = hashlib.sha256(body).hexdigest()
    return "\n".join(
        ("verbund-v1", method.upper(), path, digest, str(device_id), str(timestamp), nonce)
    ).encode("utf-8")


def new_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_of(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign_request(
    private_key: bytes, device_id: uuid.UUID, method: str, path: str, body: bytes, *, now: float | None = None
) -> RequestSignature:
    timestamp = int(time.time() if now is None else now)
    nonce = secrets.token_hex(16)
    text = signed_text(method, path, body, device_id, timestamp, nonce)
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(text)
    return RequestSignature(device_id, timestamp, nonce, signature)


def parse_signature(headers: dict[str, str]) -> RequestSignature | None:
    """The signature headers of a request; None when one is missing or malformed."""
    try:
        return RequestSignature(
            device_id=uuid.UUID(headers[HEADER_DEVICE]),
            timestamp=int(headers[HEADER_TIME]),
            nonce=_nonce(headers[HEADER_NONCE]),
            signature=base64.b64decode(headers[HEADER_SIGNATURE], validate=True),
        )
    except (KeyError, ValueError):
        return None


def _nonce(value: str) -> str:
    if not 16 <= len(value) <= 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError("nonce")
    return value


def signature_valid(public_key: bytes, sig: RequestSignature, method: str, path: str, body: bytes) -> bool:
    text = signed_text(method, path, body, sig.device_id, sig.timestamp, sig.nonce)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(sig.signature, text)
    except (InvalidSignature, ValueError):
        return False
    return True
