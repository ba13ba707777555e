#!/usr/bin/env python3
"""Scores lkg on annotated sets and prints one table, sets side by side.

Usage: split_scores.py LKG [--model MODEL] NAME=DIR...
For each DIR: the NAME.json annotations that have their NAME.txt beside them are ingested into a
fresh store (`lkg ingest`), exported, and scored with ../shared/eval/score.py (PYTHONHASHSEED=0).
Rows: nodes, relation edges and cases P / R / F1, case precision, date agreement among matched
cases that have a gold date, duplicate nodes. Only totals are printed (no per-article errors).
"""
import glob, os, re, shutil, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
score = os.path.join(root, '..', 'shared', 'eval', 'score.py')


def complete_pairs(src, dst):
    n = 0
    for j in sorted(glob.glob(os.path.join(src, '*.json'))):
        t = j[:-5] + '.txt'
        if os.path.exists(t):
            for f in (j, t):
                os.symlink(os.path.abspath(f), os.path.join(dst, os.path.basename(f)))
            n += 1
    return n


def overall(section, text):
    m = re.search(section + r'.*?overall\s+P=\s*([\d.]+) R=\s*([\d.]+) F1=\s*([\d.]+)\s+\(tp=(\d+) pred=(\d+) gold=(\d+)\)',
                  text, re.S)
    return tuple(float(x) for x in m.groups()[:3]) + tuple(int(x) for x in m.groups()[3:])


def score_set(lkg, model, src):
    work = tempfile.mkdtemp()
    try:
        gold = os.path.join(work, 'gold')
        os.mkdir(gold)
        n = complete_pairs(src, gold)
        if n == 0:
            return None
        db = os.path.join(work, 'db')
        subprocess.run([lkg, '--db', db, 'ingest'] + model + sorted(glob.glob(os.path.join(gold, '*.txt'))),
                       check=True, stdout=subprocess.DEVNULL)
        export = os.path.join(work, 'export.json')
        subprocess.run([lkg, '--db', db, 'export', '--format', 'json', '--no-evidence', '-o', export], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([sys.executable, score, gold, export], check=True, capture_output=True, text=True,
                             env=dict(os.environ, PYTHONHASHSEED='0')).stdout
        dates = re.search(r'date agreement among matched cases that have a gold date: (\d+)/(\d+)', out)
        dups = re.search(r'duplicates: (\d+) extra predicted nodes', out)
        nodes = overall('NODES', out)
        return {'n': n, 'nodes': nodes, 'edges': overall('EDGES', out), 'cases': overall('CASES', out),
                'dates': (int(dates.group(1)), int(dates.group(2))), 'dups': (int(dups.group(1)), nodes[3])}
    finally:
        shutil.rmtree(work)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.split('\n\n')[1])
    lkg, args = argv[1], argv[2:]
    model = []
    if args[0] == '--model':
        model, args = ['--model', args[1]], args[2:]
    sets = [a.split('=', 1) for a in args]
    results = [(name, score_set(lkg, model, d)) for name, d in sets]
    width = 22
    print(f'{"":<24}' + ''.join(f'{name:>{width}}' for name, _ in results))
    print(f'{"articles":<24}' + ''.join(f'{(r["n"] if r else "no texts"):>{width}}' for _, r in results))

    def prf(key):
        return lambda r: f'{r[key][0]:.3f}/{r[key][1]:.3f}/{r[key][2]:.3f}'
    rows = [('nodes P/R/F1', prf('nodes')), ('relation edges P/R/F1', prf('edges')), ('cases P/R/F1', prf('cases')),
            ('cases tp/pred/gold', lambda r: '%d/%d/%d' % r['cases'][3:]),
            ('dates right (matched)', lambda r: f'{r["dates"][0]}/{r["dates"][1]}' +
             (f' {100 * r["dates"][0] / r["dates"][1]:.0f}%' if r['dates'][1] else '')),
            ('duplicates / matched', lambda r: f'{r["dups"][0]}/{r["dups"][1]}' +
             (f' {100 * r["dups"][0] / r["dups"][1]:.1f}%' if r['dups'][1] else ''))]
    for label, f in rows:
        print(f'{label:<24}' + ''.join(f'{(f(r) if r else "-"):>{width}}' for _, r in results))


if __name__ == '__main__':
    main(sys.argv)
