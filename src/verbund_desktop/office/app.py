"""The sync service's routes: enrolment, an authenticated hello, a scoped read, push and pull.

Every route but ``/v1/enrol`` needs a request signed by an enrolled, not revoked device
(``services.office.auth``). Errors are JSON ``{"error": "<German sentence>"}``; the log names the route, the
outcome and the device's id, never a code, a key, a body or a person.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.services.office.auth import RequestRefused, authenticate
from verbund_desktop.services.office.companies import company_summary
from verbund_desktop.services.office.database import OFFICE_DB_ENV, OfficeDatabase, open_office_database
from verbund_desktop.services.office.devices import Scope, enrol_device
from verbund_desktop.services.office.exchange import pull_changes, push_changesets
from verbund_desktop.services.office.replica_tags import replica_code_tag

log = logging.getLogger("verbund_desktop.office")
MAX_BODY = 32 * 1024 * 1024  # bytes: a week of one advisor's changes fits many times

Handler = Callable[[Request], Awaitable[Response]]


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _body(request: Request) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY:
        raise RequestRefused("Die Anfrage ist zu groß.", status=413, reason="too-large")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise RequestRefused("Die Anfrage ist zu groß.", status=413, reason="too-large")
    return body


def _signed_path(request: Request) -> str:
    raw: bytes = request.scope.get("raw_path") or request.url.path.encode("ascii")
    query: bytes = request.scope.get("query_string", b"")
    return raw.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


def _guarded(route: str, work: Callable[[Request], Awaitable[Response]]) -> Handler:
    async def endpoint(request: Request) -> Response:
        try:
            return await work(request)
        except RequestRefused as refused:
            log.warning("%s refused: %s", route, refused.reason)
            return _error(str(refused), refused.status)
        except UserError as err:
            log.info("%s refused: input", route)
            return _error(str(err), 400)
        except Exception as exc:  # a bug or the database: the log gets the type, the laptop an apology
            log.error("%s failed: %s", route, type(exc).__name__)
            return _error("Interner Fehler in der Koordinierungsstelle; bitte später erneut versuchen.", 500)

    return endpoint


class OfficeService:
    """The routes bound to one open office database."""

    def __init__(self, office: OfficeDatabase) -> None:
        self.office = office

    async def scope_of(self, request: Request, body: bytes) -> Scope:
        headers = dict(request.headers.items())
        path = _signed_path(request)
        return await run_in_threadpool(authenticate, self.office, headers, request.method, path, body)

    async def enrol(self, request: Request) -> Response:
        fields = _json_object(await _body(request))
        code, key, label = fields.get("code"), fields.get("public_key"), fields.get("label", "")
        if not isinstance(code, str) or not isinstance(key, str) or not isinstance(label, str):
            raise UserError("Code und Geräteschlüssel fehlen.")
        try:
            public_key = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise UserError("Der Geräteschlüssel ist ungültig.") from exc
        device = await run_in_threadpool(enrol_device, self.office, code, public_key, label)
        log.info("device enrolled: %s", device.id)
        return JSONResponse(
            {
                "device_id": str(device.id),
                "advisor_id": _optional(device.advisor_id),
                "office_user_id": _optional(device.office_user_id),
                "holder_name": device.holder_name,
                "network_id": str(device.network_id),
                "code_tag": device.code_tag,
            }
        )

    async def hello(self, request: Request) -> Response:
        scope = await self.scope_of(request, await _body(request))
        companies = sorted(str(c) for c in scope.company_ids or ())
        return JSONResponse(
            {
                "network_id": str(scope.network_id),
                "advisor_id": _optional(scope.advisor_id),
                "office_user_id": _optional(scope.office_user_id),
                "whole_network": scope.company_ids is None,  # an office user's device: every company
                "companies": companies,
            }
        )

    async def company(self, request: Request) -> Response:
        scope = await self.scope_of(request, await _body(request))
        try:
            company_id = uuid.UUID(request.path_params["company_id"])
        except ValueError as exc:
            raise UserError("Die Betriebs-ID ist ungültig.") from exc
        return JSONResponse(await run_in_threadpool(company_summary, self.office, scope, company_id))

    async def push(self, request: Request) -> Response:
        body = await _body(request)
        scope = await self.scope_of(request, body)
        answer = await run_in_threadpool(push_changesets, self.office, scope, _json_object(body))
        log.info("push: %d changesets", len(answer["results"]))
        return JSONResponse(answer)

    async def replica(self, request: Request) -> Response:
        body = await _body(request)
        scope = await self.scope_of(request, body)
        replica = _json_object(body).get("replica_id")
        tag = await run_in_threadpool(replica_code_tag, self.office, scope, replica)
        log.info("replica tag: device %s", scope.device_id)
        return JSONResponse({"code_tag": tag})

    async def pull(self, request: Request) -> Response:
        scope = await self.scope_of(request, await _body(request))
        after, limit = request.query_params.get("after"), request.query_params.get("limit")
        return JSONResponse(await run_in_threadpool(pull_changes, self.office, scope, after, limit))


def _optional(ident: uuid.UUID | None) -> str | None:
    return None if ident is None else str(ident)


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError("Die Anfrage ist kein gültiges JSON.") from exc
    if not isinstance(value, dict):
        raise UserError("Die Anfrage ist kein JSON-Objekt.")
    return value


def create_app(office: OfficeDatabase) -> Starlette:
    service = OfficeService(office)
    routes = [
        Route("/v1/enrol", _guarded("enrol", service.enrol), methods=["POST"]),
        Route("/v1/hello", _guarded("hello", service.hello), methods=["GET"]),
        Route("/v1/companies/{company_id}", _guarded("company", service.company), methods=["GET"]),
        Route("/v1/push", _guarded("push", service.push), methods=["POST"]),
        Route("/v1/pull", _guarded("pull", service.pull), methods=["GET"]),
        Route("/v1/replica", _guarded("replica", service.replica), methods=["POST"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        office.close()

    return Starlette(routes=routes, lifespan=lifespan)


def app_from_environment() -> Starlette:
    """The app for ``uvicorn --factory verbund_desktop.office.app:app_from_environment`` (URL in VERBUND_OFFICE_DB)."""
    url = os.environ.get(OFFICE_DB_ENV)
    if not url:
        raise RuntimeError(f"{OFFICE_DB_ENV} is not set")
    return create_app(open_office_database(url))
