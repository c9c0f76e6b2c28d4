"""The messages of the services and the domain in the UI language: the one way the UI shows a ``UserError``.

The services raise German sentences (``assessment/errors.py``); the CLI prints them as they are. The UI shows
them through :func:`user_message` (an exception) or :func:`ui_message` (one sentence, e.g. a form's problem
beside its field): the German text — the template of a :class:`~verbund_desktop.assessment.errors.Message`,
or a plain sentence — is the key into Qt's translation files (context ``ServiceMessages``), and the parameters
are formatted by ``locale_format`` (22/03/2027, 1,234.5). A sentence without an English translation stays
German as a whole, never half translated; the German UI shows every text exactly as raised.

The templates are listed in ``service_message_catalogue.SERVICE_MESSAGES`` so that ``make translations``
extracts them (lupdate reads the UI only); ``tests/ui/common/test_service_messages.py`` checks that every
``Message(...)`` of the services and the domain is listed there and that nothing listed is gone from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.ui.common.locale_format import is_german, ui_date, ui_decimal

CONTEXT = "ServiceMessages"
_FIELDS = re.compile(r"\{[^{}]*\}")


def _translated(template: str) -> str | None:
    """The English template, or None when the template has no translation (then the German text stays).
    A template without words of its own („– {problem}“) is the same in every language."""
    found = QCoreApplication.translate(CONTEXT, template)
    if found != template or not any(c.isalpha() for c in _FIELDS.sub("", template)):
        return found
    return None


class _Untranslated(Exception):
    """A part of the sentence has no translation: the whole sentence stays German."""


def _param(value: object) -> object:
    if isinstance(value, Message):
        return _english(value)
    if isinstance(value, date):
        return ui_date(value)
    if isinstance(value, Decimal):
        return ui_decimal(value)
    return value  # what the advisor typed, a name: as it is


def _english(text: Message) -> str:
    template = _translated(text.template)
    if template is None:
        raise _Untranslated
    return template.format(**{name: _param(value) for name, value in text.params.items()})


def ui_message(text: str) -> str:
    """One sentence of a service or the domain in the UI language (German unchanged)."""
    if is_german() or not text:
        return str(text)
    if not isinstance(text, Message):
        return _translated(text) or text
    try:
        return _english(text)
    except _Untranslated:
        return str(text)


def ui_messages(texts: Iterable[str], separator: str = "\n") -> str:
    return separator.join(ui_message(text) for text in texts)


def user_message(exc: BaseException) -> str:
    """What the UI says for a ``UserError`` (its sentences, one per line, in the UI language); for any other
    exception its text as it is (the callers show only errors meant for the advisor)."""
    if isinstance(exc, UserError):
        return ui_messages(exc.messages)
    return str(exc)
