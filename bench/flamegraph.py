#!/usr/bin/env python3
"""Collapsed stacks (async-profiler's `collapsed` output) to a small static flame graph SVG.

    python3 bench/flamegraph.py IN.collapsed OUT.svg "title" [min_percent]

Threads are merged (the first frame is dropped when it names a thread); frames narrower than
min_percent (default 0.2) of all samples are left out, so the SVG stays small. Hover a box for
its full name, samples and share. See docs/performance.md.
"""
import html, sys

src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
min_pct = float(sys.argv[4]) if len(sys.argv) > 4 else 0.2
root = {"n": 0, "c": {}}
for line in open(src):
    stack, n = line.rstrip("\n").rsplit(" ", 1)
    n = int(n)
    frames = stack.split(";")
    if frames and frames[0].startswith("["):
        frames = frames[1:]
    node = root
    node["n"] += n
    for f in frames:
        f = f.replace("/", ".")
        node = node["c"].setdefault(f, {"n": 0, "c": {}})
        node["n"] += n
total = root["n"]
W, H, PAD = 1200, 16, 10
boxes = []
depth_max = 0


def walk(node, x, depth):
    global depth_max
    for name, child in sorted(node["c"].items()):
        w = child["n"] / total * (W - 2 * PAD)
        if 100.0 * child["n"] / total >= min_pct:
            boxes.append((x, depth, w, name, child["n"]))
            depth_max = max(depth_max, depth)
            walk(child, x, depth + 1)
        x += w


walk(root, PAD, 0)
height = (depth_max + 1) * H + 60


def colour(name):
    if name.endswith("_[k]"):
        return "rgb(230,140,60)"  # kernel
    if name.startswith("io.keyplan"):
        return "rgb(90,170,90)"
    if name.startswith("io.pebbletemplates"):
        return "rgb(110,150,220)"
    if name.startswith(("com.vladsch", "org.unbescape")):
        return "rgb(200,120,200)"
    h = sum(map(ord, name)) % 40
    return f"rgb({215 + h // 2},{110 + h * 2},{70})"


parts = [
    f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{height}" viewBox="0 0 {W} {height}" '
    f'font-family="Verdana,sans-serif" font-size="11"><title>{html.escape(title)}</title>',
    f'<rect width="100%" height="100%" fill="#fff"/><text x="{PAD}" y="20" font-size="15">{html.escape(title)}</text>',
    f'<text x="{PAD}" y="38" fill="#555">{total} samples; green: KeyPlan, blue: Pebble, violet: flexmark/escaping, '
    f'orange: kernel; boxes under {min_pct} % left out; hover for names</text>',
]
for x, depth, w, name, n in boxes:
    y = height - (depth + 1) * H - 4
    label = name if len(name) * 6.5 < w else (name[: int(w / 6.5) - 2] + ".." if w > 30 else "")
    parts.append(
        f'<g><title>{html.escape(name)} ({n} samples, {100.0 * n / total:.1f} %)</title>'
        f'<rect x="{x:.1f}" y="{y}" width="{max(w - 0.5, 0.5):.1f}" height="{H - 1}" fill="{colour(name)}"/>'
        + (f'<text x="{x + 2:.1f}" y="{y + 11}">{html.escape(label)}</text>' if label else "")
        + "</g>"
    )
parts.append("</svg>")
open(out, "w").write("\n".join(parts))
print(f"{out}: {len(boxes)} boxes, {sum(len(p) for p in parts) // 1024} KiB", file=sys.stderr)
