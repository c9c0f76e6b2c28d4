"""One UserError base for advisor messages; the CLI shows those, apologises for everything else (with the log
file's place), never prints a traceback, and stops quietly when its reader goes away."""

from __future__ import annotations

import argparse
import io
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.assessment.errors import InputError, UserError
from verbund_desktop.assessment.funding import FundingInputError
from verbund_desktop.assessment.funding_rules import FundingRuleError
from verbund_desktop.cli import main as cli
from verbund_desktop.cli.common import CliError
from verbund_desktop.logfile import configure_logging, describe_exception, log_path
from verbund_desktop.persistence.backup import BackupError
from verbund_desktop.persistence.errors import WorkspaceError
from verbund_desktop.services.competency.assessments import AssessmentError
from verbund_desktop.services.organisation.company_validation import NotFoundError, ValidationError
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.planning.printing import PrintError
from verbund_desktop.services.protection.consent import ConsentError
from verbund_desktop.services.protection.privacy import ConsentRequiredError
from verbund_desktop.services.workspace.demo import DemoExistsError

# Kept out of the raising lines: the log shows the source line of each frame, and it must be the message
# (never logged) that carries the name, not the code.
SECRET = "Geheime Notiz über Frau Özdemir"
FIRST_NAME, LAST_NAME = "Änne", "Schröder"


@pytest.mark.parametrize(
    "kind",
    [
        CliError,
        WorkspaceError,
        BackupError,
        InputError,
        ContentError,
        FundingInputError,
        FundingRuleError,
        AssessmentError,
        ValidationError,
        NotFoundError,
        ConsentError,
        ConsentRequiredError,
        DemoExistsError,
        PlanError,
        PrintError,
    ],
)
def test_every_german_message_error_is_a_user_error(kind: type[BaseException]) -> None:
    assert issubclass(kind, UserError)


def test_a_plain_value_error_is_not_a_user_error() -> None:
    assert not issubclass(ValueError, UserError)
    assert issubclass(InputError, ValueError)  # existing `except ValueError` keeps catching input errors


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_bug_in_a_command_is_an_apology_with_the_log_file_and_no_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def buggy(_args: argparse.Namespace) -> int:
        return int("zwölf")

    monkeypatch.setattr(cli, "_cmd_catalog_list", buggy)
    code = cli.main(["catalog", "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert "interner Fehler" in err and str(log_path()) in err
    assert "Traceback" not in err and "invalid literal" not in err and "zwölf" not in err
    flush_logs()
    log_text = log_path().read_text(encoding="utf-8")
    assert "Interner Fehler im Befehl catalog" in log_text and "builtins.ValueError" in log_text
    assert "invalid literal" not in log_text


def test_a_user_error_is_its_german_sentence_with_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(_args: argparse.Namespace) -> int:
        raise InputError("Bitte mindestens einen Eintrag auswählen.")

    monkeypatch.setattr(cli, "_cmd_catalog_list", refused)
    assert cli.main(["catalog", "list"]) == 2
    assert capsys.readouterr().err == "verbund: Fehler: Bitte mindestens einen Eintrag auswählen.\n"


def test_a_300_character_output_name_is_named_as_too_long(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERBUND_PASSPHRASE", "Lange Namen 2026")
    db = tmp_path / "demo.db"
    assert cli.main(["demo", "--db", str(db)]) == 0
    ids = capsys.readouterr()
    assert cli.main(["list", "betriebe", "--db", str(db)]) == 0
    company = capsys.readouterr().out.split("\t", 1)[0]
    out = tmp_path / ("x" * 300 + ".pdf")
    code = cli.main(["report", "company", "--db", str(db), "--company", company, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "zu lang" in err and "Traceback" not in err, (ids, err)


def test_amounts_beyond_decimal_precision_are_refused_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        [
            "funding",
            "estimate",
            "--start",
            "2025-01-01",
            "--company-size",
            "30",
            "--age",
            "40",
            "--hours",
            "200",
            "--course-cost",
            "1" + "0" * 28,
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "Zu groß: Die Lehrgangskosten" in err and "interner Fehler" not in err


def test_a_closed_pipe_stops_the_listing_quietly(tmp_path: Path) -> None:
    """`verbund catalog show … | head -1` as real processes: the reader leaves after one line."""
    env = {**os.environ, "VERBUND_LOG_DIR": str(tmp_path / "logs")}
    writer = subprocess.Popen(
        [sys.executable, "-m", "verbund_desktop.cli.main", "catalog", "show", "digcomp-2.2", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.readline()
    writer.stdout.close()  # like `head -1` exiting
    err = writer.stderr.read().decode()
    writer.stderr.close()
    code = writer.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code in (0, 141)


def test_a_closed_pipe_in_process_exits_141_without_a_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, _s: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["catalog", "list"]) == 141
    assert capsys.readouterr().err == ""


def test_uncaught_exceptions_of_threads_reach_the_log_without_their_message() -> None:
    path = configure_logging()
    assert path is not None

    def crash() -> None:
        raise RuntimeError(SECRET)

    thread = threading.Thread(target=crash)
    thread.start()
    thread.join()
    flush_logs()
    text = path.read_text(encoding="utf-8")
    assert "Hintergrund-Thread" in text and "builtins.RuntimeError" in text
    assert "Özdemir" not in text


def test_the_log_file_goes_to_verbund_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERBUND_LOG_DIR", str(tmp_path / "eigene-logs"))
    path = configure_logging()
    assert path == tmp_path / "eigene-logs" / "verbund.log"
    logging.getLogger("verbund_desktop.test").info("Arbeitsbereich geöffnet (%d Betriebe)", 3)
    flush_logs()
    assert "Arbeitsbereich geöffnet (3 Betriebe)" in path.read_text(encoding="utf-8")


def test_describe_exception_lists_the_chain_without_messages() -> None:
    try:
        try:
            raise KeyError(FIRST_NAME)
        except KeyError as inner:
            raise ValueError(LAST_NAME) from inner
    except ValueError as exc:
        text = describe_exception(exc)
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "Änne" not in text and "Schröder" not in text


def test_stderr_output_failure_does_not_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    class Full(io.StringIO):
        def write(self, _s: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stderr", Full())
    assert cli._fail("Der Datenträger ist voll.") == 2
