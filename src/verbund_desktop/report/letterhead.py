"""The network's letterhead logo: which images are accepted (PNG or JPEG, bounded in bytes and pixels)."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from verbund_desktop.assessment.errors import Message

MAX_LOGO_BYTES = 1024 * 1024  # a letterhead logo of 300 dpi at 40 × 10 mm needs far less
MAX_LOGO_PIXELS = 4000  # per side: larger images only slow every printout down
MIN_LOGO_PIXELS = 16
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


class LogoError(ValueError):
    """The image is not accepted; the message is German and names no file content."""


def check_logo(data: bytes) -> tuple[str, int, int]:
    """Media type, width and height of an acceptable logo; raises :class:`LogoError` otherwise."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(
            Message("Das Logo ist zu groß ({size} KB); erlaubt sind höchstens 1 MB.", size=len(data) // 1024)
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format or "", image.size
            if kind not in FORMATS:
                raise LogoError("Das Logo muss eine PNG- oder JPEG-Datei sein.")
            if max(width, height) > MAX_LOGO_PIXELS or min(width, height) < MIN_LOGO_PIXELS:
                raise LogoError(
                    Message(
                        "Das Logo hat {width} × {height} Pixel; erlaubt sind {low} bis {high} Pixel je Seite.",
                        width=width,
                        height=height,
                        low=MIN_LOGO_PIXELS,
                        high=MAX_LOGO_PIXELS,
                    )
                )
            image.load()  # a truncated or damaged file fails here, not in the middle of a printout
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise LogoError("Das Logo muss eine PNG- oder JPEG-Datei sein (die Datei ist nicht lesbar).") from exc
    return FORMATS[kind], width, height
