"""Fill a Qt .ts file from the dictionary in ``tools/translations_en.py`` and check every translation.

Run by ``make translations`` between pyside6-lupdate and pyside6-lrelease:

    python tools/fill_translations.py resources/translations/verbund_desktop_en.ts

Every message gets the dictionary's English text and is marked finished. A translation must keep the
source's placeholders ({0}, %n), HTML tags, accelerator (&), line breaks, leading/trailing blanks and a
trailing ellipsis. Messages without an entry, or with a translation that breaks those rules, stay
"unfinished" and are listed; the exit code is then 1. Unused dictionary entries are reported as a note.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import importlib  # noqa: E402

from translations_en import BY_CONTEXT, SHARED, Translation  # noqa: E402

# Each feature may keep its English in a module of its own, tools/translations_en_<feature>.py, with the same
# SHARED and BY_CONTEXT dictionaries; they are merged here (a key defined twice is an error).
for _extra in sorted(Path(__file__).resolve().parent.glob("translations_en_*.py")):
    _module = importlib.import_module(_extra.stem)
    for _source, _target in getattr(_module, "SHARED", {}).items():
        if _source in SHARED and SHARED[_source] != _target:
            raise SystemExit(f"{_extra.name}: {_source!r} is translated differently in SHARED already")
        SHARED[_source] = _target
    for _context, _entries in getattr(_module, "BY_CONTEXT", {}).items():
        _merged = BY_CONTEXT.setdefault(_context, {})
        for _source, _target in _entries.items():
            if _source in _merged and _merged[_source] != _target:
                raise SystemExit(f"{_extra.name}: {_context}/{_source!r} is translated differently already")
            _merged[_source] = _target

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\S)")
INACTIVE = {"vanished", "obsolete"}


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    """Why ``translation`` cannot stand for ``source`` (empty when it can)."""
    found: list[str] = []
    if not translation.strip():
        found.append("empty")
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("HTML tags differ")
    if accelerators(source) != accelerators(translation):
        found.append("accelerator (&) differs")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    lead = len(source) - len(source.lstrip())
    trail = len(source) - len(source.rstrip())
    if source[:lead] != translation[: len(translation) - len(translation.lstrip())]:
        found.append("leading blanks differ")
    if source[len(source) - trail :] != translation[len(translation.rstrip()) :]:
        found.append("trailing blanks differ")
    if source.rstrip().endswith("…") != translation.rstrip().endswith("…"):
        found.append("ellipsis differs")
    return found


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _element(element: ET.Element, depth: int) -> list[str]:
    """One element in lupdate's own layout (so the file diffs cleanly against what lupdate writes)."""
    pad = "    " * depth
    attrs = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    if len(element) == 0:
        if element.tag == "location":
            return [f"{pad}<{element.tag}{attrs}/>"]
        return [f"{pad}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>"]
    inner = [line for child in element for line in _element(child, depth + 1)]
    return [f"{pad}<{element.tag}{attrs}>", *inner, f"{pad}</{element.tag}>"]


def ts_text(root: ET.Element) -> str:
    attrs = "".join(f' {key}="{_escape(value)}"' for key, value in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:  # lupdate does not indent the contexts
        lines += _element(context, 0)
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def lookup(context: str, source: str, used: set[tuple[str, str]]) -> Translation | None:
    if source in BY_CONTEXT.get(context, {}):
        used.add((context, source))
        return BY_CONTEXT[context][source]
    if source in SHARED:
        used.add(("*", source))
        return SHARED[source]
    return None


def fill(path: Path) -> int:
    tree = ET.parse(path)
    root = tree.getroot()
    used: set[tuple[str, str]] = set()
    errors: list[str] = []
    done = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            if element.get("type") in INACTIVE:
                continue
            english = lookup(name, source, used)
            plural = message.get("numerus") == "yes"
            if english is None:
                errors.append(f"{name}: no translation for {source!r}")
                continue
            forms = list(english) if isinstance(english, tuple) else [english]
            if plural != isinstance(english, tuple):
                errors.append(f"{name}: {source!r}: plural messages need (singular, plural), others one text")
                continue
            bad = {p for form in forms for p in problems(source, form)}
            if bad:
                errors.append(f"{name}: {source!r}: {', '.join(sorted(bad))}")
                element.set("type", "unfinished")
                continue
            element.attrib.pop("type", None)
            for child in list(element):
                element.remove(child)
            if plural:
                element.text = None
                for form in forms:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = forms[0]
            done += 1
    path.write_text(ts_text(root), encoding="utf-8")

    unused = [
        f"{ctx}: {src!r}" for ctx, entries in BY_CONTEXT.items() for src in entries if (ctx, src) not in used
    ]
    unused += [f"*: {src!r}" for src in SHARED if ("*", src) not in used]
    print(f"{path}: {done} messages translated, {len(errors)} open.")
    for line in unused:
        print(f"note: unused dictionary entry {line}")
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file", type=Path)
    return fill(parser.parse_args(argv).ts_file)


if __name__ == "__main__":
    sys.exit(main())
