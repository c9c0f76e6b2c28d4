"""Read the PDFs our ReportLab builders write: pages, fonts and content streams, for preview and printing.

PySide6-Essentials has no QtPdf, so the preview reads our own output: classic cross-reference table,
Flate/ASCII85 streams, simple TrueType fonts (embedded subsets) with ToUnicode maps, vector paths and text.
This is deliberately not a general PDF reader; anything else raises :class:`PdfReadError`. Pure Python
(no Qt); :mod:`.pdf_painter` interprets the content streams with QPainter.
"""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from verbund_desktop.assessment.errors import UserError

WHITESPACE = b"\x00\t\n\x0c\r "
DELIMITERS = b"()<>[]{}/%"
_NUMBER = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)")
_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_REF_TAIL = re.compile(rb"\s+(\d+)\s+R(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


class PdfReadError(UserError, ValueError):
    """The bytes are not a PDF this reader understands."""


@dataclass(frozen=True)
class Ref:
    number: int
    generation: int


@dataclass(frozen=True)
class Name:
    value: str


@dataclass(frozen=True)
class Operator:
    value: str


@dataclass
class Stream:
    info: dict[str, Any]
    raw: bytes

    def decoded(self) -> bytes:
        filters = self.info.get("Filter", [])
        filters = filters if isinstance(filters, list) else [filters]
        data = self.raw
        for f in filters:
            name = f.value if isinstance(f, Name) else str(f)
            if name == "FlateDecode":
                data = zlib.decompress(data)
            elif name == "ASCII85Decode":
                text = data.strip()
                text = text[2:] if text.startswith(b"<~") else text
                text = text[:-2] if text.endswith(b"~>") else text
                data = base64.a85decode(text, adobe=False, ignorechars=WHITESPACE)
            else:
                raise PdfReadError(f"unsupported filter {name}")
        return data


class Lexer:
    """Tokens of PDF syntax (objects and content streams) from ``data`` starting at ``pos``."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def _skip(self) -> None:
        data, n = self.data, len(self.data)
        while self.pos < n:
            c = data[self.pos]
            if c in WHITESPACE:
                self.pos += 1
            elif c == 0x25:  # % comment
                while self.pos < n and data[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                break

    def at_end(self) -> bool:
        self._skip()
        return self.pos >= len(self.data)

    def value(self) -> Any:
        """The next value or operator; ``N G R`` becomes a :class:`Ref`."""
        token = self._token()
        if isinstance(token, int) and not isinstance(token, bool):
            ref = _REF_TAIL.match(self.data, self.pos)
            if ref is not None:
                self.pos = ref.end()
                return Ref(token, int(ref.group(1)))
        return token

    def token(self) -> Any:
        """The next token without looking for ``N G R`` (content streams have no references)."""
        return self._token()

    def _token(self) -> Any:
        self._skip()
        data = self.data
        if self.pos >= len(data):
            raise PdfReadError("unexpected end of data")
        c = data[self.pos : self.pos + 1]
        if c == b"/":
            return Name(self._name())
        if c == b"(":
            return self._literal()
        if data.startswith(b"<<", self.pos):
            self.pos += 2
            return self._dict()
        if c == b"<":
            end = data.index(b">", self.pos)
            digits = re.sub(rb"\s", b"", data[self.pos + 1 : end])
            self.pos = end + 1
            return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
        if c == b"[":
            self.pos += 1
            items: list[Any] = []
            while True:
                self._skip()
                if data[self.pos : self.pos + 1] == b"]":
                    self.pos += 1
                    return items
                items.append(self.value())
        start = self.pos
        while self.pos < len(data) and data[self.pos] not in WHITESPACE and data[self.pos] not in DELIMITERS:
            self.pos += 1
        word = data[start : self.pos]
        if not word:
            raise PdfReadError(f"unexpected {c!r} at {start}")
        if _NUMBER.fullmatch(word):
            return float(word) if b"." in word else int(word)
        if word in (b"true", b"false"):
            return word == b"true"
        if word == b"null":
            return None
        return Operator(word.decode("latin-1"))

    def _name(self) -> str:
        self.pos += 1
        start = self.pos
        data = self.data
        while self.pos < len(data) and data[self.pos] not in WHITESPACE and data[self.pos] not in DELIMITERS:
            self.pos += 1
        raw = data[start : self.pos]
        return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")

    def _literal(self) -> bytes:
        data, out, depth = self.data, bytearray(), 0
        self.pos += 1
        escapes = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
        while True:
            c = data[self.pos]
            self.pos += 1
            if c == 0x5C:  # backslash
                e = data[self.pos]
                self.pos += 1
                if e in escapes:
                    out.append(escapes[e])
                elif 0x30 <= e <= 0x37:
                    digits = bytes([e])
                    while len(digits) < 3 and 0x30 <= data[self.pos] <= 0x37:
                        digits += data[self.pos : self.pos + 1]
                        self.pos += 1
                    out.append(int(digits, 8) & 0xFF)
                elif e in b"\r\n":
                    if e == 13 and data[self.pos : self.pos + 1] == b"\n":
                        self.pos += 1
                else:
                    out.append(e)
            elif c == 0x28:
                depth += 1
                out.append(c)
            elif c == 0x29:
                if depth == 0:
                    return bytes(out)
                depth -= 1
                out.append(c)
            else:
                out.append(c)

    def _dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while True:
            self._skip()
            if self.data.startswith(b">>", self.pos):
                self.pos += 2
                return result
            key = self._token()
            if not isinstance(key, Name):
                raise PdfReadError("dictionary key is not a name")
            result[key.value] = self.value()


@dataclass
class PdfFont:
    """A simple font: widths per code (1/1000 of the size), Unicode per code, the embedded TrueType file."""

    base_font: str
    first_char: int
    widths: list[float]
    missing_width: float
    to_unicode: dict[int, str]
    font_file: bytes | None

    def width(self, code: int) -> float:
        index = code - self.first_char
        return self.widths[index] if 0 <= index < len(self.widths) else self.missing_width

    @property
    def bold(self) -> bool:
        return "bold" in self.base_font.lower()


@dataclass
class PdfPage:
    width: float
    height: float
    content: bytes
    fonts: dict[str, PdfFont] = field(default_factory=dict)


class PdfDocument:
    """The pages of one PDF (bytes), parsed once; see the module docstring for what is supported."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(b"%PDF-"):
            raise PdfReadError("not a PDF file")
        self.data = data
        self._offsets = self._xref()
        self._cache: dict[int, Any] = {}
        self._fonts: dict[int, PdfFont] = {}
        trailer_pos = data.rfind(b"trailer")
        if trailer_pos < 0:
            raise PdfReadError("no trailer")
        lexer = Lexer(data, trailer_pos + len(b"trailer"))
        trailer = lexer.value()
        root = self.resolve(trailer["Root"])
        self.pages = [self._page(p) for p in self._page_nodes(self.resolve(root["Pages"]))]

    def _xref(self) -> dict[int, int]:
        found = _STARTXREF.findall(self.data)
        if not found:
            raise PdfReadError("no startxref")
        pos = int(found[-1])
        if not self.data.startswith(b"xref", pos):
            raise PdfReadError("only classic cross-reference tables are supported")
        lines = self.data[pos:].split(b"trailer", 1)[0].split()[1:]
        offsets: dict[int, int] = {}
        i = 0
        while i + 1 < len(lines):
            first, count = int(lines[i]), int(lines[i + 1])
            i += 2
            for n in range(count):
                offset, _gen, kind = lines[i : i + 3]
                if kind == b"n":
                    offsets[first + n] = int(offset)
                i += 3
        return offsets

    def resolve(self, value: Any) -> Any:
        if not isinstance(value, Ref):
            return value
        if value.number not in self._cache:
            self._cache[value.number] = self._object(value.number)
        return self._cache[value.number]

    def _object(self, number: int) -> Any:
        if number not in self._offsets:
            raise PdfReadError(f"object {number} is missing")
        lexer = Lexer(self.data, self._offsets[number])
        if (lexer.value(), lexer.value(), lexer.value()) != (number, 0, Operator("obj")):
            raise PdfReadError(f"object {number} is not where the table says")
        value = lexer.value()
        mark = lexer.pos
        if isinstance(value, dict) and lexer.value() == Operator("stream"):
            start = lexer.pos
            start += 2 if self.data.startswith(b"\r\n", start) else 1
            length = self.resolve(value["Length"])
            return Stream(value, self.data[start : start + length])
        lexer.pos = mark
        return value

    def _page_nodes(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        if node.get("Type") == Name("Page"):
            return [node]
        kids = [self.resolve(k) for k in node.get("Kids", [])]
        return [page for kid in kids for page in self._page_nodes(kid)]

    def _page(self, node: dict[str, Any]) -> PdfPage:
        box = [float(v) for v in self.resolve(node["MediaBox"])]
        contents = self.resolve(node["Contents"])
        streams = contents if isinstance(contents, list) else [contents]
        content = b"\n".join(self.resolve(s).decoded() for s in streams)
        resources = self.resolve(node.get("Resources", {}))
        fonts = self.resolve(resources.get("Font", {}))
        return PdfPage(
            width=box[2] - box[0],
            height=box[3] - box[1],
            content=content,
            fonts={name: self._font(ref) for name, ref in fonts.items()},
        )

    def _font(self, ref: Any) -> PdfFont:
        key = ref.number if isinstance(ref, Ref) else id(ref)
        if key in self._fonts:
            return self._fonts[key]
        info = self.resolve(ref)
        descriptor = self.resolve(info.get("FontDescriptor", {}))
        file_ref = descriptor.get("FontFile2")
        to_unicode: dict[int, str] = {}
        if "ToUnicode" in info:
            for src, dst in _BFCHAR.findall(self.resolve(info["ToUnicode"]).decoded()):
                digits = dst.decode().rjust(-(-len(dst) // 4) * 4, "0")
                to_unicode[int(src, 16)] = bytes.fromhex(digits).decode("utf-16-be", errors="replace")
        font = PdfFont(
            base_font=self.resolve(info.get("BaseFont", Name(""))).value,
            first_char=int(self.resolve(info.get("FirstChar", 0))),
            widths=[float(w) for w in self.resolve(info.get("Widths", []))],
            missing_width=float(descriptor.get("MissingWidth", 500)),
            to_unicode=to_unicode,
            font_file=self.resolve(file_ref).decoded() if file_ref is not None else None,
        )
        self._fonts[key] = font
        return font


def content_tokens(content: bytes) -> list[Any]:
    """Every token of a content stream, in order (operators as :class:`Operator`)."""
    lexer = Lexer(content)
    tokens = []
    while not lexer.at_end():
        tokens.append(lexer.token())
    return tokens
