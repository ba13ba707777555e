#!/usr/bin/python3
"""Turns bench/make_big.sh's results.jsonl into table.txt (figures and
lkg-relative ratios per size), table.md (the same as markdown) and scale.png
(log-log cost vs graph size, rendered by gnuplot).
Usage: report.py RESULTS.jsonl OUT_DIR"""
import json
import os
import subprocess
import sys

METRICS = [("load1", "load average"), ("load_s", "load s"), ("peak_rss_mb", "peak RSS MB"),
           ("rss_mb", "snapshot RSS MB"), ("twohop_p50_ms", "2hop p50 ms"),
           ("twohop_p99_ms", "2hop p99 ms"), ("path_p50_ms", "path p50 ms"), ("path_p99_ms", "path p99 ms"),
           ("path_connected_p50_ms", "path p50 ms, pairs in one component"),
           ("path_connected_p99_ms", "path p99 ms, pairs in one component"),
           ("path_labels_s", "component labels s (once)"),
           ("pagerank_s", "PageRank s"), ("components_s", "CC s"), ("export_p50_ms", "2hop export p50 ms"),
           ("export_names_p50_ms", "export+names p50 ms"), ("export_graphml_p50_ms", "GraphML p50 ms"),
           ("queries", "queries per kind")]


PLOTTED = ("load_s", "peak_rss_mb", "twohop_p50_ms", "path_p50_ms", "pagerank_s", "export_p50_ms")


def fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3g}"
    return str(v)


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    out_dir = sys.argv[2]
    sizes = []
    for r in rows:
        if r["size"] not in sizes:
            sizes.append(r["size"])
    lines = []
    for size in sizes:
        here = [r for r in rows if r["size"] == size]
        lkg = next((r for r in here if r["engine"] == "lkg"), {})
        lines.append(f"size {size}: {lkg.get('nodes', '?')} nodes, {lkg.get('edges', '?')} edges")
        header = f"{'metric':<20}" + "".join(f"{r['engine']:>16}" for r in here)
        lines.append(header)
        for key, label in METRICS:
            cells = []
            for r in here:
                v = r.get(key)
                base = lkg.get(key)
                if r.get("failed"):
                    cells.append("failed")
                elif key == "queries" and isinstance(v, dict):
                    cells.append(str(v.get("twohop", "?")))
                elif key != "load1" and r["engine"] != "lkg" and isinstance(v, (int, float)) and base:
                    cells.append(f"{fmt(v)} ({v / base:.1f}x)")
                else:
                    cells.append(fmt(v))
            lines.append(f"{label:<20}" + "".join(f"{c:>16}" for c in cells))
        lines.append("")
    text = "\n".join(lines)
    open(os.path.join(out_dir, "table.txt"), "w").write(text)
    print(text)
    open(os.path.join(out_dir, "table.md"), "w").write(markdown(rows, sizes))
    plot(rows, out_dir)


def markdown(rows, sizes):
    """One markdown table per size: engines as columns, "value (peer / lkg)" cells."""
    out = []
    for size in sizes:
        here = [r for r in rows if r["size"] == size]
        lkg = next((r for r in here if r["engine"] == "lkg"), {})
        out.append(f"{size}: {lkg.get('nodes', '?'):,} nodes, {lkg.get('edges', '?'):,} edges\n")
        out.append("| row | " + " | ".join(r["engine"] for r in here) + " |")
        out.append("|---" * (len(here) + 1) + "|")
        for key, label in METRICS:
            cells = []
            for r in here:
                v, base = r.get(key), lkg.get(key)
                if r.get("failed"):
                    cells.append("failed")
                elif key == "queries" and isinstance(v, dict):
                    cells.append(str(v.get("twohop", "?")))
                elif isinstance(v, (int, float)) and r["engine"] != "lkg" and key != "load1" and base:
                    cells.append(f"{fmt(v)} ({v / base:.2g}×)")
                else:
                    cells.append(fmt(v) if v is not None else "—")
            out.append(f"| {label} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def plot(rows, out_dir):
    engines = []
    for r in rows:
        if r["engine"] not in engines:
            engines.append(r["engine"])
    edges_of = {r["size"]: r["edges"] for r in rows if r["engine"] == "lkg"}
    series = []
    for metric in PLOTTED:
        for e in engines:
            pts = [(edges_of[r["size"]], r[metric]) for r in rows
                   if r["engine"] == e and isinstance(r.get(metric), (int, float)) and r[metric] > 0
                   and r["size"] in edges_of]
            if len(pts) < 1:
                continue
            name = f"{metric}-{e}"
            path = os.path.join(out_dir, f"plot-{name}.dat")
            with open(path, "w") as f:
                for x, y in sorted(pts):
                    f.write(f"{x} {y}\n")
            series.append((metric, e, path))
    script = [f"set terminal pngcairo size 1800,1000",
              f"set output '{os.path.join(out_dir, 'scale.png')}'",
              "set termoption noenhanced", "set logscale xy", "set grid", "set key left top font ',8'",
              "set multiplot layout 2,3 title 'lkg vs peers: cost vs graph size (edges), log-log'"]
    for metric in PLOTTED:
        parts = [f"'{p}' using 1:2 with linespoints title '{e}'" for m, e, p in series if m == metric]
        if not parts:
            continue
        script += [f"set title '{metric}'", "set xlabel 'edges'", f"set ylabel '{metric}'",
                   "plot " + ", ".join(parts)]
    script.append("unset multiplot")
    subprocess.run(["gnuplot"], input="\n".join(script), text=True, check=False)


if __name__ == "__main__":
    main()
