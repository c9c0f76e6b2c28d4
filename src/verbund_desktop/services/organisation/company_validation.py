"""Checks of company and employee master data: every problem as a German sentence, keyed by field.

Pure functions (no database): the services call them before anything is written, the dialogs call them to show
messages beside the fields. Numbers may arrive as text from a form; they are parsed here, strictly.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from verbund_desktop.assessment.clean_names import clean_name
from verbund_desktop.assessment.errors import Message, UserError, as_message, message_of
from verbund_desktop.assessment.funding_format import parse_weighted_headcount

EARLIEST_BIRTH_YEAR = 1940
MINIMUM_AGE = 14
MAX_CODE_LENGTH = 20

NumberText = int | str | None
HeadcountText = int | Decimal | str | None  # weighted, steps of 0.25: "49,75", "49.75", 50

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^\d{5}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
_NUMBERED_CODE = re.compile(r"^(.*?)(\d+)$")
_TAGGED_PREFIX = re.compile(r"^(.*-)([A-Za-z]+)$")  # "BM-C": the base "BM-" and a laptop's tag "C"
_LEGAL_FORMS = frozenset(
    {"gmbh", "mbh", "kg", "ag", "ug", "ohg", "gbr", "co", "co.", "ek", "e.k.", "ev", "e.v.", "se", "kgaa"}
    | {"und", "haftungsbeschränkt", "&", "+", "-", "gmbh&co"}
)


class ValidationError(UserError, ValueError):
    """Input that cannot be saved. ``problems`` maps a field name to a German message; ``str()`` lists all."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("\n".join(self.problems.values()))

    @property
    def messages(self) -> tuple[str, ...]:
        return tuple(self.problems.values())


class NotFoundError(UserError, ValueError):
    """The record was deleted or archived meanwhile (e.g. by another window); the message says so in German."""


@dataclass(frozen=True)
class CompanyInput:
    """What the company form collects. ``headcount_linked`` empty means: no linked companies (same figure).

    Headcounts are weighted by weekly hours (§ 82 Abs. 6 SGB III), in steps of 0.25.
    """

    name: str
    headcount: HeadcountText
    headcount_linked: HeadcountText = None
    industry: str = ""
    street: str = ""
    postcode: str = ""
    region: str = ""
    works_council: bool = False
    training_agreement: bool = False
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    notes: str = ""
    dpo_name: str = ""  # the company's data protection officer, printed on the Art. 13 sheet
    dpo_contact: str = ""


@dataclass(frozen=True)
class EmployeeInput:
    """What the employee form collects; ``department_id``/``role_id`` must belong to the same company."""

    first_name: str
    last_name: str
    pseudonym_code: str
    job_title: str = ""
    department_id: uuid.UUID | None = None
    role_id: uuid.UUID | None = None
    birth_year: NumberText = None
    has_vocational_qualification: bool = True
    qualification_year: NumberText = None
    notes: str = ""


