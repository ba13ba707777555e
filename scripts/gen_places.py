#!/usr/bin/env python3
"""Writes ingest/resources/places.tsv: first-level subdivisions (states, provinces, Länder,
territories) of large federal countries, from Debian's iso-codes (/usr/share/iso-codes/json/
iso_3166-2.json, package iso-codes). A place is never a country: "New Mexico" is no Mexico,
"New Jersey" no Jersey. Names that are also country names (Georgia) are left out: those stay
countries. Python 3 stdlib only. Usage: python3 scripts/gen_places.py [ISO_3166_2_JSON]"""
import json, os, sys, unicodedata

KINDS = {'US': {'State', 'District'}, 'CA': {'Province', 'Territory'}, 'AU': {'State', 'Territory'},
         'IN': {'State', 'Union territory'}, 'CN': {'Province', 'Autonomous region', 'Municipality'},
         'BR': {'State', 'Federal district'}, 'MX': {'State'}, 'DE': {'Land'}, 'NG': {'State'},
         'ZA': {'Province'}, 'PK': {'Province'}, 'AR': {'Province'}, 'ID': {'Province'}}
COUNTRY_NAME = {'US': 'United States', 'CA': 'Canada', 'AU': 'Australia', 'IN': 'India', 'CN': 'China',
                'BR': 'Brazil', 'MX': 'Mexico', 'DE': 'Germany', 'NG': 'Nigeria', 'ZA': 'South Africa',
                'PK': 'Pakistan', 'AR': 'Argentina', 'ID': 'Indonesia'}

def fold(name):
    """Lower case without accents: "México" and "Mexico" are one name."""
    return ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c)).lower()


root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
source = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/iso-codes/json/iso_3166-2.json'
countries = set()
with open(os.path.join(root, 'ingest/resources/countries.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or '\t' not in line:
            continue
        for name in line.rstrip('\n').split('\t')[2].split('|'):
            countries.add(fold(name))
rows = set()
for sub in json.load(open(source, encoding='utf-8'))['3166-2']:
    cc = sub['code'][:2]
    name = sub['name']
    if sub['type'] not in KINDS.get(cc, ()) or any(c in name for c in ',()') or fold(name) in countries:
        continue
    rows.add((name, COUNTRY_NAME[cc], sub['type'].lower()))
with open(os.path.join(root, 'ingest/resources/places.tsv'), 'w', encoding='utf-8') as out:
    out.write('# place<TAB>country<TAB>kind: states, provinces and territories, never countries '
              '(derived by scripts/gen_places.py from Debian iso-codes; see SOURCE.md)\n')
    for row in sorted(rows):
        out.write('\t'.join(row) + '\n')
print(f'{len(rows)} places')
