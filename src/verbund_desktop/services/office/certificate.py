"""A self-signed TLS certificate for the office's sync service (``verbund office cert``).

An office without its own certificate authority makes one here; laptops pin it by its SHA-256 fingerprint, which
the office reads out to the advisor (or prints on the enrolment sheet). The key file is private (0600).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from verbund_desktop.files import write_atomic
from verbund_desktop.services.sync.tls import fingerprint_of_pem

VALID_DAYS = 825  # the longest validity clients commonly accept for a TLS server certificate


@dataclass(frozen=True)
class OfficeCertificate:
    certificate: Path
    key: Path
    fingerprint: str


def _names(hostnames: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for name in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            names.append(x509.DNSName(name))
    return names


def make_self_signed(
    directory: Path, hostnames: list[str], *, now: datetime | None = None
) -> OfficeCertificate:
    """Write ``office-cert.pem`` and ``office-key.pem`` into ``directory`` (never over existing ones)."""
    cert_path, key_path = directory / "office-cert.pem", directory / "office-key.pem"
    for path in (cert_path, key_path):
        if path.exists():
            raise FileExistsError(path)
    now = now or datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostnames[0] if hostnames else "verbund")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(_names(hostnames or ["localhost"])), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    write_atomic(
        key_path,
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )
    write_atomic(cert_path, pem)
    return OfficeCertificate(cert_path, key_path, fingerprint_of_pem(pem.decode("ascii")))
