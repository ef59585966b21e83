#!/usr/bin/env python3
"""Draws images/icon.png (128x128): a forest plot, the picture of a meta-analysis, on a rounded
tile. Plain Python (zlib only), so the icon can be redrawn anywhere: python3 images/draw-icon.py"""
import os
import struct
import zlib

SIZE = 128
SCALE = 4  # supersampling for smooth edges
TILE = (28, 52, 92)
INK = (236, 242, 250)
ACCENT = (255, 178, 62)


def inside(x, y):
    """Which colour the point (in icon pixels) has, or None for transparent."""
    r = 22
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    # the line of no effect
    if 36 <= x <= 39 and 14 <= y <= 114:
        return INK
    # studies: a confidence interval (whisker) and an estimate (square) each
    for row, (lo, mid, hi, half) in enumerate([(50, 72, 94, 6), (58, 82, 106, 8), (46, 64, 82, 5), (60, 86, 108, 7)]):
        y0 = 24 + row * 17
        if lo <= x <= hi and abs(y - y0) <= 1.5:
            return INK
        if abs(x - mid) <= half and abs(y - y0) <= half:
            return INK
    # the pooled estimate: a diamond
    if abs(x - 78) / 24 + abs(y - 100) / 9 <= 1:
        return ACCENT
    return TILE


def pixel(px, py):
    total = [0, 0, 0, 0]
    for i in range(SCALE):
        for j in range(SCALE):
            c = inside(px + (i + 0.5) / SCALE, py + (j + 0.5) / SCALE)
            if c is not None:
                total[0] += c[0]
                total[1] += c[1]
                total[2] += c[2]
                total[3] += 1
    n = total[3]
    if n == 0:
        return b"\0\0\0\0"
    return bytes([total[0] // n, total[1] // n, total[2] // n, 255 * n // (SCALE * SCALE)])


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = b"".join(b"\0" + b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
