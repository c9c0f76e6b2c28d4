"""The laptop's connection to the coordination office: enrolment, then signed HTTPS requests.

First contact (``fetch_certificate``) reads the office's certificate without trusting it and shows its
fingerprint; only after the advisor confirmed it is the one-time code sent, over a connection that accepts that
certificate alone. The device key and the pinned certificate are kept in the encrypted workspace
(``workspace_setting`` ``sync.office``, a local-only table: never synced, never logged).
"""

from __future__ import annotations

import base64
import json
import ssl
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.persistence.models import WorkspaceSetting
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.audit import record
from verbund_desktop.services.common.code_tag import store_code_tag
from verbund_desktop.services.sync.enrolment import settle_bundled_content
from verbund_desktop.services.sync.request_signing import new_private_key, public_key_of, sign_request
from verbund_desktop.services.sync.status import SETTING_KEY
from verbund_desktop.services.sync.tls import fingerprint_of_der, fingerprint_of_pem, pinned_context

DEFAULT_PORT = 8443
CONNECT_TIMEOUT = 15.0
# A push of many changesets is applied one by one before the answer comes (at most 0.2 s each here, under load).
TIMEOUT = httpx.Timeout(120.0, connect=CONNECT_TIMEOUT)


class SyncConnectionError(UserError):
    """The office cannot be reached, is not the confirmed one, or refused the request; the text says which."""


@dataclass(frozen=True)
class ServerCertificate:
    pem: str
    fingerprint: str


@dataclass(frozen=True)
class OfficeConnection:
    base_url: str
    device_id: uuid.UUID
    private_key: bytes
    certificate_pem: str
    network_id: uuid.UUID
    advisor_id: uuid.UUID | None  # None for an office user's device (it syncs the whole network)
    office_user_id: uuid.UUID | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint_of_pem(self.certificate_pem)


def parse_address(address: str) -> tuple[str, int]:
    """Host and port from "host", "host:port" or "https://host:port"; plain http is refused."""
    text = address.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.hostname:
        raise SyncConnectionError(
            "Die Adresse muss mit „https://“ beginnen oder nur Rechner und Port nennen."
        )
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise SyncConnectionError("Der Port der Adresse ist keine gültige Zahl.") from exc
    return parts.hostname, port


def fetch_certificate(address: str) -> ServerCertificate:
    """The certificate the office presents, unverified: its fingerprint is for the advisor to confirm."""
    host, port = parse_address(address)
    try:
        pem = ssl.get_server_certificate((host, port), timeout=CONNECT_TIMEOUT)
    except (OSError, ssl.SSLError) as exc:
        raise SyncConnectionError(
            Message(
                "Die Koordinierungsstelle unter {host}:{port} ist nicht erreichbar oder spricht kein HTTPS.",
                host=host,
                port=port,
            )
        ) from exc
    return ServerCertificate(pem, fingerprint_of_pem(pem))


def _url(host: str, port: int) -> str:
    return f"https://[{host}]:{port}" if ":" in host else f"https://{host}:{port}"


def _http_client(certificate_pem: str) -> httpx.Client:
    return httpx.Client(verify=pinned_context(certificate_pem), timeout=TIMEOUT)


def _send(
    base_url: str, certificate_pem: str, method: str, path: str, body: bytes, headers: dict[str, str]
) -> Any:
    """One request over a connection of its own (enrolment)."""
    with _http_client(certificate_pem) as client:
        return _send_on(client, base_url, certificate_pem, method, path, body, headers)


def _send_on(
    client: httpx.Client,
    base_url: str,
    certificate_pem: str,
    method: str,
    path: str,
    body: bytes,
    headers: dict[str, str],
) -> Any:
    """One request over ``client``: a connection it keeps open is reused (one TLS handshake per sync)."""
    expected = fingerprint_of_pem(certificate_pem)
    try:
        response = client.request(method, base_url + path, content=body, headers=headers)
        _check_peer(response, expected)
    except httpx.ConnectError as exc:
        if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(exc).upper():
            raise SyncConnectionError(
                "Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte. Es wurde nichts "
                "gesendet. Bitte in der Koordinierungsstelle nachfragen, bevor Sie neu verbinden."
            ) from exc
        raise SyncConnectionError("Die Koordinierungsstelle ist nicht erreichbar.") from exc
    except (OSError, httpx.HTTPError) as exc:
        raise SyncConnectionError("Die Verbindung zur Koordinierungsstelle ist abgebrochen.") from exc
    return _answer(response)


def _check_peer(response: httpx.Response, expected: str) -> None:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    if der is not None and fingerprint_of_der(der) != expected:
        raise SyncConnectionError("Die Koordinierungsstelle zeigt ein anderes Zertifikat als das bestätigte.")


def _answer(response: httpx.Response) -> Any:
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if response.status_code != 200:
        message = payload.get("error") if isinstance(payload, dict) else None
        raise SyncConnectionError(
            message
            if isinstance(message, str)
            else Message("Die Koordinierungsstelle antwortet mit Fehler {code}.", code=response.status_code)
        )
    return payload


