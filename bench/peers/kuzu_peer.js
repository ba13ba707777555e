// The query workload of bench/scale_bench on Kùzu (npm `kuzu`, an embedded
// graph database), same graph and queries as peers.py. Prints one JSON object.
// Usage: node bench/peers/kuzu_peer.js EDGELIST QUERIES WORKDIR [MAX_QUERIES]
// MAX_QUERIES: only the first N queries of each kind. Memory is measured
// from outside (bench/make_big.sh runs it under /usr/bin/time).
// Loads with COPY FROM CSV files written to WORKDIR; the graph is one node
// table N(id) and one rel table E, queried undirected (-[:E]-) like lkg.
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

function pct(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return 0;
  return v[Math.min(v.length - 1, Math.round((p / 100) * (v.length - 1)))];
}

function readQueries(file, limit) {
  const out = { twohop: [], path: [], export: [] };
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || out[parts[0]].length >= limit) continue;
    out[parts[0]].push(parts.slice(1).map(Number));
  }
  return out;
}

function writeCsvs(edgeFile, dir) {
  const text = fs.readFileSync(edgeFile, "utf8");
  const firstNewline = text.indexOf("\n");
  const [n] = text.slice(0, firstNewline).split(" ").map(Number);
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push(i);
  fs.writeFileSync(path.join(dir, "nodes.csv"), nodes.join("\n") + "\n");
  fs.writeFileSync(path.join(dir, "edges.csv"), text.slice(firstNewline + 1).replace(/ /g, ","));
  return n;
}

async function timedEach(conn, query, items, toParams) {
  const prepared = await conn.prepare(query);
  const times = [];
  for (const item of items) {
    const t = process.hrtime.bigint();
    const result = await conn.execute(prepared, toParams(item));
    await result.getAll();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times;
}

async function main() {
  const [edgeFile, queryFile, workDir, maxQueries] = process.argv.slice(2);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const queries = readQueries(queryFile, maxQueries ? Number(maxQueries) : Infinity);
  const n = writeCsvs(edgeFile, workDir);
  const t0 = process.hrtime.bigint();
  const db = new kuzu.Database(path.join(workDir, "db"));
  const conn = new kuzu.Connection(db);
  await conn.query("CREATE NODE TABLE N(id INT64, PRIMARY KEY(id))");
  await conn.query("CREATE REL TABLE E(FROM N TO N)");
  await conn.query(`COPY N FROM '${path.join(workDir, "nodes.csv")}' (HEADER=false)`);
  await conn.query(`COPY E FROM '${path.join(workDir, "edges.csv")}' (HEADER=false)`);
  const out = { engine: "kuzu", nodes: n, load_s: Number(process.hrtime.bigint() - t0) / 1e9 };
  out.queries = { twohop: queries.twohop.length, path: queries.path.length, export: queries.export.length };
  const two = await timedEach(conn, "MATCH (a:N {id: $s})-[:E*1..2]-(b:N) RETURN DISTINCT b.id",
                              queries.twohop, (q) => ({ s: q[0] }));
  out.twohop_p50_ms = pct(two, 50);
  out.twohop_p99_ms = pct(two, 99);
  const paths = await timedEach(conn,
      "MATCH p = (a:N {id: $s})-[:E* SHORTEST 1..30]-(b:N {id: $t}) RETURN length(p)",
      queries.path, (q) => ({ s: q[0], t: q[1] }));
  out.path_p50_ms = pct(paths, 50);
  out.path_p99_ms = pct(paths, 99);
  const exports = [];
  const hood = await conn.prepare("MATCH (a:N {id: $s})-[:E*0..2]-(b:N) RETURN DISTINCT b.id");
  const induced = await conn.prepare("MATCH (x:N)-[e:E]->(y:N) WHERE x.id IN $ids AND y.id IN $ids RETURN x.id, y.id");
  for (const [s] of queries.export) {
    const t = process.hrtime.bigint();
    const ids = (await (await conn.execute(hood, { s })).getAll()).map((r) => r["b.id"]);
    const edges = await (await conn.execute(induced, { ids })).getAll();
    JSON.stringify({ nodes: ids, edges });
    exports.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  out.export_p50_ms = pct(exports, 50);
  // The algo extension is linked into the npm build: project the graph once.
  await conn.query("CALL project_graph('G', ['N'], ['E'])");
  let t = process.hrtime.bigint();
  await (await conn.query("CALL page_rank('G') RETURN count(*)")).getAll();
  out.pagerank_s = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const comps = await (await conn.query(
      "CALL weakly_connected_components('G') RETURN count(DISTINCT group_id) AS c")).getAll();
  out.components_s = Number(process.hrtime.bigint() - t) / 1e9;
  out.components = comps[0].c;
  console.log(JSON.stringify(out));
  process.exit(0);  // closing the native handles at exit crashes kuzu 0.11.3 (seen here)
}

main().catch((e) => {
  console.error("kuzu_peer: " + e.message);
  process.exit(1);
});
