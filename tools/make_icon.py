"""Draw the app icon: ``python tools/make_icon.py`` writes ``resources/icons/app.png`` and ``app.ico``.

Four round leaves in the pillar colours around a white heart on the app's teal, readable at 16 px.
The ``.ico`` holds PNG images of 16, 24, 32, 48, 64, 128 and 256 px (the layout Windows Vista and later read).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402

from wellbeing_planner.ui.style import ACCENT, PILLAR_COLOURS  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawRoundedRect(QRectF(0, 0, size, size), 3.5 * unit, 3.5 * unit)
    centre = QPointF(size / 2, size / 2)
    offsets = ((-1, -1), (1, -1), (-1, 1), (1, 1))
    for (dx, dy), colour in zip(offsets, PILLAR_COLOURS.values(), strict=True):
        painter.setBrush(QColor(colour).lighter(135))
        painter.drawEllipse(QPointF(centre.x() + dx * 3.6 * unit, centre.y() + dy * 3.6 * unit), 3.0 * unit,
                            3.0 * unit)
    heart = QPainterPath()
    heart.moveTo(centre.x(), centre.y() + 2.6 * unit)
    heart.cubicTo(centre.x() - 4.2 * unit, centre.y() - 0.6 * unit, centre.x() - 1.8 * unit,
                  centre.y() - 3.6 * unit, centre.x(), centre.y() - 1.4 * unit)
    heart.cubicTo(centre.x() + 1.8 * unit, centre.y() - 3.6 * unit, centre.x() + 4.2 * unit,
                  centre.y() - 0.6 * unit, centre.x(), centre.y() + 2.6 * unit)
    painter.setBrush(QColor("white"))
    painter.drawPath(heart)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes]) -> bytes:
    """An .ico file of PNG-compressed images (ICONDIR, one ICONDIRENTRY per image, then the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    target = ROOT / "resources" / "icons"
    target.mkdir(parents=True, exist_ok=True)
    images = [png_bytes(draw(size)) for size in SIZES]
    (target / "app.png").write_bytes(images[-1])
    (target / "app.ico").write_bytes(ico_bytes(images))
    print(f"written: {target / 'app.png'}, {target / 'app.ico'}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
