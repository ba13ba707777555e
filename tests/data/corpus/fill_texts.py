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
  fill_texts.py --check-split      every row's split is its publisher's (split.tsv; a subdomain goes with
                                   its domain, unlisted publishers are train), ids and URLs are unique,
                                   and every row has its annotation (no texts needed; CI runs it)

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


def publisher_splits():
    out = {}
    with open(os.path.join(HERE, 'split.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                publisher, split = line.rstrip('\n').split('\t')
                out[publisher] = split
    return out


def split_of(publisher, splits):
    parts = publisher.split('.')
    for k in range(len(parts) - 1):  # the publisher itself, then its parent domains
        if '.'.join(parts[k:]) in splits:
            return splits['.'.join(parts[k:])]
    return 'train'


def check_split(index):
    splits, problems, seen_ids, seen_urls = publisher_splits(), [], set(), set()
    for r in index:
        want = split_of(r['publisher'], splits)
        if r['split'] != want:
            problems.append(f'{r["id"]}: publisher {r["publisher"]} belongs to {want}, row says {r["split"]}')
        if r['id'] in seen_ids:
            problems.append(f'{r["id"]}: id used twice')
        url = r['url'].lower().split('://')[-1].removeprefix('www.').rstrip('/')
        if url in seen_urls:
            problems.append(f'{r["id"]}: URL annotated twice: {r["url"]}')
        seen_ids.add(r['id'])
        seen_urls.add(url)
        if not os.path.exists(os.path.join(HERE, r['split'], r['id'] + '.json')):
            problems.append(f'{r["id"]}: no annotation {r["split"]}/{r["id"]}.json')
    for p in problems:
        print(p)
    print(f'{len(index)} rows: {len(problems)} problems')
    return 1 if problems else 0


def main(argv):
    index = rows()
    if argv == ['--status']:
        return status(index)
    if argv == ['--check-split']:
        return check_split(index)
    if len(argv) == 2 and argv[0] == '--pack':
        return pack(index, argv[1])
    if len(argv) == 1 and not argv[0].startswith('-'):
        return fill(index, argv[0])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
