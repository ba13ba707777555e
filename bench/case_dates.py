#!/usr/bin/env python3
"""Date agreement of matched cases: for an export and a gold folder, matches cases exactly as
../shared/eval/score.py does and reports how many matched cases with a gold date have an agreeing
date (one is a prefix of the other), how many got no date and how many a wrong one.

Usage: case_dates.py GOLD_DIR EXPORT.json [--list]
--list prints each disagreement (file, kind, gold date, predicted date): use it on TRAIN sets only.
"""
import importlib.util, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('score', os.path.join(here, '..', '..', 'shared', 'eval', 'score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def matched_cases(gold_dir, export_path):
    gnodes, key_to_gold, _, gcases, other_keys, _ = score.load_gold(gold_dir, None)
    export = json.load(open(export_path, encoding='utf-8'))
    pred = {n['id']: n for n in export.get('nodes', [])}
    case_ids = {pid for pid, n in pred.items() if score.ntype(n) == 'case'}
    pmap = {}
    for pid, n in pred.items():
        if pid in case_ids:
            continue
        hits = [key_to_gold[k] for k in score.keys_of(n.get('name', ''), n.get('aliases')) if k in key_to_gold]
        if hits:
            pmap[pid] = max(set(hits), key=hits.count)
    pcases = {cid: {'kind': str(score.prop(pred[cid], 'kind') or '').strip().lower().replace(' ', '_'),
                    'date': score.prop(pred[cid], 'date'), 'parts': set()} for cid in case_ids}
    for e in export.get('edges', []):
        for c, other in ((e.get('source'), e.get('target')), (e.get('target'), e.get('source'))):
            if c in pcases and other in pmap:
                pcases[c]['parts'].add(pmap[other])
    cands = [{cid: len(pc['parts'] & gc['parts']) + score.date_ok(pc['date'], gc['date'])
              for cid, pc in pcases.items() if pc['kind'] == gc['kind'] and pc['parts'] & gc['parts']}
             for gc in gcases]
    m = score.max_matching(cands)
    return [(gcases[g], pcases[cid], pred[cid]) for g, cid in m.items()]


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    pairs = [(g, p, n) for g, p, n in matched_cases(*args) if g['date']]
    right = sum(1 for g, p, _ in pairs if score.date_ok(g['date'], p['date']))
    none = sum(1 for g, p, _ in pairs if not p['date'])
    print(f'matched cases with a gold date: {len(pairs)}; date agrees: {right}'
          f' ({100 * right / len(pairs) if pairs else 0:.0f}%); no date: {none}; wrong date: {len(pairs) - right - none}')
    if '--list' in argv:
        for g, p, n in pairs:
            if not score.date_ok(g['date'], p['date']):
                summary = str(score.prop(n, 'summary') or '')[:150]
                print(f'  {g["file"]} {g["kind"]}: gold {g["date"]} predicted {p["date"]} | {summary}')


if __name__ == '__main__':
    main(sys.argv)
