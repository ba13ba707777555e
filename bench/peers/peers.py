#!/usr/bin/python3
"""The query workload of bench/scale_bench on a peer engine (NetworkX,
python-igraph or graph-tool, all from Debian), on the same graph and the same
queries. Prints one JSON object.

Usage: /usr/bin/python3 bench/peers/peers.py ENGINE EDGELIST QUERIES [--max-queries N] [--skip-pagerank]
  EDGELIST: "n m" then "src dst" per line (dense ids, written by scale_bench)
  QUERIES:  "twohop S" / "path S T" / "export S" lines (the same seeds lkg used)
  --max-queries N: only the first N queries of each kind (for the slow engines)
The graph is undirected, as lkg's traversals are. Memory is measured from
outside (bench/make_big.sh runs each engine under /usr/bin/time): the VmRSS
difference inside a Python process that frees its input lists is meaningless.
"""
import json
import sys
import time


def read_edges(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        src = [0] * m
        dst = [0] * m
        for i, line in enumerate(f):
            a, b = line.split()
            src[i] = int(a)
            dst[i] = int(b)
    return n, src, dst


def read_queries(path, limit):
    out = {"twohop": [], "path": [], "export": []}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(out[parts[0]]) < limit:
                out[parts[0]].append(tuple(int(p) for p in parts[1:]))
    return out


def pct(values, p):
    values = sorted(values)
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(p / 100.0 * (len(values) - 1) + 0.5))]


def timed_each(fn, items):
    out = []
    for item in items:
        t = time.perf_counter()
        fn(*item)
        out.append((time.perf_counter() - t) * 1000.0)
    return out


class NetworkX:
    def __init__(self, n, src, dst):
        import networkx as nx
        self.nx = nx
        self.g = nx.Graph()
        self.g.add_nodes_from(range(n))
        self.g.add_edges_from(zip(src, dst))

    def twohop(self, s):
        return self.nx.single_source_shortest_path_length(self.g, s, cutoff=2)

    def path(self, s, t):
        try:
            return self.nx.shortest_path_length(self.g, s, t)
        except self.nx.NetworkXNoPath:
            return -1

    def export(self, s):
        nodes = list(self.twohop(s))
        sub = self.g.subgraph(nodes)
        return json.dumps({"nodes": nodes, "edges": list(sub.edges())})

    def pagerank(self):
        return self.nx.pagerank(self.g, alpha=0.85, tol=1e-6)

    def components(self):
        return self.nx.number_connected_components(self.g)


class IGraph:
    def __init__(self, n, src, dst):
        import igraph
        self.g = igraph.Graph(n=n, edges=list(zip(src, dst)), directed=False)

    def twohop(self, s):
        return self.g.neighborhood(s, order=2)

    def path(self, s, t):
        return self.g.distances(source=s, target=t)[0][0]

    def export(self, s):
        nodes = self.g.neighborhood(s, order=2)
        sub = self.g.induced_subgraph(nodes)
        return json.dumps({"nodes": nodes, "edges": sub.get_edgelist()})

    def pagerank(self):
        return self.g.pagerank(damping=0.85)

    def components(self):
        return len(self.g.connected_components())


class GraphTool:
    def __init__(self, n, src, dst):
        import numpy as np
        import graph_tool.all as gt
        self.gt = gt
        self.np = np
        self.g = gt.Graph(directed=False)
        self.g.add_vertex(n)
        self.g.add_edge_list(np.column_stack([np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)]))

    def twohop(self, s):
        d = self.gt.shortest_distance(self.g, source=self.g.vertex(s), max_dist=2)
        return self.np.nonzero(d.a <= 2)[0]

    def path(self, s, t):
        return self.gt.shortest_distance(self.g, source=self.g.vertex(s), target=self.g.vertex(t))

    def export(self, s):
        nodes = self.twohop(s)
        mask = self.g.new_vertex_property("bool")
        mask.a[nodes] = True
        sub = self.gt.GraphView(self.g, vfilt=mask)
        edges = [(int(e.source()), int(e.target())) for e in sub.edges()]
        return json.dumps({"nodes": [int(v) for v in nodes], "edges": edges})

    def pagerank(self):
        return self.gt.pagerank(self.g, damping=0.85)

    def components(self):
        comp, hist = self.gt.label_components(self.g)
        return len(hist)


ENGINES = {"networkx": NetworkX, "igraph": IGraph, "graph-tool": GraphTool}


def main():
    engine, edges_path, queries_path = sys.argv[1:4]
    skip_pagerank = "--skip-pagerank" in sys.argv
    limit = int(sys.argv[sys.argv.index("--max-queries") + 1]) if "--max-queries" in sys.argv else 1 << 30
    queries = read_queries(queries_path, limit)
    n, src, dst = read_edges(edges_path)
    __import__({"networkx": "networkx", "igraph": "igraph", "graph-tool": "graph_tool.all"}[engine])
    t = time.perf_counter()
    g = ENGINES[engine](n, src, dst)
    load_s = time.perf_counter() - t
    m = len(src)
    del src, dst
    out = {"engine": engine, "nodes": n, "edges": m, "load_s": load_s,
           "queries": {k: len(v) for k, v in queries.items()}}
    two = timed_each(g.twohop, queries["twohop"])
    out["twohop_p50_ms"], out["twohop_p99_ms"] = pct(two, 50), pct(two, 99)
    paths = timed_each(g.path, queries["path"])
    out["path_p50_ms"], out["path_p99_ms"] = pct(paths, 50), pct(paths, 99)
    exports = timed_each(g.export, queries["export"])
    out["export_p50_ms"] = pct(exports, 50)
    if not skip_pagerank:
        t = time.perf_counter()
        g.pagerank()
        out["pagerank_s"] = time.perf_counter() - t
    t = time.perf_counter()
    out["components"] = g.components()
    out["components_s"] = time.perf_counter() - t
    print(json.dumps(out))


if __name__ == "__main__":
    main()
