#!/usr/bin/python3
"""Checks lkg's shortest-path answers in a make_big run against python-igraph:
the number of query pairs joined within 6 hops and the sum of their hop
counts must equal scale_bench's paths_found / paths_hops.
Usage: /usr/bin/python3 bench/peers/check_paths.py EDGELIST QUERIES LKG_ROW.json [MAX_QUERIES]"""
import json
import sys

import igraph


def main():
    edges_path, queries_path, row_path = sys.argv[1:4]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 1 << 30
    with open(edges_path) as f:
        n, _ = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f]
    g = igraph.Graph(n=n, edges=edges, directed=False)
    pairs = []
    with open(queries_path) as f:
        for line in f:
            parts = line.split()
            if parts[0] == "path" and len(pairs) < limit:
                pairs.append((int(parts[1]), int(parts[2])))
    found = hops = 0
    for s, t in pairs:
        if s == t:
            continue
        d = g.distances(source=s, target=t)[0][0]
        if d <= 6:
            found, hops = found + 1, hops + int(d)
    row = json.load(open(row_path))
    ok = (found, hops) == (row.get("paths_found"), row.get("paths_hops"))
    print(f"igraph: {found} pairs within 6 hops, {hops} hops in all; lkg: {row.get('paths_found')}, "
          f"{row.get('paths_hops')}: {'same' if ok else 'DIFFERENT'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
