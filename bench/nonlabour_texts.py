#!/usr/bin/env python3
"""Writes the texts of the hand-labelled Wikinews set (tests/data/nonlabour/labels.tsv) as JSONL
records {"text", "title", "date", "url"} for `lkg ingest` / `lkg train`.

Usage: nonlabour_texts.py SPLIT LABEL OUT.jsonl    (SPLIT: train|test, LABEL: labour|not_labour)
Texts come from ../shared/data/wikinews-economy/wikinews_economy.jsonl (looked up by id).
"""
import json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = os.path.join(root, 'tests/data/nonlabour/labels.tsv')
texts = os.path.join(root, '../shared/data/wikinews-economy/wikinews_economy.jsonl')


def main(argv):
    if len(argv) != 4 or argv[1] not in ('train', 'test') or argv[2] not in ('labour', 'not_labour'):
        sys.exit(__doc__.split('\n\n')[1])
    split, label, out = argv[1:]
    wanted = []
    for line in open(labels, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        row = line.rstrip('\n').split('\t')
        if len(row) >= 3 and row[1] == split and row[2] == label:
            wanted.append(row[0])
    by_id = {}
    for line in open(texts, encoding='utf-8'):
        rec = json.loads(line)
        by_id[rec['id']] = rec
    missing = [i for i in wanted if i not in by_id]
    if missing:
        sys.exit(f'nonlabour_texts.py: {len(missing)} ids not in {texts}: {missing[:5]}')
    with open(out, 'w', encoding='utf-8') as f:
        for i in wanted:
            r = by_id[i]
            f.write(json.dumps({'text': r['text'], 'title': r['title'], 'date': r['date'], 'url': r['url']}) + '\n')
    print(f'{len(wanted)} {split} {label} articles -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
