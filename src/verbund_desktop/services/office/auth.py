"""Checking a signed request of a device: signature, clock, nonce (replay), revocation; then its scope.

Each refusal has its own German sentence for the advisor and an HTTP status for the service; none of them quotes
the request. The nonce is stored in a transaction of its own before the request's work starts, so a replay is
refused even when the first request failed later on.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import OfficeDevice, OfficeNonce
from verbund_desktop.persistence.office_db import OfficeDatabase
from verbund_desktop.services.office.devices import Scope, device_scope
from verbund_desktop.services.sync.request_signing import MAX_SKEW, parse_signature, signature_valid


class RequestRefused(UserError):
    """A request the office does not accept; ``status`` is the HTTP status, ``reason`` a word for the log."""

    def __init__(self, message: str, *, status: int, reason: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


def authenticate(
    office: OfficeDatabase,
    headers: Mapping[str, str],
    method: str,
    path: str,
    body: bytes,
    *,
    now: datetime | None = None,
) -> Scope:
    """The scope of the device that signed this request, or :class:`RequestRefused`."""
    now = now or datetime.now(UTC)
    sig = parse_signature({k.lower(): v for k, v in headers.items()})
    if sig is None:
        raise RequestRefused("Die Anfrage ist nicht signiert.", status=401, reason="unsigned")
    if abs(now.timestamp() - sig.timestamp) > MAX_SKEW:
        raise RequestRefused(
            "Die Uhr dieses Geräts weicht mehr als fünf Minuten von der Koordinierungsstelle ab; bitte die "
            "Uhrzeit des Laptops prüfen.",
            status=401,
            reason="clock",
        )
    with office.unit_of_work() as uow:
        s = uow.session
        device = s.get(OfficeDevice, sig.device_id)
        if device is None or not signature_valid(device.public_key, sig, method, path, body):
            raise RequestRefused(
                "Die Anfrage ist nicht gültig signiert (unbekanntes Gerät oder veränderte Anfrage).",
                status=401,
                reason="signature",
            )
        if device.revoked_at is not None:
            raise RequestRefused(
                "Dieses Gerät wurde in der Koordinierungsstelle gesperrt; bitte dort melden.",
                status=403,
                reason="revoked",
            )
        s.execute(delete(OfficeNonce).where(OfficeNonce.seen_at < now - timedelta(seconds=2 * MAX_SKEW)))
        stored = s.execute(
            insert(OfficeNonce)
            .values(device_id=device.id, nonce=sig.nonce, seen_at=now)
            .on_conflict_do_nothing()
            .returning(OfficeNonce.nonce)
        ).first()
        if stored is None:
            raise RequestRefused(
                "Diese Anfrage wurde schon einmal gestellt und wird nicht wiederholt.",
                status=401,
                reason="replay",
            )
        device.last_seen_at = now
        scope = device_scope(s, device)
        uow.commit()
    return scope
