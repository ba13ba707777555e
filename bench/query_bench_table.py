#!/usr/bin/python3
"""Prints the query benchmark table: lkg, each peer, and peer/lkg ratios
(above 1: lkg is faster or smaller). Reads OUT/lkg.json and OUT/peers.jsonl.
A row may name the peers' figure it compares with (the GraphML row with
evidence: peers write no evidence, so they are compared with their plain GraphML)."""
import json
import sys

ROWS = [("load (store → query structure)", "load_s", "s"), ("2-hop neighbourhood, mean", "two_hop_ms", "ms"),
        ("shortest path, mean", "path_ms", "ms"), ("connected components", "components_ms", "ms"),
        ("PageRank", "pagerank_ms", "ms"), ("betweenness, 256 sources", "betweenness256_s", "s"),
        ("2-hop subgraph → GraphML, mean", "graphml_ms", "ms"),
        ("… GraphML with evidence, mean", "graphml_evidence_ms", "ms", "graphml_ms"), ("peak RSS", "rss_mb", "MB")]

out, scale = sys.argv[1], sys.argv[2]
lkg = json.load(open(f"{out}/lkg.json"))
peers = [json.loads(line) for line in open(f"{out}/peers.jsonl") if line.strip()]
print(f"\n== query benchmark, {scale}: {lkg['nodes']} nodes, {lkg['edges']} edges "
      f"(2-hop mean {lkg['two_hop_mean_nodes']:.0f} nodes) ==")
header = f"{'':34}{'lkg':>12}" + "".join(f"{p['peer']:>14}{'ratio':>8}" for p in peers) + f"{'best peer':>14}{'lkg ahead':>10}"
print(header)
for label, key, unit, *peer_key in ROWS:
    if key not in lkg:
        continue
    line = f"{label:34}{lkg[key]:>10.4g} {unit:<1}"
    best = None
    for p in peers:
        v = p.get(peer_key[0] if peer_key else key)
        if p.get("missing") or p.get("error") or v is None:
            line += f"{'n/a':>14}{'':>8}"
            continue
        best = v if best is None else min(best, v)
        line += f"{v:>12.4g} {unit:<1}{v / lkg[key] if lkg[key] else float('inf'):>7.1f}x"
    line += f"{'' if best is None else f'{best:.4g} {unit}':>14}{'' if best is None else ('yes' if lkg[key] < best else 'NO'):>10}"
    print(line)
for p in peers:
    if p.get("missing"):
        print(f"  {p['peer']}: not installed")
    for k, v in p.items():
        if k.endswith("_note"):
            print(f"  {p['peer']}: {k[:-5]}: {v}")
