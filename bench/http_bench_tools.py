#!/usr/bin/env python3
"""Helpers of bench/http_bench.sh (python3 stdlib only, loopback only).

  http_bench_tools.py targets BASE OUT_DIR
      writes nodes.lua, neighbors.lua, search.lua: wrk scripts cycling over
      node ids and search terms taken from the running server.
  http_bench_tools.py writer BASE JSONL SECONDS TOKEN OUT_FILE
      POSTs the JSONL records one by one to /api/v1/documents until SECONDS
      have passed; writes "<ok> <failed>" to OUT_FILE.
  http_bench_tools.py wrk-summary FILE
      prints "<requests/s> <p99 ms> <errors>" from wrk --latency output.
"""
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)


def lua(paths):
    rows = ",\n".join('  "%s"' % p.replace('"', '\\"') for p in paths)
    return ("paths = {\n%s\n}\ncounter = math.random(#paths)\n"
            "request = function()\n  counter = counter %% #paths + 1\n"
            "  return wrk.format(\"GET\", paths[counter])\nend\n" % rows)


def targets(base, out):
    ids = [row["id"] for row in get(base, "/api/v1/rank?by=degree&top=200")["rows"]]
    ids += [c["id"] for c in get(base, "/api/v1/cases?limit=500")["cases"]]
    terms = []
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for hit in get(base, "/api/v1/search?q=%s&limit=10" % letter)["results"]:
            ids.append(hit["id"])
            words = hit["name"].split()
            if words:
                terms.append(words[0][:4])
    ids = sorted(set(ids))
    terms = sorted(set(t for t in terms if t.strip()))
    quote = urllib.parse.quote
    with open(out + "/nodes.lua", "w") as f:
        f.write(lua(["/api/v1/nodes/%s?edges=20" % i for i in ids]))
    with open(out + "/neighbors.lua", "w") as f:
        f.write(lua(["/api/v1/nodes/%s/neighbors?depth=2&limit=200" % i for i in ids]))
    with open(out + "/hub.lua", "w") as f:
        f.write(lua(["/api/v1/nodes/%s/hub" % i for i in ids]))
    with open(out + "/search.lua", "w") as f:
        f.write(lua(["/api/v1/search?q=%s&limit=10" % quote(t) for t in terms]))
    print("targets: %d node ids, %d search terms" % (len(ids), len(terms)))


def writer(base, jsonl, seconds, token, out):
    deadline = time.time() + float(seconds)
    ok = failed = 0
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if time.time() > deadline:
                break
            record = json.loads(line)
            if len(record.get("text") or "") < 200:
                continue  # nothing to extract from; the server would answer 400
            body = json.dumps({k: record[k] for k in ("text", "title", "url", "date") if k in record}).encode()
            request = urllib.request.Request(base + "/api/v1/documents", data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=30) as r:
                    ok += r.status in (200, 201)
            except urllib.error.HTTPError:
                failed += 1
    with open(out, "w") as f:
        f.write("%d %d\n" % (ok, failed))


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk_summary(path):
    text = open(path).read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    errors = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        errors += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m:
        errors += int(m.group(1))
    print("%.0f %.2f %d" % (float(rps), p99, errors))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"targets": targets, "writer": writer, "wrk-summary": wrk_summary}[command](*args)
