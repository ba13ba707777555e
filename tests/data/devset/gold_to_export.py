#!/usr/bin/env python3
"""Turn the dev-set gold files into an export-shaped graph (python3 stdlib only).

Usage: gold_to_export.py GOLD_DIR OUT.json

The output has the shape of `lkg export --format json` as ../shared/eval/score.py reads it:
{"nodes": [{"id", "type", "name", "aliases"}...], "edges": [{"source", "target", "type"}...]}.
Entity nodes of all files are merged exactly as the scorer merges gold (normalised name or alias
equal); every gold case becomes a "case" node with kind/date and victim/perpetrator/concerns/
in_country edges. Scoring the output against the same GOLD_DIR must give F1 = 1.0 everywhere,
which checks the gold files and the scorer's reading of them.
"""
import glob, json, os, re, sys, unicodedata


def norm(s):
    """The scorer's name normalisation (../shared/eval/score.py)."""
    s = unicodedata.normalize('NFKD', str(s))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('ı', 'i')
    s = re.sub(r'[^\w\s]', ' ', re.sub(r"['’‘`´]", '', s))
    return ' '.join(re.sub(r'\bthe\b', ' ', s).split())


def merge_nodes(docs):
    """Union-find over the normalised names/aliases of all gold nodes -> (groups, local index)."""
    parent, raw, owner = [], [], {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for nn, d in docs:
        for n in d['nodes']:
            i = len(raw)
            parent.append(i)
            raw.append((nn, n))
            for k in {norm(x) for x in [n['name']] + n.get('aliases', [])} - {''}:
                if k in owner:
                    parent[find(i)] = find(owner[k])
                else:
                    owner[k] = i
    groups, local = {}, {}
    for i, (nn, n) in enumerate(raw):
        root = find(i)
        g = groups.setdefault(root, {'id': f'n:{len(groups):016x}', 'type': n['type'],
                                     'name': n['name'], 'aliases': []})
        for a in [n['name']] + n.get('aliases', []):
            if a != g['name'] and a not in g['aliases']:
                g['aliases'].append(a)
        local[(nn, n['name'])] = g['id']
    return list(groups.values()), local


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.split('\n\n')[1])
    gold_dir, out_path = argv[1], argv[2]
    docs = []
    for path in sorted(glob.glob(os.path.join(gold_dir, '*.json'))):
        with open(path, encoding='utf-8') as f:
            docs.append((os.path.splitext(os.path.basename(path))[0], json.load(f)))
    nodes, local = merge_nodes(docs)
    edges = []
    for nn, d in docs:
        for e in d['edges']:
            edge = {'source': local[(nn, e['source'])], 'target': local[(nn, e['target'])], 'type': e['type']}
            if e.get('role'):
                edge['role'] = e['role']
            edges.append(edge)
        for i, c in enumerate(d['cases']):
            cid = f'n:case{nn}{i:02d}'
            nodes.append({'id': cid, 'type': 'case', 'name': f'{c["kind"]} {nn}/{i}',
                          'kind': c['kind'], 'date': c.get('date')})
            for role, etype in (('victims', 'victim'), ('perpetrators', 'perpetrator'),
                                ('unions', 'concerns'), ('companies', 'concerns')):
                for x in c.get(role, []):
                    edges.append({'source': cid, 'target': local[(nn, x)], 'type': etype})
            if c.get('country'):
                edges.append({'source': cid, 'target': local[(nn, c['country'])], 'type': 'in_country'})
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump({'nodes': nodes, 'edges': edges}, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main(sys.argv)
