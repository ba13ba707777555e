#!/usr/bin/env python3
"""Refill (or pack) the article texts of the domain corpus. python3 stdlib only.

The repository keeps, per article, its URL, sha256, licence and annotation (index/*.tsv and
<split>/<id>.json); the publishers' texts stay out of git in <split>/<id>.txt.

  fill_texts.py PAGES.jsonl        write <split>/<id>.txt for every index row whose URL is in
                                   PAGES.jsonl ({"url": ..., "text": ...} per line: the stored
                                   page excerpt exactly as the search tool returns it) and whose
                                   sha256 (UTF-8 bytes of the text) matches the index
  fill_texts.py --pack OUT.jsonl   write the texts present here as such a JSONL (to carry them
                                   to another checkout)
  fill_texts.py --status           count rows, texts present, texts missing or not matching

Exit status 1 when a text is missing or does not match its recorded sha256.
"""
import csv, glob, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['id', 'split', 'publisher', 'countries', 'url', 'sha256', 'licence', 'annotator']


def rows():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, 'index', '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.strip() or line.startswith('#'):
                    continue
                cells = line.rstrip('\n').split('\t')
                if len(cells) != len(FIELDS):
                    sys.exit(f'{path}: expected {len(FIELDS)} tab-separated fields, got {len(cells)}: {line!r}')
                out.append(dict(zip(FIELDS, cells)))
    return out


def text_path(row):
    return os.path.join(HERE, row['split'], row['id'] + '.txt')


def sha(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()


def status(index):
    bad = 0
    for r in index:
        p = text_path(r)
        if not os.path.exists(p):
            print(f'missing: {r["split"]}/{r["id"]}.txt ({r["url"]})'); bad += 1
        elif sha(open(p, encoding='utf-8').read()) != r['sha256']:
            print(f'sha256 differs: {r["split"]}/{r["id"]}.txt'); bad += 1
    print(f'{len(index)} articles in the index, {len(index) - bad} texts present and matching')
    return 1 if bad else 0


def fill(index, pages_path):
    by_url = {}
    with open(pages_path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rec = json.loads(line)
                by_url.setdefault(rec['url'], []).append(rec['text'])
    written = 0
    for r in index:
        for text in by_url.get(r['url'], []):
            if sha(text) == r['sha256']:
                with open(text_path(r), 'w', encoding='utf-8', newline='') as out:
                    out.write(text)
                written += 1
                break
    print(f'wrote {written} of {len(index)} texts')
    return status(index)


def pack(index, out_path):
    with open(out_path, 'w', encoding='utf-8') as out:
        for r in index:
            p = text_path(r)
            if os.path.exists(p):
                out.write(json.dumps({'url': r['url'], 'text': open(p, encoding='utf-8').read()},
                                     ensure_ascii=False) + '\n')
    return 0


def main(argv):
    index = rows()
    if argv == ['--status']:
        return status(index)
    if len(argv) == 2 and argv[0] == '--pack':
        return pack(index, argv[1])
    if len(argv) == 1 and not argv[0].startswith('-'):
        return fill(index, argv[0])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
