#!/usr/bin/env python3
"""Derive the compact gazetteers in ingest/resources/ from ../shared/data.

Run from the repository root:  python3 scripts/gen_gazetteers.py [SHARED_DIR]
Python 3 standard library only. Writes:
  countries.tsv       canonical<TAB>alpha2<TAB>name|name|...   (sovereign states and territories)
  legal_forms.txt     company legal-form suffixes, one a line (Ltd, GmbH, S.A., ...)
  union_cue_words.txt words typical of union names (from US union name strings vs non-union strings)
The binary embeds these files; it never reads ../shared at run time.
"""
import csv, json, os, re, sys, unicodedata
from collections import Counter

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
OUT = os.path.join(os.path.dirname(__file__), '..', 'ingest', 'resources')


def latin(s):
    """True when every letter of s is Latin script (names an English text may use)."""
    for c in s:
        if c.isalpha() and not unicodedata.name(c, '').startswith('LATIN'):
            return False
    return True


# Aliases that are ordinary words or names in English text.
ALIAS_STOP = {'Mann', 'CAR', 'Misr', 'Island', 'Estonian', 'Gabonese', 'Gabonais', 'Yisraeli', 'Israelite', 'Qatari',
              'Turkmen', 'Ukrainian', 'Iraki', 'Tunis', 'Brazzaville', 'Kinshasa'}


def risky_alias(a):
    """A one-word alias with diacritics collides with English words once accents are folded
    ("Ísland" -> "island"); such forms are dropped."""
    folded = ''.join(c for c in unicodedata.normalize('NFKD', a) if not unicodedata.combining(c))
    return a in ALIAS_STOP or (' ' not in a and folded != a)


def clean(s):
    return ' '.join(unicodedata.normalize('NFC', s).split())


# English names news articles use where the gazetteer prefers another.
CANONICAL = {'Türkiye': 'Turkey', 'Czechia': 'Czech Republic', 'Hong Kong SAR': 'Hong Kong', 'Macao SAR': 'Macau'}
# Short forms English news uses that neither source lists as a strong name.
EXTRA_NAMES = {'South Korea': ['Korea'], 'United Kingdom': ['Britain', 'Great Britain', 'U.K.'],
               'United States': ['US', 'USA'], 'North Macedonia': ['Macedonia'],
               'DR Congo': ['Democratic Republic of Congo', 'Congo-Kinshasa'], 'Vietnam': ['Viet Nam'],
               'Russia': ['Russian Federation'], 'Myanmar': ['Burma'], 'Czech Republic': ['Czechia'],
               'Côte d\'Ivoire': ['Ivory Coast'], 'Eswatini': ['Swaziland'], 'Turkey': ['Türkiye']}


def countries():
    terr = json.load(open(os.path.join(SHARED, 'data/rigour-gazetteers/territories.json'), encoding='utf-8'))
    iso = json.load(open(os.path.join(SHARED, 'data/iso-codes-country-names/iso_3166-1.json'), encoding='utf-8'))
    iso_by_a2 = {c['alpha_2'].lower(): c for c in iso['3166-1']}
    rows = []
    for t in terr:
        code = t.get('code', '')
        if not (t.get('is_country') or (code in iso_by_a2 and '-' not in code)):
            continue
        names = [t['name']]
        for n in [t.get('full_name')] + list(t.get('names_strong') or []):
            if n and latin(n) and not n.islower() and len(n) > 1:
                names.append(n)
        c = iso_by_a2.get(code)
        if c:
            for f in ('name', 'official_name', 'common_name'):
                if c.get(f):
                    names.append(c[f])
        seen, uniq = set(), []
        for n in map(clean, names):
            if n and n.lower() not in seen and '|' not in n and '\t' not in n:
                seen.add(n.lower())
                uniq.append(n)
        canonical = CANONICAL.get(t['name'], t['name'])
        if canonical != t['name']:
            uniq.insert(0, canonical)
        uniq = [u for u in uniq if u == canonical or not risky_alias(u)]
        for extra in EXTRA_NAMES.get(canonical, []):
            if extra.lower() not in {u.lower() for u in uniq}:
                uniq.append(extra)
        rows.append((canonical, code.upper()[:2], uniq))
    rows.sort()
    with open(os.path.join(OUT, 'countries.tsv'), 'w', encoding='utf-8') as f:
        f.write('# canonical\talpha2\tnames (derived by scripts/gen_gazetteers.py; see SOURCE.md)\n')
        for name, code, names in rows:
            f.write(f'{name}\t{code}\t{"|".join(names)}\n')
    return len(rows)


