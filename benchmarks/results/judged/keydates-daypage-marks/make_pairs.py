"""pairs.py OLD NEW OUT: the top of every key day's page, old and new, A/B in random order, for a blind judge."""
import sys, os, re, json, random
old, new, out = sys.argv[1:4]
rng = random.Random(44)
os.makedirs(out, exist_ok=True)
def top(path, n=6):
    lines = open(path).read().split('\n')
    body = []
    started = False
    events = 0
    for line in lines:
        if line.startswith('<span data-search-exclude>All ') or line.startswith('<span data-search-exclude>The one event'):
            started = True
        if not started or line.startswith('{:') or not line.strip():
            continue
        if line.startswith('## '):
            body.append(line); continue
        text = re.sub(r'<span data-search-exclude>|</span>|<small data-search-exclude>|</small>|<br>', '', line)
        text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
        text = text.replace('\\(', '(').replace('\\)', ')').replace('\\$', '$')
        if line.endswith('<br>'):
            events += 1
            if events > n:
                break
            body.append(f'{events}. {text}')
        elif line.startswith('<small'):
            body.append('   ' + text)
        else:
            body.append(text)
    return '\n'.join(body)
cases, key = [], {}
for topic in ['haiti', 'H1N1', 'EgyptianProtest', 'Finan', 'bpoil']:
    kd = open(f'{new}/{topic}/docs/key-dates.md').read()
    for block in kd.split('\n### ')[1:]:
        m = re.search(r'\{ #(\d{4}-\d{2}-\d{2}) \}', block)
        day = m.group(1)
        sents = [re.sub(r' <span data-search-exclude>.*', '', l[2:]) for l in block.split('\n') if l.startswith('- ')]
        po, pn = f'{old}/{topic}/docs/events/{day}.md', f'{new}/{topic}/docs/events/{day}.md'
        if not (os.path.exists(po) and os.path.exists(pn)):
            continue
        to, tn = top(po), top(pn)
        if to == tn:
            continue
        cid = f'{topic}-{day}'
        a_new = rng.random() < 0.5
        key[cid] = 'A' if a_new else 'B'
        A, B = (tn, to) if a_new else (to, tn)
        cases.append(f'## {cid}\n\nThe key date (as the Key dates page shows it):\n' + '\n'.join('- ' + s for s in sents)
                     + f'\n\n### A\n\n{A}\n\n### B\n\n{B}\n')
open(f'{out}/cases.md', 'w').write('\n'.join(cases))
json.dump(key, open(f'{out}/key.json', 'w'), indent=1)
print(len(cases))
