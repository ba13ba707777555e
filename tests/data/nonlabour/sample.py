#!/usr/bin/env python3
"""Draw the seeded sample of Wikinews economy articles for the not_labour false-positive set.

Run from the lkg repository root (/work/main) or anywhere: paths are resolved relative to this file.
Prints one line per sampled article: id<TAB>stratum<TAB>title, in sample order (stratum `kw` =
id is also in wikinews_labour_subset.jsonl, `rest` = not). Re-running prints the same sample.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]                       # /work/main
DATA = REPO.parent / "shared" / "data" / "wikinews-economy"
ECONOMY = DATA / "wikinews_economy.jsonl"
SUBSET = DATA / "wikinews_labour_subset.jsonl"
SKIP_READMES = [REPO / "tests" / "data" / "devset" / "README.md",
                REPO / "tests" / "data" / "heldout" / "README.md"]

SEED = 20261207
N_TOTAL = 360
N_KW = 90          # target from the keyword subset; capped by what is eligible (42)
MIN_CHARS = 300


def skipped_ids():
    ids = set()
    for p in SKIP_READMES:
        t = p.read_text(encoding="utf-8")
        ids |= {"ID" + x for x in re.findall(r"curid=(\d+)", t)}
        ids |= set(re.findall(r"\bID\d+\b", t))
    return ids


def main():
    arts = [json.loads(l) for l in ECONOMY.open(encoding="utf-8") if l.strip()]
    kw = {json.loads(l)["id"] for l in SUBSET.open(encoding="utf-8") if l.strip()}
    skip = skipped_ids()
    eligible = [a for a in arts if a["id"] not in skip and len(a["text"]) >= MIN_CHARS]
    pool_kw = [a for a in eligible if a["id"] in kw]       # file order
    pool_rest = [a for a in eligible if a["id"] not in kw]
    rng = random.Random(SEED)
    n_kw = min(N_KW, len(pool_kw))
    take_kw = rng.sample(pool_kw, n_kw)
    take_rest = rng.sample(pool_rest, N_TOTAL - n_kw)
    for a in take_kw:
        print(f"{a['id']}\tkw\t{a['title']}")
    for a in take_rest:
        print(f"{a['id']}\trest\t{a['title']}")


if __name__ == "__main__":
    main()
