"""A letterhead logo for tests: one colour inside a white frame, 4:1 like most logos (Pillow, no Qt)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

LOGO_RGB = (200, 30, 160)  # a magenta no report uses


def logo_file(path: Path, kind: str = "PNG", size: tuple[int, int] = (200, 50)) -> Path:
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((4, 4, size[0] - 5, size[1] - 5), fill=LOGO_RGB)
    image.save(path, kind)
    return path
