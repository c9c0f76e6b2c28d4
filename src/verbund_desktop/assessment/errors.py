"""The one base of every error whose message is meant for the advisor, and the messages themselves.

It lives in the domain layer because every layer (domain, persistence, services, reports, UI, CLI) may import
the domain. ``str(err)`` of a ``UserError`` is a complete German sentence without personal data beyond what the
advisor just typed; the CLI prints it, the UI shows it in its own language (``ui/common/service_messages.py``).
Any other exception is a bug or an unexpected failure: the UI and the CLI log it and show a German apology
instead of its text.

A message with parameters is a :class:`Message`: the German text (it *is* a ``str``, so everything that
treats it as text keeps working) that also keeps its template and its parameters. The UI translates the
template through Qt's translation files, with German text as the key, and formats the parameters (dates,
numbers) in the UI language. A message without parameters needs no ``Message``: its German text is the key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verbund_desktop.files import FileTooLargeError


@cache
def _formats() -> tuple[type, Callable[[Any], str], type, Callable[[Any], str]]:
    """The German formats, imported at first use (``decimal``, ``datetime``): this module is on the way to the
    first window, whose messages have no such parameters."""
    from datetime import date
    from decimal import Decimal

    from verbund_desktop.assessment.german import format_date, format_decimal

    return Decimal, format_decimal, date, format_date


def _german(value: object) -> object:
    """A parameter as the German text shows it: dates 22.03.2027, decimals 1.234,5; ints and text as they are."""
    if isinstance(value, int | str):
        return value
    decimal, format_decimal, date, format_date = _formats()
    if isinstance(value, decimal):
        return format_decimal(value)
    if isinstance(value, date):
        return format_date(value)
    return value


class Message(str):
    """A German sentence built from ``template`` (``str.format`` fields by name) and typed ``params``.

    Parameters: text (what the advisor typed, a name) stays as it is; a :class:`~datetime.date` and a
    :class:`~decimal.Decimal` are formatted for the reader (German here, the UI language in the UI); an ``int``
    is written without separators (years, counts); a ``Message`` (a part of a sentence such as „Der Beginn“)
    is translated with it.
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        text = (
            template.format(**{name: _german(value) for name, value in params.items()})
            if params
            else template
        )
        self = super().__new__(cls, text)
        self.template = template
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickled (a worker's exception) with its template
        return (_rebuild, (self.template, dict(self.params)))


def _rebuild(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


def as_message(text: str) -> Message:
    """A plain German text (a part of a sentence such as „Der Beginn“) as a message, so the UI translates it
    when it is a parameter of another message; a ``Message`` stays as it is."""
    return text if isinstance(text, Message) else Message(text)


def failure_message(exc: OSError) -> Message:
    """``files.failure_reason`` as a message part: the German clause („der Datenträger ist voll“), or the
    system's own words in a German frame („Systemmeldung „No such device““), both translatable by the UI."""
    from verbund_desktop.files import german_reason, system_text

    reason = german_reason(exc)
    return Message(reason) if reason else Message("Systemmeldung „{text}“", text=system_text(exc))


def too_large_message(exc: FileTooLargeError) -> Message:
    """``files.FileTooLargeError`` as a message the UI translates (the same German text)."""
    return Message(
        "Die Datei „{label}“ ist zu groß (mehr als {size}) und wird nicht gelesen.",
        label=exc.label,
        size=exc.size,
    )


def not_a_workspace_message(path: Path) -> Message | None:
    """None when ``path`` may be a workspace; else why it is not one, naming what it is when that is known
    (``files.foreign_file_kind``): for a PDF or a picture chosen as a workspace, instead of a passphrase prompt."""
    from verbund_desktop.files import foreign_file_kind

    kind = foreign_file_kind(path)
    if kind is None:
        return None
    if not kind:
        return Message(
            "„{name}“ ist kein Arbeitsbereich von Verbund Desktop. Bitte die Datei des Arbeitsbereichs wählen "
            "(meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.",
            name=path.name,
        )
    return Message(
        "„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {kind}). Bitte die Datei des "
        "Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert.",
        name=path.name,
        kind=Message(kind),
    )


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with, keeping a :class:`Message` (``str(exc)`` would drop its
    template): for passing one error's message on inside another."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


class UserError(Exception):
    """A failure the advisor can understand and act on; ``str(err)`` is a German sentence.

    ``messages`` are the sentences as raised (``Message`` or plain German text) for the UI to translate; a
    subclass that joins several problems into one text (``ValidationError``) lists them there.
    """

    @property
    def messages(self) -> tuple[str, ...]:
        return (message_of(self),)


class InputError(UserError, ValueError):
    """Input that cannot be accepted (a ``ValueError`` too, so existing ``except ValueError`` keeps working)."""
