#!/usr/bin/python3
"""Reference values pinned in tests/query/algorithms_test.cc, computed
independently with NetworkX (Debian python3-networkx). Run:
  /usr/bin/python3 tests/query/reference_values.py
The graph is the one built by ReferenceGraph() in algorithms_test.cc."""
import networkx as nx

EDGES = [(0, 1), (0, 2), (1, 2), (1, 3), (2, 4), (3, 4), (3, 5), (4, 6), (5, 6),
         (5, 7), (6, 8), (7, 8), (8, 9), (11, 12)]
G = nx.Graph()
G.add_nodes_from(range(13))
G.add_edges_from(EDGES)

pr = nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=10000)
bc = nx.betweenness_centrality(G, normalized=False)
print("pagerank = {" + ", ".join(f"{pr[v]:.12f}" for v in range(13)) + "}")
print("betweenness = {" + ", ".join(f"{bc[v]:.12f}" for v in range(13)) + "}")
paths = []
for p in nx.shortest_simple_paths(G, 0, 9):
    paths.append(p)
    if len(paths) == 4:
        break
print("k_shortest(0, 9) =", paths)
print("components =", sorted(len(c) for c in nx.connected_components(G)))
print("six_hop_paths(0, 9) =", sorted(p for p in nx.all_simple_paths(G, 0, 9, cutoff=6) if len(p) == 7))
part = [{0, 1, 2}, {3, 4, 5, 6}, {7, 8, 9}, {10}, {11, 12}]
print(f"modularity(part) = {nx.community.modularity(G, part):.12f}")
