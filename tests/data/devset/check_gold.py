#!/usr/bin/env python3
"""Validate the hand-annotated dev set (gold-format.md). python3 stdlib only.

Usage: check_gold.py [GOLD_DIR] [--texts-optional]   (default: the directory of this script)
  --texts-optional: a missing NN.txt is not a problem (the corpus keeps publishers' texts out of git;
                    names are then checked against the text only where it is present)

Checks every NN.json: JSON shape, node/edge/case types and kinds, that every name an edge or
case references is a node of the same file with an allowed type, ISO partial dates, that each
non-country node's name or one alias occurs in NN.txt, and that names merging across files (the scorer's
normalisation) agree on the type. Prints one line per problem; exit status 1 if any.
"""
import glob, json, os, re, sys, unicodedata

ENTITY_TYPES = {'union', 'company', 'country', 'person', 'organization'}
CASE_KINDS = {'arrest', 'detention', 'imprisonment', 'dismissal', 'union_busting',
              'refusal_to_bargain', 'violence', 'death', 'court_ruling', 'strike_ban',
              'legislation', 'other'}
# edge type -> (allowed source types, allowed target types, directed)
EDGE_RULES = {
    'has_role': ({'person'}, {'union', 'company', 'organization'}, True),
    'affiliated_with': ({'union'}, {'union'}, True),
    'organizes_at': ({'union'}, {'company'}, False),
    'subsidiary_of': ({'company'}, {'company'}, True),
    'located_in': ({'union', 'company', 'organization'}, {'country'}, False),
}
CASE_ROLES = {'victims': {'person', 'union'}, 'perpetrators': {'company', 'organization', 'country'},
              'unions': {'union'}, 'companies': {'company'}}
DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')


def norm(s):
    """The scorer's name normalisation (../shared/eval/score.py)."""
    s = unicodedata.normalize('NFKD', str(s))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('ı', 'i')
    s = re.sub(r'[^\w\s]', ' ', re.sub(r"['’‘`´]", '', s))
    return ' '.join(re.sub(r'\bthe\b', ' ', s).split())


def squash(s):
    return ' '.join(unicodedata.normalize('NFC', s).lower().split())


def check_nodes(d, text, say):
    types = {}
    for n in d.get('nodes', []):
        if not isinstance(n, dict) or not isinstance(n.get('name'), str) or not n['name'].strip():
            say(f'node without a name: {n!r}')
            continue
        name = n['name']
        if n.get('type') not in ENTITY_TYPES:
            say(f'node {name!r}: bad type {n.get("type")!r}')
        if name in types:
            say(f'node {name!r} listed twice')
        types[name] = n.get('type')
        aliases = n.get('aliases', [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            say(f'node {name!r}: aliases must be a list of non-empty strings')
            aliases = []
        # country nodes may come from adjectives ("Chinese-owned"), so only other types are checked
        if text is not None and n.get('type') != 'country' \
                and not any(squash(x) in text for x in [name] + aliases):
            say(f'node {name!r}: neither the name nor an alias occurs in the text')
        extra = set(n) - {'type', 'name', 'aliases'}
        if extra:
            say(f'node {name!r}: unknown keys {sorted(extra)}')
    return types


def check_edges(d, types, say):
    seen = set()
    for e in d.get('edges', []):
        et, s, t = e.get('type'), e.get('source'), e.get('target')
        if et not in EDGE_RULES:
            say(f'edge {e!r}: bad type')
            continue
        srcs, tgts, directed = EDGE_RULES[et]
        for end in (s, t):
            if end not in types:
                say(f'{et} edge {s!r} -> {t!r}: {end!r} is not a node of this file')
        if s not in types or t not in types:
            continue
        ok = types[s] in srcs and types[t] in tgts
        if not directed:
            ok = ok or (types[t] in srcs and types[s] in tgts)
        if not ok:
            say(f'{et} edge {s!r} ({types[s]}) -> {t!r} ({types[t]}): endpoint types not allowed')
        if et == 'has_role' and not (isinstance(e.get('role'), str) and e['role'].strip()):
            say(f'has_role edge {s!r} -> {t!r}: missing role')
        key = (et, s, t) if directed else (et,) + tuple(sorted((s, t)))
        if key in seen:
            say(f'{et} edge {s!r} -> {t!r} listed twice')
        seen.add(key)


def check_cases(d, types, say):
    for i, c in enumerate(d.get('cases', [])):
        where = f'case {i} ({c.get("kind")})'
        if c.get('kind') not in CASE_KINDS:
            say(f'{where}: bad kind')
        date = c.get('date')
        if date is not None and not (isinstance(date, str) and DATE_RE.match(date)):
            say(f'{where}: date {date!r} is not ISO YYYY[-MM[-DD]] or null')
        country = c.get('country')
        if country is not None and types.get(country) != 'country':
            say(f'{where}: country {country!r} is not a country node of this file')
        for role, allowed in CASE_ROLES.items():
            names = c.get(role)
            if not isinstance(names, list):
                say(f'{where}: {role} must be a list')
                continue
            for x in names:
                if x not in types:
                    say(f'{where}: {role} names {x!r}, not a node of this file')
                elif types[x] not in allowed:
                    say(f'{where}: {role} names {x!r} of type {types[x]}')
        if not (c.get('victims') or c.get('perpetrators')):
            say(f'{where}: needs at least one victim or perpetrator')
        extra = set(c) - {'kind', 'date', 'country', 'victims', 'perpetrators', 'unions',
                          'companies', 'summary', 'status', 'external_id'}
        if extra:
            say(f'{where}: unknown keys {sorted(extra)}')


def main():
    args = [a for a in sys.argv[1:] if a != '--texts-optional']
    texts_optional = len(args) != len(sys.argv) - 1
    gold_dir = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    problems, key_types = [], {}
    files = sorted(glob.glob(os.path.join(gold_dir, '*.json')))
    for path in files:
        nn = os.path.splitext(os.path.basename(path))[0]
        say = lambda msg, nn=nn: problems.append(f'{nn}: {msg}')
        try:
            with open(path, encoding='utf-8') as f:
                d = json.load(f)
        except (OSError, ValueError) as err:
            say(f'cannot read: {err}')
            continue
        if not isinstance(d, dict) or set(d) - {'url', 'title', 'nodes', 'edges', 'cases'} \
                or not all(isinstance(d.get(k), list) for k in ('nodes', 'edges', 'cases')):
            say('top level must be {"url", "nodes": [], "edges": [], "cases": []}')
            continue
        txt_path = os.path.join(gold_dir, nn + '.txt')
        text = None
        if os.path.exists(txt_path):
            with open(txt_path, encoding='utf-8') as f:
                text = squash(f.read())
        elif not texts_optional:
            say('no matching .txt file')
        types = check_nodes(d, text, say)
        check_edges(d, types, say)
        check_cases(d, types, say)
        for n in d['nodes']:
            for k in {norm(x) for x in [n.get('name', '')] + list(n.get('aliases', []))} - {''}:
                key_types.setdefault(k, {}).setdefault(n.get('type'), set()).add(nn)
    for k, by_type in sorted(key_types.items()):
        if len(by_type) > 1:
            problems.append(f'across files: {k!r} has types ' +
                            ', '.join(f'{t} in {sorted(v)}' for t, v in sorted(by_type.items())))
    for p in problems:
        print(p)
    print(f'{len(files)} gold files, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