# Words that are legal forms somewhere but ordinary words (or other kinds of body) in English text.
LEGAL_FORM_STOP = {'union', 'trust', 'association', 'foundation', 'society', 'cooperative', 'co-operative',
                   'partnership', 'fund', 'club', 'church', 'party', 'federation', 'institute', 'council',
                   'as', 'is', 'in', 'at', 'an', 'on', 'of', 'or', 'a', 'i', 'e', 'o', 'us', 'am', 'be',
                   'do', 'go', 'no', 'so', 'to', 'we', 'he', 'me', 'my', 'up', 'it', 'oy', 'ab'}


def legal_forms():
    forms = set()
    path = os.path.join(SHARED, 'data/gleif-elf/elf_code_list_2026-02-19.csv')
    for r in csv.DictReader(open(path, encoding='utf-8')):
        for col in ('Abbreviations Local language', 'Abbreviations transliterated'):
            for a in (r.get(col) or '').split(';'):
                a = clean(a)
                if a and latin(a) and len(a) <= 12 and len(a.split()) <= 3:
                    forms.add(a)
    org = json.load(open(os.path.join(SHARED, 'data/rigour-gazetteers/org_types.json'), encoding='utf-8'))
    for t in org['types']:
        if t.get('generic') not in ('LLC', 'JSC', 'LP', 'SOE', 'PLC', None):
            continue
        for a in [t.get('display')] + list(t.get('aliases') or []):
            a = clean(a or '')
            if a and latin(a) and len(a.split()) <= 3 and len(a) <= 30:
                forms.add(a)
    keep = sorted(f for f in forms
                  if f.lower().strip('.') not in LEGAL_FORM_STOP and len(f.replace('.', '')) >= 2
                  and any(c.isupper() for c in f))
    with open(os.path.join(OUT, 'legal_forms.txt'), 'w', encoding='utf-8') as f:
        f.write('# company legal-form suffixes (derived by scripts/gen_gazetteers.py; see SOURCE.md)\n')
        f.write('\n'.join(keep) + '\n')
    return len(keep)


# Place names and words common outside union names that the frequency filter lets through.
CUE_STOP = {'alaska', 'amarillo', 'area', 'board', 'carrier', 'cement', 'cemento', 'chemical', 'concrete',
            'conference', 'department', 'directors', 'empire', 'empresa', 'equipo', 'faculty', 'grain',
            'hanford', 'hawaii', 'independent', 'independiente', 'india', 'industria', 'industrial',
            'industriales', 'insular', 'kansas', 'louis', 'machinery', 'material', 'memphis', 'merged',
            'metal', 'mezclado', 'midwest', 'milwaukee', 'missouri', 'negotiating', 'negotiations',
            'organization', 'organizing', 'packaging', 'pesado', 'police', 'portland', 'printing',
            'privada', 'recycling', 'rocky', 'sales', 'servicios', 'south', 'southwest', 'staff', 'state',
            'tobacco', 'transportation', 'transporte', 'unit', 'valores', 'variety', 'vicinity', 'virgin',
            'works', 'legales', 'construcciones', 'camiones', 'muelles', 'gladiadores', 'blindados',
            'electricas', 'abogados', 'artes', 'puertorrique', 'operadores', 'profesionales', 'coun',
            'federaci', 'ficas', 'smart', 'graphic', 'atomic', 'artists', 'writers', 'employee', 'employees',
            'affiliated', 'branch', 'council', 'cerveceria', 'confectionary', 'confectionery'}


def union_cue_words():
    def words(path):
        c = Counter()
        for r in csv.DictReader(open(path, encoding='utf-8')):
            for w in set(re.findall(r"[A-Za-z][A-Za-z'\-]+", r['text'])):
                c[w.lower()] += 1
        return c
    u = words(os.path.join(SHARED, 'data/union-names-us/union_name_strings.csv'))
    n = words(os.path.join(SHARED, 'data/union-names-us/nonunion_name_strings.csv'))
    cues = sorted(w for w, k in u.items()
                  if k >= 6 and len(w) >= 4 and w not in CUE_STOP and k / (k + 3 * n.get(w, 0)) >= 0.85)
    with open(os.path.join(OUT, 'union_cue_words.txt'), 'w', encoding='utf-8') as f:
        f.write('# words typical of union names (derived by scripts/gen_gazetteers.py; see SOURCE.md)\n')
        f.write('\n'.join(cues) + '\n')
    return len(cues)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    print('countries', countries())
    print('legal forms', legal_forms())
    print('union cue words', union_cue_words())
