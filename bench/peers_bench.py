#!/usr/bin/python3
"""The peers of bench/query_bench.cc: NetworkX, python-igraph and graph-tool
(Debian python3-networkx, python3-igraph, python3-graph-tool), fed lkg's own
CSV export (OUT/csv/nodes.csv, edges.csv) and the same seeded node/pair lists
query_bench wrote into OUT. Graphs are undirected, as in lkg's queries.

  /usr/bin/python3 bench/peers_bench.py PEER OUT   # PEER: networkx | igraph | graph-tool

Prints one JSON object with the same keys as OUT/lkg.json (null: not
supported by that library). One peer per process so peak RSS is its own."""
import csv
import io
import json
import resource
import sys
import time


def read_list(path):
    with open(path) as f:
        return [line.split() for line in f if line.strip()]


def read_csv(out):
    with open(f"{out}/csv/nodes.csv", encoding="utf-8", newline="") as f:
        nodes = [(r["id"], r["type"], r["name"]) for r in csv.DictReader(f)]
    with open(f"{out}/csv/edges.csv", encoding="utf-8", newline="") as f:
        edges = [(r["source"], r["target"], r["type"]) for r in csv.DictReader(f)]
    return nodes, edges


def median_ms(runs, fn):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def mean_ms(items, fn):
    start = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - start) * 1000 / len(items)


def bench_networkx(out, lists, figures):
    import networkx as nx
    from networkx.algorithms.centrality.betweenness import _accumulate_basic, _single_source_shortest_path_basic
    g = None

    def load():
        nonlocal g
        nodes, edges = read_csv(out)
        g = nx.Graph()
        g.add_nodes_from((i, {"type": t, "name": n}) for i, t, n in nodes)
        g.add_edges_from((s, t, {"type": ty}) for s, t, ty in edges)
    figures["load_s"] = median_ms(3, load) / 1000
    figures["two_hop_ms"] = mean_ms(lists["two_hop"], lambda r: nx.single_source_shortest_path_length(g, r[0], cutoff=2))

    def path(pair):
        try:
            nx.bidirectional_shortest_path(g, pair[0], pair[1])
        except nx.NetworkXNoPath:
            pass
    figures["path_ms"] = mean_ms(lists["pairs"], path)
    figures["components_ms"] = median_ms(3, lambda: list(nx.connected_components(g)))
    figures["pagerank_ms"] = median_ms(3, lambda: nx.pagerank(g))
    sources = [r[0] for r in lists["sources"]]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else len(sources)

    def betweenness():  # NetworkX's own Brandes kernels over lkg's source list
        bc = dict.fromkeys(g, 0.0)
        for s in sources[:limit]:
            S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
            bc, _ = _accumulate_basic(bc, S, P, sigma, s)
    figures["betweenness256_s"] = median_ms(1, betweenness) / 1000 * len(sources) / limit
    if limit < len(sources):
        figures["betweenness256_note"] = f"timed {limit} sources, scaled to {len(sources)}"

    def graphml(r):
        sub = nx.ego_graph(g, r[0], radius=2)
        nx.write_graphml(sub, io.BytesIO())
    figures["graphml_ms"] = mean_ms(lists["graphml"], graphml)


def bench_igraph(out, lists, figures):
    import igraph
    g = None
    index = {}

    def load():
        nonlocal g, index
        nodes, edges = read_csv(out)
        index = {i: k for k, (i, _, _) in enumerate(nodes)}
        g = igraph.Graph(n=len(nodes), edges=[(index[s], index[t]) for s, t, _ in edges], directed=False)
        g.vs["id"] = [i for i, _, _ in nodes]
        g.vs["type"] = [t for _, t, _ in nodes]
        g.vs["name"] = [n for _, _, n in nodes]
        g.es["type"] = [ty for _, _, ty in edges]
    figures["load_s"] = median_ms(3, load) / 1000
    figures["two_hop_ms"] = mean_ms(lists["two_hop"], lambda r: g.neighborhood(index[r[0]], order=2))
    figures["path_ms"] = mean_ms(lists["pairs"], lambda p: g.get_shortest_paths(index[p[0]], to=index[p[1]], output="vpath"))
    figures["components_ms"] = median_ms(3, lambda: g.connected_components())
    figures["pagerank_ms"] = median_ms(3, lambda: g.pagerank())
    figures["betweenness256_s"] = None  # python-igraph 0.10.2 cannot restrict betweenness to sampled sources
    figures["betweenness256_note"] = "not supported (no source sampling in python-igraph 0.10)"

    def graphml(r):
        sub = g.induced_subgraph(g.neighborhood(index[r[0]], order=2))
        sub.write_graphml("/dev/null")  # igraph writes through a C FILE*, not a Python stream
    figures["graphml_ms"] = mean_ms(lists["graphml"], graphml)


def bench_graph_tool(out, lists, figures):
    import graph_tool.all as gt
    import numpy as np
    g = None
    index = {}

    def load():
        nonlocal g, index
        nodes, edges = read_csv(out)
        index = {i: k for k, (i, _, _) in enumerate(nodes)}
        g = gt.Graph(directed=False)
        g.add_vertex(len(nodes))
        g.add_edge_list(np.array([(index[s], index[t]) for s, t, _ in edges], dtype=np.int64))
        g.vp["name"] = g.new_vp("string", vals=[n for _, _, n in nodes])
        g.vp["type"] = g.new_vp("string", vals=[t for _, t, _ in nodes])
    figures["load_s"] = median_ms(3, load) / 1000
    figures["two_hop_ms"] = mean_ms(lists["two_hop"], lambda r: gt.shortest_distance(g, g.vertex(index[r[0]]), max_dist=2))
    figures["path_ms"] = mean_ms(lists["pairs"], lambda p: gt.shortest_path(g, g.vertex(index[p[0]]), g.vertex(index[p[1]])))
    figures["components_ms"] = median_ms(3, lambda: gt.label_components(g))
    figures["pagerank_ms"] = median_ms(3, lambda: gt.pagerank(g))
    pivots = [index[r[0]] for r in lists["sources"]]
    figures["betweenness256_s"] = median_ms(1, lambda: gt.betweenness(g, pivots=pivots)) / 1000

    def graphml(r):
        dist = gt.shortest_distance(g, g.vertex(index[r[0]]), max_dist=2)
        view = gt.GraphView(g, vfilt=dist.a <= 2)
        gt.Graph(view, prune=True).save(io.BytesIO(), fmt="graphml")
    figures["graphml_ms"] = mean_ms(lists["graphml"], graphml)


def main():
    peer, out = sys.argv[1], sys.argv[2]
    lists = {name: read_list(f"{out}/{name}.txt") for name in ("two_hop", "pairs", "sources", "graphml")}
    figures = {"peer": peer}
    {"networkx": bench_networkx, "igraph": bench_igraph, "graph-tool": bench_graph_tool}[peer](out, lists, figures)
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
