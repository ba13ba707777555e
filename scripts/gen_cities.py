#!/usr/bin/env python3
"""Writes ingest/resources/cities.tsv: cities and towns, each with its country, that extraction
treats as places (location context), never as companies, persons or unions. Two sources:
  * the tz database's zone.tab (Debian package tzdata, /usr/share/zoneinfo/zone.tab; public
    domain): the city of each time zone ("Asia/Bishkek" -> Bishkek, KG);
  * scripts/data/capitals_and_cities.tsv (written for lkg): every country's capital and large
    or labour-news cities.
Countries are resolved through ingest/resources/countries.tsv (any of its names). Left out: names
that are also country names (Singapore, Kuwait: those stay countries), given names
(first_names.txt) and names of known bodies (known_entities.tsv). Python 3 stdlib only.
Usage: python3 scripts/gen_cities.py [ZONE_TAB]"""
import os, sys, unicodedata

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
res = os.path.join(root, 'ingest', 'resources')


def fold(name):
    """Lower case without accents: "Brasília" and "Brasilia" are one name."""
    return ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c)).lower()


def rows(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                yield line.rstrip('\n').split('\t')


country_by_code, country_by_name = {}, {}
for r in rows(os.path.join(res, 'countries.tsv')):
    country_by_code[r[1]] = r[0]
    for name in [r[0]] + r[2].split('|'):
        country_by_name[fold(name)] = r[0]
excluded = set(country_by_name)
excluded |= {fold(r[0]) for r in rows(os.path.join(res, 'first_names.txt'))}
for r in rows(os.path.join(res, 'known_entities.tsv')):
    excluded |= {fold(x) for x in [r[1]] + (r[2].split('|') if len(r) > 2 else []) if x}

cities = {}  # folded name -> (name, country, source)
zone_tab = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/zoneinfo/zone.tab'
for r in rows(zone_tab):
    code, zone = r[0], r[2]
    if code not in country_by_code or zone.startswith(('Antarctica/', 'Etc/')):
        continue
    name = zone.rsplit('/', 1)[1].replace('_', ' ')
    cities.setdefault(fold(name), (name, country_by_code[code], 'tzdata'))
unknown = []
for r in rows(os.path.join(root, 'scripts', 'data', 'capitals_and_cities.tsv')):
    country = country_by_name.get(fold(r[1]))
    if country is None:
        unknown.append(r[1])
        continue
    cities[fold(r[0])] = (r[0], country, 'lkg')
if unknown:
    sys.exit('gen_cities.py: countries not in countries.tsv: ' + ', '.join(sorted(set(unknown))))
kept = sorted((v for k, v in cities.items() if k not in excluded), key=lambda v: (v[1], v[0]))
with open(os.path.join(res, 'cities.tsv'), 'w', encoding='utf-8') as out:
    out.write('# city<TAB>country<TAB>source: places, never companies, persons or unions (derived by '
              'scripts/gen_cities.py from tzdata zone.tab and capitals_and_cities.tsv; see SOURCE.md)\n')
    for v in kept:
        out.write('\t'.join(v) + '\n')
left_out = sorted(v[0] for k, v in cities.items() if k in excluded)
print(f'{len(kept)} cities; left out (country, given or known names): ' + ', '.join(left_out))
