#!/usr/bin/env python3
"""Counts for issue notes: ward-level indicators with an England figure, authority-level indicators with
York and England over 3+ periods, and indicators without a ward figure. Reads the committed data/."""
import csv, json, collections, sys
d = sys.argv[1] if len(sys.argv) > 1 else 'data'
meta = {m['id']: m for m in json.load(open(f'{d}/indicators-meta.json'))}
types = collections.defaultdict(set)
periods = collections.defaultdict(lambda: collections.defaultdict(set))
for path in (f'{d}/indicators.csv', f'{d}/authorities.csv'):
    for r in csv.DictReader(open(path)):
        if r['Value'] == '':
            continue
        types[r['Indicator ID']].add(r['Area Type'])
        periods[r['Indicator ID']][r['Area Code']].add((r['Sex'], r['Age'], r['Category'], r['Time period']))
ward_eng = sorted(i for i, t in types.items() if 'Ward' in t and 'England' in t)
no_ward = sorted(i for i in meta if 'Ward' not in types.get(i, set()))
def series_ok(i):
    y, e = periods[i]['E06000014'], periods[i]['E92000001']
    per = collections.defaultdict(int)
    for key in y & e:
        per[key[:3]] += 1
    return any(n >= 3 for n in per.values())
la3 = sorted(i for i in no_ward if series_ok(i))
print(f'indicators: {len(meta)}')
print(f'ward-level with an England figure: {len(ward_eng)}')
print(f'authority-level (no ward figure) with York and England over 3+ periods in one series: {len(la3)}')
print(f'without a ward figure: {len(no_ward)}')
if '-v' in sys.argv:
    print('\n'.join(['', 'ward+England:'] + ward_eng + ['', 'LA 3+ periods:'] + la3 + ['', 'no ward figure:'] + no_ward))
