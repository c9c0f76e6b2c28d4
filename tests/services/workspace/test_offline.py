"""Offline: nothing in the program reaches for the network (advisors work at kitchen tables without Wi-Fi).

(a) The source tree uses no network API at all (allow-list: empty). (b) Creating, opening and using a
workspace through the services never opens a socket.
"""

from __future__ import annotations

import ast
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

SOURCE = Path(__file__).resolve().parents[3] / "src" / "verbund_desktop"

NETWORK_MODULES = (
    "socket",
    "ssl",
    "socketserver",
    "asyncio.streams",
    "urllib.request",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)
NETWORK_NAMES = (
    "QNetworkAccessManager",
    "QNetworkRequest",
    "QTcpSocket",
    "QUdpSocket",
    "QSslSocket",
    "QWebEngineView",
    "QWebSocket",
    "QDnsLookup",
    "urlopen",
    "create_connection",
    "getaddrinfo",
    "open_connection",
)
# Files allowed to use a network API, with the reason. The program works fully offline.
ALLOWED: dict[str, str] = {
    "ui/shell/instance.py": "QLocalServer/QLocalSocket only: a named pipe or Unix-domain socket between two program "
    "instances on this computer (second start asks the first to show its window); no network.",
}


def network_uses(source: str) -> list[str]:
    """Every network import, dynamic import of a network module, or use of a network API name in ``source``."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if called in ("__import__", "import_module") and isinstance(node.args[0].value, str):
                modules = [node.args[0].value]
        for module in modules:
            if any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES):
                found.append(f"Zeile {getattr(node, 'lineno', '?')}: {module}")
        name = (
            node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        )
        if name in NETWORK_NAMES:
            found.append(f"Zeile {getattr(node, 'lineno', '?')}: {name}")
    return found


def source_files() -> Iterator[Path]:
    yield from sorted(SOURCE.rglob("*.py"))


def test_the_scanner_finds_network_code() -> None:
    sample = """
import socket
from urllib.request import urlopen
from PySide6.QtNetwork import QNetworkAccessManager
import importlib
mod = importlib.import_module("http.client")
requests = __import__("requests")
manager = QtNetwork.QNetworkAccessManager()
"""
    found = network_uses(sample)
    for expected in (
        "socket",
        "urllib.request",
        "PySide6.QtNetwork",
        "http.client",
        "requests",
        "QNetworkAccessManager",
    ):
        assert any(expected in line for line in found), expected
    assert network_uses("import sqlite3\nfrom pathlib import Path\nurl = 'https://example.org'\n") == []


def test_source_tree_uses_no_network_api() -> None:
    files = list(source_files())
    assert len(files) > 50  # the scan really covers the program
    offenders = {
        str(path.relative_to(SOURCE)): uses
        for path in files
        if (uses := network_uses(path.read_text(encoding="utf-8")))
        and str(path.relative_to(SOURCE)) not in ALLOWED
    }
    assert offenders == {}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a network connection is recorded (and refused)."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError("Netzwerkzugriff im Test verboten")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_guard_notices_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError), socket.socket() as sock:
        sock.connect(("192.0.2.1", 80))
    assert len(no_network) == 1


def test_demo_open_and_interview_never_touch_the_network(no_network: list[str], tmp_path: Path) -> None:
    from verbund_desktop.services.needs import company_interview
    from verbund_desktop.services.organisation.companies import (
        CompanyInput,
        EmployeeInput,
        create_company,
        create_employee,
    )
    from verbund_desktop.services.organisation.directory import Directory
    from verbund_desktop.services.workspace.demo import create_demo_workspace
    from verbund_desktop.services.workspace.workspace_service import open_existing

    path = tmp_path / "demo.db"
    create_demo_workspace(path, "geheime Passphrase").close()
    ws = open_existing(path, "geheime Passphrase")
    try:
        company_id = create_company(ws, CompanyInput("Offline GmbH", 12), actor="Test")
        create_employee(
            ws, company_id, EmployeeInput("Jörg", "Fuß", "OG-01"), actor="Test", today=date(2026, 10, 12)
        )
        state = company_interview.start_interview(ws, company_id, actor="Test")
        company_interview.save_answer(ws, state.id, "branche", "Handwerk", actor="Test")
        company_interview.save_note(ws, state.id, "branche", "vor Ort notiert", actor="Test")
        assert company_interview.complete_interview(ws, state.id, actor="Test")  # required ones still open
        assert len(Directory(ws).companies()) == 4
    finally:
        ws.close()
    assert no_network == []
