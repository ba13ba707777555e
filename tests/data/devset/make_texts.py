#!/usr/bin/env python3
"""Regenerate the dev-set article texts NN.txt from their sources (python3 stdlib only).

Usage: make_texts.py [SHARED_DIR]   (default: ../../../../shared relative to this file)

01-05: the seed articles ../shared/seeds/*.txt, copied byte for byte.
06-..: Wikinews articles (CC BY 2.5) from ../shared/data/wikinews-economy/wikinews_labour_subset.jsonl,
       written as: title line, dateline as Wikinews renders it ("Wednesday, April 6, 2005"),
       blank line, then the record's text unchanged.
then:  descriptions of worker actions from ../shared/data/collective-action-tech/actions.json, written
       as: the action's date ("January 9, 2001"), blank line, the description unchanged.
"""
import datetime, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WIKINEWS = ['ID7503', 'ID9128', 'ID17269', 'ID18549', 'ID38964', 'ID73720', 'ID80655',
            'ID130188', 'ID205165', 'ID385377', 'ID9151', 'ID47967', 'ID157477', 'ID261010',
            'ID22949', 'ID10459', 'ID121184', 'ID99394', 'ID12395', 'ID77998', 'ID108344',
            'ID81713', 'ID10643', 'ID79948', 'ID28511']
# then descriptions from ../shared/data/collective-action-tech/actions.json (The Unlicense), by id
ACTIONS = [10, 75, 413, 484]


def dateline(iso):
    d = datetime.date.fromisoformat(iso)
    return f'{d:%A}, {d:%B} {d.day}, {d.year}'


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', '..', 'shared')
    seeds = sorted(glob.glob(os.path.join(shared, 'seeds', '*.txt')))
    for i, path in enumerate(seeds, 1):
        with open(path, 'rb') as src, open(os.path.join(HERE, f'{i:02d}.txt'), 'wb') as dst:
            dst.write(src.read())
    rows = {}
    with open(os.path.join(shared, 'data', 'wikinews-economy', 'wikinews_labour_subset.jsonl'), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            rows[r['id']] = r
    for i, rid in enumerate(WIKINEWS, len(seeds) + 1):
        r = rows[rid]
        with open(os.path.join(HERE, f'{i:02d}.txt'), 'w', encoding='utf-8') as dst:
            dst.write(f"{r['title']}\n{dateline(r['date'])}\n\n{r['text']}\n")
        print(f'{i:02d} {rid} {r["date"]} {r["title"]} {r["url"]}')
    with open(os.path.join(shared, 'data', 'collective-action-tech', 'actions.json'), encoding='utf-8') as f:
        actions = {a['id']: a for a in json.load(f)}
    for i, aid in enumerate(ACTIONS, len(seeds) + len(WIKINEWS) + 1):
        a = actions[aid]
        d = datetime.date.fromisoformat(a['date'].replace('/', '-'))
        with open(os.path.join(HERE, f'{i:02d}.txt'), 'w', encoding='utf-8') as dst:
            dst.write(f"{d:%B} {d.day}, {d.year}\n\n{a['description'].strip()}\n")
        print(f'{i:02d} action {aid} {a["date"]} {a["sources"][0] if a["sources"] else ""}')


if __name__ == '__main__':
    main()