def parse_whole_number(value: NumberText) -> int | None:
    """An int from an int or from text such as "45" or "1.200"; None for empty input.

    Raises ValueError for anything that is not a whole number (decimals, letters, bool).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    text = value.strip().replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", text):  # German thousands separators
        text = text.replace(".", "")
    if not re.fullmatch(r"[+-]?\d+", text):
        raise ValueError(value)
    return int(text)


def check_company(data: CompanyInput) -> dict[str, Any]:
    """The column values to store, or ValidationError naming every problem."""
    problems: dict[str, str] = {}
    name = clean_name(data.name)
    if not name:
        problems["name"] = "Bitte den Namen des Betriebs angeben."
    headcount = _headcount(data.headcount, "headcount", problems)
    if headcount is None and "headcount" not in problems:
        problems["headcount"] = (
            "Bitte die Zahl der Beschäftigten angeben (Teilzeitkräfte anteilig, z. B. 49,75)."
        )
    linked = _headcount(data.headcount_linked, "headcount_linked", problems)
    if linked is None:
        linked = headcount
    elif headcount is not None and linked < headcount:
        problems["headcount_linked"] = Message(
            "Die Zahl der Beschäftigten inklusive verbundener Unternehmen ({linked}) darf "
            "nicht kleiner sein als die Zahl der Beschäftigten des Betriebs ({headcount}).",
            linked=Decimal(linked),
            headcount=Decimal(headcount),
        )
    postcode = data.postcode.strip()
    if postcode and not _POSTCODE.fullmatch(postcode):
        problems["postcode"] = "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben)."
    email = data.contact_email.strip()
    if email and not _EMAIL.fullmatch(email):
        problems["contact_email"] = Message("Die E-Mail-Adresse „{email}“ ist ungültig.", email=email)
    if problems:
        raise ValidationError(problems)
    return {
        "name": name,
        "industry": clean_name(data.industry),
        "headcount": headcount,
        "headcount_linked": linked,
        "street": data.street.strip(),
        "postcode": postcode,
        "region": clean_name(data.region),
        "works_council": bool(data.works_council),
        "training_agreement": bool(data.training_agreement),
        "contact_name": clean_name(data.contact_name),
        "contact_email": email,
        "contact_phone": data.contact_phone.strip(),
        "notes": data.notes.strip(),
        "dpo_name": data.dpo_name.strip(),
        "dpo_contact": data.dpo_contact.strip(),
    }


def check_employee(
    data: EmployeeInput,
    *,
    taken_codes: Iterable[str],
    company_name: str = "",
    today: date | None = None,
    tag: str | None = None,
) -> dict[str, Any]:
    """The column values to store, or ValidationError. ``taken_codes``: the codes of the company's other people;
    ``tag``: this laptop's code tag, for the code a message suggests."""
    year = (today or date.today()).year
    problems: dict[str, str] = {}
    first, last = clean_name(data.first_name), clean_name(data.last_name)
    if not first:
        problems["first_name"] = "Bitte den Vornamen angeben."
    if not last:
        problems["last_name"] = "Bitte den Nachnamen angeben."
    code = clean_name(data.pseudonym_code)
    code_problem = _code_problem(code, list(taken_codes), company_name, tag)
    if code_problem:
        problems["pseudonym_code"] = code_problem
    latest_birth = year - MINIMUM_AGE
    birth = _number(data.birth_year, "birth_year", "Das Geburtsjahr muss eine ganze Zahl sein.", problems)
    if birth is not None and not EARLIEST_BIRTH_YEAR <= birth <= latest_birth:
        problems["birth_year"] = Message(
            "Das Geburtsjahr muss zwischen {earliest} und {latest} liegen.",
            earliest=EARLIEST_BIRTH_YEAR,
            latest=latest_birth,
        )
    qualified = bool(data.has_vocational_qualification)
    qualification = _number(
        data.qualification_year,
        "qualification_year",
        "Das Abschlussjahr muss eine ganze Zahl sein.",
        problems,
    )
    if qualification is not None:
        qualification_problem = _qualification_problem(
            qualification, qualified, None if "birth_year" in problems else birth, year
        )
        if qualification_problem:
            problems["qualification_year"] = qualification_problem
    if problems:
        raise ValidationError(problems)
    return {
        "first_name": first,
        "last_name": last,
        "pseudonym_code": code,
        "job_title": clean_name(data.job_title),
        "department_id": data.department_id,
        "role_id": data.role_id,
        "birth_year": birth,
        "has_vocational_qualification": qualified,
        "qualification_year": qualification if qualified else None,
        "notes": data.notes.strip(),
    }


def _code_problem(code: str, taken: list[str], company_name: str, tag: str | None) -> str:
    """Why ``code`` cannot be this person's pseudonym code, or ""."""
    if not code:
        return Message(
            "Bitte einen Pseudonym-Code angeben, z. B. „{code}“.", code=suggest_code(company_name, taken, tag)
        )
    if len(code) > MAX_CODE_LENGTH or not _CODE.fullmatch(code):
        return Message(
            "Der Pseudonym-Code darf nur Buchstaben ohne Umlaute, Ziffern, „-“ und „_“ enthalten "
            "(höchstens {limit} Zeichen), z. B. „BM-06“.",
            limit=MAX_CODE_LENGTH,
        )
    if code.casefold() in {other.strip().casefold() for other in taken}:
        return Message(
            "Den Pseudonym-Code „{code}“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „{free}“.",
            code=code,
            free=suggest_code(company_name, taken, tag),
        )
    return ""


def _qualification_problem(qualification: int, qualified: bool, birth: int | None, year: int) -> str:
    """Why the year of the vocational qualification is impossible, or "" (``birth``: a valid birth year)."""
    earliest = birth + MINIMUM_AGE if birth is not None else EARLIEST_BIRTH_YEAR + MINIMUM_AGE
    if not qualified:
        return (
            "Ohne Berufsabschluss bitte kein Abschlussjahr angeben (oder „Berufsabschluss vorhanden“ wählen)."
        )
    if qualification > year:
        return "Das Abschlussjahr darf nicht in der Zukunft liegen."
    if qualification < earliest:
        return (
            Message(
                "Das Abschlussjahr kann nicht vor {earliest} liegen (Geburtsjahr + {age}).",
                earliest=earliest,
                age=MINIMUM_AGE,
            )
            if birth is not None
            else Message("Das Abschlussjahr kann nicht vor {earliest} liegen.", earliest=earliest)
        )
    return ""