def connect_to_office(
    ws: Workspace, address: str, code: str, certificate: ServerCertificate, *, label: str, actor: str
) -> OfficeConnection:
    """Enrol this workspace with the office (the advisor confirmed ``certificate``) and keep the credential."""
    if office_connection(ws) is not None:
        raise SyncConnectionError("Dieser Arbeitsbereich ist schon mit einer Koordinierungsstelle verbunden.")
    host, port = parse_address(address)
    base_url = _url(host, port)
    private_key = new_private_key()
    body = json.dumps(
        {"code": code, "public_key": base64.b64encode(public_key_of(private_key)).decode(), "label": label}
    ).encode()
    answer = _send(base_url, certificate.pem, "POST", "/v1/enrol", body, {"content-type": "application/json"})
    connection = OfficeConnection(
        base_url=base_url,
        device_id=uuid.UUID(answer["device_id"]),
        private_key=private_key,
        certificate_pem=certificate.pem,
        network_id=uuid.UUID(answer["network_id"]),
        advisor_id=_optional_id(answer.get("advisor_id")),
        office_user_id=_optional_id(answer.get("office_user_id")),
    )
    tag = answer.get("code_tag")
    _store(ws, connection, actor, tag if isinstance(tag, str) else None)
    return connection


def _store(ws: Workspace, connection: OfficeConnection, actor: str, tag: str | None) -> None:
    value = {
        "base_url": connection.base_url,
        "device_id": str(connection.device_id),
        "private_key": base64.b64encode(connection.private_key).decode(),
        "certificate_pem": connection.certificate_pem,
        "network_id": str(connection.network_id),
        "advisor_id": _optional_text(connection.advisor_id),
        "office_user_id": _optional_text(connection.office_user_id),
    }
    with ws.unit_of_work() as uow:
        uow.session.add(WorkspaceSetting(key=SETTING_KEY, value=value))
        if tag:  # an office before 0010_sync_ids gives none: codes stay untagged
            store_code_tag(uow.session, tag)
        settle_bundled_content(uow.session.connection())  # the shipped content enters as seed (version 0)
        record(
            uow.session,
            actor=actor,
            action="sync.connected",
            entity_type="workspace_setting",
            entity_id=connection.device_id,
            new={"adresse": connection.base_url, "fingerabdruck": connection.fingerprint},
        )
        uow.commit()


def office_connection(ws: Workspace) -> OfficeConnection | None:
    with ws.unit_of_work() as uow:
        row = uow.session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == SETTING_KEY))
        value = row.value if row is not None else None
    if not isinstance(value, dict):
        return None
    return OfficeConnection(
        base_url=value["base_url"],
        device_id=uuid.UUID(value["device_id"]),
        private_key=base64.b64decode(value["private_key"]),
        certificate_pem=value["certificate_pem"],
        network_id=uuid.UUID(value["network_id"]),
        advisor_id=_optional_id(value.get("advisor_id")),
        office_user_id=_optional_id(value.get("office_user_id")),
    )


def _optional_id(text: Any) -> uuid.UUID | None:
    return uuid.UUID(text) if isinstance(text, str) and text else None


def _optional_text(ident: uuid.UUID | None) -> str | None:
    return None if ident is None else str(ident)


class OfficeClient:
    """Signed requests of this device to its office, over the pinned certificate.

    Inside ``with client:`` every request shares one HTTPS connection (kept alive); outside it each request opens
    its own. Every response is still checked against the pinned certificate.
    """

    def __init__(self, connection: OfficeConnection) -> None:
        self.connection = connection
        self._http: httpx.Client | None = None

    def __enter__(self) -> OfficeClient:
        if self._http is None:
            self._http = _http_client(self.connection.certificate_pem)
        return self

    def __exit__(self, *exc_info: object) -> None:
        http, self._http = self._http, None
        if http is not None:
            http.close()

    @classmethod
    def for_workspace(cls, ws: Workspace) -> OfficeClient:
        connection = office_connection(ws)
        if connection is None:
            raise SyncConnectionError("Dieser Arbeitsbereich ist mit keiner Koordinierungsstelle verbunden.")
        return cls(connection)

    def request(self, method: str, path: str, body: bytes = b"") -> Any:
        c = self.connection
        headers = sign_request(c.private_key, c.device_id, method, path, body).headers()
        if body:
            headers["content-type"] = "application/json"
        if self._http is None:
            return _send(c.base_url, c.certificate_pem, method, path, body, headers)
        return _send_on(self._http, c.base_url, c.certificate_pem, method, path, body, headers)

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, payload: Any) -> Any:
        return self.request("POST", path, json.dumps(payload, separators=(",", ":")).encode())

    def hello(self) -> dict[str, Any]:
        answer: dict[str, Any] = self.get("/v1/hello")
        return answer
