#!/usr/bin/env python3
"""Node errors on a TRAIN folder, for error analysis (never a test or held-out folder): ingests the
annotated texts of DIR into a fresh store with LKG, exports, and lists the predicted entity nodes
that match no gold node (false positives, with type), the duplicates (several predicted nodes for
one gold node) and the type disagreements, using ../shared/eval/score.py's name matching.

Usage: node_errors.py LKG DIR [--model MODEL] [--only fp|dup|type]
"""
import glob, importlib.util, json, os, shutil, subprocess, sys, tempfile
from collections import defaultdict

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location('score', os.path.join(root, '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.split('\n\n')[1])
    lkg, src = argv[1], argv[2].rstrip('/')
    if os.path.basename(src) in ('test', 'heldout'):
        sys.exit('node_errors.py: error analysis on train folders only')
    model = ['--model', argv[argv.index('--model') + 1]] if '--model' in argv else []
    only = argv[argv.index('--only') + 1] if '--only' in argv else None
    work = tempfile.mkdtemp()
    try:
        gold = os.path.join(work, 'gold')
        os.mkdir(gold)
        for j in sorted(glob.glob(os.path.join(src, '*.json'))):
            if os.path.exists(j[:-5] + '.txt'):
                for f in (j, j[:-5] + '.txt'):
                    os.symlink(os.path.abspath(f), os.path.join(gold, os.path.basename(f)))
        db, export = os.path.join(work, 'db'), os.path.join(work, 'export.json')
        subprocess.run([lkg, '--db', db, 'ingest'] + model + sorted(glob.glob(os.path.join(gold, '*.txt'))),
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([lkg, '--db', db, 'export', '--format', 'json', '--no-evidence', '-o', export], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        gnodes, key_to_gold, _, _, other_keys, _ = score.load_gold(gold, None)
        pred = json.load(open(export, encoding='utf-8')).get('nodes', [])
        by_gold = defaultdict(list)
        for n in pred:
            if score.ntype(n) not in score.ENTITY_TYPES:
                continue
            keys = score.keys_of(n.get('name', ''), n.get('aliases'))
            hits = [key_to_gold[k] for k in keys if k in key_to_gold]
            if hits:
                by_gold[max(set(hits), key=hits.count)].append(n)
            elif not keys & other_keys and only in (None, 'fp'):
                print(f'fp\t{score.ntype(n)}\t{n.get("name")}\t{"|".join(n.get("aliases") or [])}')
        for g, ns in by_gold.items():
            if len(ns) > 1 and only in (None, 'dup'):
                print(f'dup\t{gnodes[g]["type"]}\t{gnodes[g]["name"]}\t' +
                      ' <- '.join(f'{score.ntype(n)}:{n.get("name")}' for n in ns))
            if score.ntype(ns[0]) != gnodes[g]['type'] and only in (None, 'type'):
                print(f'type\t{gnodes[g]["type"]}\t{gnodes[g]["name"]}\tpredicted {score.ntype(ns[0])}')
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    main(sys.argv)
