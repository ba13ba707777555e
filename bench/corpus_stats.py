#!/usr/bin/env python3
"""Prints what the annotated domain corpus holds (tests/data/corpus): articles per split, publishers,
countries, CIS-region articles, and gold facts per split, against the corpus targets of issue 11.

Usage: bench/corpus_stats.py [CORPUS_DIR]      (python3 stdlib only; reads index/*.tsv and the gold *.json)
"""
import collections, glob, json, os, sys

CIS_REGION = {  # the CIS, Central Asia, the Caucasus and Eastern Europe
    'Armenia', 'Azerbaijan', 'Belarus', 'Georgia', 'Kazakhstan', 'Kyrgyzstan', 'Moldova', 'Russia',
    'Tajikistan', 'Turkmenistan', 'Ukraine', 'Uzbekistan', 'Soviet Union', 'Poland', 'Romania', 'Bulgaria',
    'Serbia', 'Bosnia and Herzegovina', 'Croatia', 'Hungary', 'Czech Republic', 'Czechia', 'Slovakia',
    'North Macedonia', 'Montenegro', 'Albania', 'Kosovo', 'Lithuania', 'Latvia', 'Estonia', 'Slovenia', 'Turkey'}


def main(corpus):
    rows = []
    for path in sorted(glob.glob(os.path.join(corpus, 'index', '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            rows += [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]
    by_split = collections.defaultdict(list)
    for r in rows:
        by_split[r[1]].append(r)
    print(f'{"split":<6} {"articles":>8} {"publishers":>10} {"countries":>9} {"CIS":>4} {"nodes":>6} {"edges":>6} {"cases":>6}')
    for split in sorted(by_split):
        rs = by_split[split]
        countries = {c.strip() for r in rs for c in r[3].split(',') if c.strip()}
        cis = sum(1 for r in rs if any(c.strip() in CIS_REGION for c in r[3].split(',')))
        facts = collections.Counter()
        for r in rs:
            gold = os.path.join(corpus, split, r[0] + '.json')
            if os.path.exists(gold):
                g = json.load(open(gold, encoding='utf-8'))
                for k in ('nodes', 'edges', 'cases'):
                    facts[k] += len(g.get(k, []))
        print(f'{split:<6} {len(rs):>8} {len({r[2] for r in rs}):>10} {len(countries):>9} {cis:>4} '
              f'{facts["nodes"]:>6} {facts["edges"]:>6} {facts["cases"]:>6}')
    industriall = sum(1 for r in rows if r[2] == 'industriall-union.org')
    others = [r for r in rows if r[2] != 'industriall-union.org']
    countries = {c.strip() for r in rows for c in r[3].split(',') if c.strip()}
    cis = sum(1 for r in rows if any(c.strip() in CIS_REGION for c in r[3].split(',')))
    print(f'all: {len(rows)} articles; IndustriALL {industriall} (target >= 50); other publishers '
          f'{len(others)} articles from {len({r[2] for r in others})} publishers (target >= 60 from >= 15); '
          f'{len(countries)} countries (target >= 25); CIS region {cis} (target >= 30)')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'tests', 'data', 'corpus'))
