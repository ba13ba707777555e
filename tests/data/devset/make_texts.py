#!/usr/bin/env python3
"""Regenerate the article texts NN.txt of an annotated set from their sources (python3 stdlib only).

Usage: make_texts.py [--set devset|heldout] [SHARED_DIR]
       (default set: devset; SHARED_DIR default: ../../../../shared relative to this file)
The texts are written to tests/data/<set>/ (a sibling of this script's directory), numbered 01.. in
this order:
seeds: (devset only) the seed articles ../shared/seeds/*.txt, copied byte for byte.
then:  Wikinews articles (CC BY 2.5) from ../shared/data/wikinews-economy/wikinews_labour_subset.jsonl,
       written as: title line, dateline as Wikinews renders it ("Wednesday, April 6, 2005"),
       blank line, then the record's text unchanged.
then:  descriptions of worker actions from ../shared/data/collective-action-tech/actions.json, written
       as: the action's date ("January 9, 2001"), blank line, the description unchanged.
"""
import datetime, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# set name -> (include the seeds?, Wikinews ids, collective-action ids). The held-out set is never
# used for tuning: see ../heldout/README.md.
SETS = {'devset': (True, ['ID7503', 'ID9128', 'ID17269', 'ID18549', 'ID38964', 'ID73720', 'ID80655',
            'ID130188', 'ID205165', 'ID385377', 'ID9151', 'ID47967', 'ID157477', 'ID261010',
            'ID22949', 'ID10459', 'ID121184', 'ID99394', 'ID12395', 'ID77998', 'ID108344',
            'ID81713', 'ID10643', 'ID79948', 'ID28511'],
                      [10, 75, 413, 484]),
        'heldout': (False, ['ID24225', 'ID26073', 'ID36545', 'ID49959', 'ID72299', 'ID120643',
                            'ID126858', 'ID130072', 'ID140902', 'ID270045'],
                    [48, 537, 395, 493])}
# (Wikinews: ../shared/data/wikinews-economy/wikinews_labour_subset.jsonl, CC BY 2.5; actions:
#  ../shared/data/collective-action-tech/actions.json, The Unlicense)


def dateline(iso):
    d = datetime.date.fromisoformat(iso)
    return f'{d:%A}, {d:%B} {d.day}, {d.year}'


def main():
    args = sys.argv[1:]
    name = 'devset'
    if args[:1] == ['--set'] and len(args) > 1:
        name, args = args[1], args[2:]
    elif args[:1] and args[0].startswith('--set='):
        name, args = args[0].split('=', 1)[1], args[1:]
    if name not in SETS or len(args) > 1 or any(a.startswith('-') for a in args):
        sys.exit(__doc__.split('\n\n')[1])
    with_seeds, WIKINEWS, ACTIONS = SETS[name]
    out = os.path.join(os.path.dirname(HERE), name)
    os.makedirs(out, exist_ok=True)
    shared = args[0] if args else os.path.join(HERE, '..', '..', '..', '..', 'shared')
    seeds = sorted(glob.glob(os.path.join(shared, 'seeds', '*.txt'))) if with_seeds else []
    for i, path in enumerate(seeds, 1):
        with open(path, 'rb') as src, open(os.path.join(out, f'{i:02d}.txt'), 'wb') as dst:
            dst.write(src.read())
    rows = {}
    with open(os.path.join(shared, 'data', 'wikinews-economy', 'wikinews_labour_subset.jsonl'), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            rows[r['id']] = r
    for i, rid in enumerate(WIKINEWS, len(seeds) + 1):
        r = rows[rid]
        with open(os.path.join(out, f'{i:02d}.txt'), 'w', encoding='utf-8') as dst:
            dst.write(f"{r['title']}\n{dateline(r['date'])}\n\n{r['text']}\n")
        print(f'{i:02d} {rid} {r["date"]} {r["title"]} {r["url"]}')
    with open(os.path.join(shared, 'data', 'collective-action-tech', 'actions.json'), encoding='utf-8') as f:
        actions = {a['id']: a for a in json.load(f)}
    for i, aid in enumerate(ACTIONS, len(seeds) + len(WIKINEWS) + 1):
        a = actions[aid]
        d = datetime.date.fromisoformat(a['date'].replace('/', '-'))
        with open(os.path.join(out, f'{i:02d}.txt'), 'w', encoding='utf-8') as dst:
            dst.write(f"{d:%B} {d.day}, {d.year}\n\n{a['description'].strip()}\n")
        print(f'{i:02d} action {aid} {a["date"]} {a["sources"][0] if a["sources"] else ""}')


if __name__ == '__main__':
    main()