def suggest_code(company_name: str, existing: Iterable[str], tag: str | None = None) -> str:
    """The next free pseudonym code: the company's usual prefix with the next number ("BM-06").

    Without codes yet, the prefix is made of the initials of the company name ("Bäckerei Möller GmbH" → "BM-01").
    With ``tag`` (the letters the office gave this laptop, ``services.common.code_tag``) the code carries the tag
    right after the prefix's last "-" ("BM-C06"): a code of the form ``<…->`` + letters + digits names its tag, so
    two laptops with different tags never suggest the same code, whatever each knows. Untagged suggestions never
    take that form (a prefix ending in "-" + letters is left to its tag), so they cannot meet a tagged one either.
    """
    codes = [code.strip() for code in existing if code.strip()]
    numbered = [m for m in (_NUMBERED_CODE.fullmatch(code) for code in codes) if m is not None]
    if tag is None:
        untagged = [m for m in numbered if _TAGGED_PREFIX.fullmatch(m.group(1)) is None]
        prefix, same = _usual_prefix(untagged) if untagged else (_base(numbered, company_name), [])
    else:
        prefix = _base(numbered, company_name) + tag
        same = [m for m in numbered if m.group(1).casefold() == prefix.casefold()]
    taken = {code.casefold() for code in codes}
    code = _next_free(prefix, same, taken)
    if len(code) > MAX_CODE_LENGTH:  # a long hand-made prefix: the initials keep the code valid
        prefix = company_initials(company_name) + "-" + (tag or "")
        code = _next_free(prefix, [m for m in numbered if m.group(1).casefold() == prefix.casefold()], taken)
    return code


def _next_free(prefix: str, same: list[re.Match[str]], taken: set[str]) -> str:
    number = max((int(m.group(2)) for m in same), default=0) + 1
    width = max([2, *(len(m.group(2)) for m in same)])
    while f"{prefix}{number:0{width}d}".casefold() in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def _usual_prefix(numbered: list[re.Match[str]]) -> tuple[str, list[re.Match[str]]]:
    prefix = Counter(m.group(1) for m in numbered).most_common(1)[0][0]
    return prefix, [m for m in numbered if m.group(1) == prefix]


def _base(numbered: list[re.Match[str]], company_name: str) -> str:
    """The company's usual prefix up to and including its last "-", without any tag ("BM-C" → "BM-")."""
    bases = []
    for m in numbered:
        prefix = m.group(1)
        tagged = _TAGGED_PREFIX.fullmatch(prefix)
        if tagged or prefix[:1].isalnum():  # a code of digits only has no prefix to continue
            bases.append(tagged.group(1) if tagged else prefix if prefix.endswith("-") else f"{prefix}-")
    if not bases:
        return company_initials(company_name) + "-"
    return Counter(bases).most_common(1)[0][0]


def company_initials(name: str) -> str:
    """Two capital ASCII letters from a company name, legal forms left out ("Südwest Logistik AG" → "SL")."""
    words = [w for w in re.split(r"[\s/,]+", _ascii(name)) if w and w.casefold() not in _LEGAL_FORMS]
    letters = [w[0] for w in words if w[0].isalpha()]
    if len(letters) >= 2:
        return (letters[0] + letters[1]).upper()
    if words and len(words[0]) >= 2 and words[0][:2].isalpha():
        return words[0][:2].upper()
    return "MA"


def _ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _headcount(value: HeadcountText, field: str, problems: dict[str, str]) -> Decimal | None:
    """A weighted headcount (steps of 0.25), None when empty; the German message goes to ``problems``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_weighted_headcount(value)
    except ValueError as exc:
        problem = as_message(message_of(exc))
        problems[field] = (
            Message("Beschäftigte inklusive verbundener Unternehmen: {problem}", problem=problem)
            if field == "headcount_linked"
            else problem
        )
        return None


def _number(value: NumberText, field: str, message: str, problems: dict[str, str]) -> int | None:
    try:
        return parse_whole_number(value)
    except ValueError:
        problems[field] = message
        return None
