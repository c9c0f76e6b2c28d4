"""The office's TLS certificate as the laptop sees it: its SHA-256 fingerprint and a context pinned to it.

The office uses a self-signed certificate (``verbund office cert``); the advisor confirms its fingerprint once
when connecting, and from then on the laptop trusts exactly that certificate and nothing else (no public CA, no
hostname rule: the pinned certificate is the identity).
"""

from __future__ import annotations

import hashlib
import ssl


def fingerprint_of_der(der: bytes) -> str:
    """SHA-256 of the certificate, as pairs of hex digits separated by colons (as browsers show it)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fingerprint_of_pem(pem: str) -> str:
    return fingerprint_of_der(ssl.PEM_cert_to_DER_cert(pem))


def pinned_context(certificate_pem: str) -> ssl.SSLContext:
    """A client context that accepts only this certificate (TLS 1.2 or newer)."""
    context = ssl.create_default_context(cadata=certificate_pem)
    context.check_hostname = False  # the pinned certificate itself is checked, whatever name was typed
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def same_fingerprint(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return s.replace(":", "").replace(" ", "").upper()

    return norm(a) == norm(b)
