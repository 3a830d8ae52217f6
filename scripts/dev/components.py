# Developer aid: python3 scripts/dev/components.py src [N] — React components (capitalised top-level functions in .tsx) over N lines (80).
import os,re,sys
root=sys.argv[1]; limit=int(sys.argv[2]) if len(sys.argv)>2 else 80
out=[]
for d,_,fs in os.walk(root):
    for f in fs:
        if not f.endswith('.tsx'): continue
        p=os.path.join(d,f); L=open(p).read().split('\n')
        for i,l in enumerate(L):
            m=re.match(r'^(?:export )?(?:default )?function ([A-Z]\w*)',l)
            if not m: continue
            j=next((k for k in range(i+1,len(L)) if L[k].rstrip()=='}'),len(L)-1)
            if j-i+1>limit: out.append((j-i+1,os.path.relpath(p,root)+':'+m.group(1)))
for n,x in sorted(out,reverse=True): print(n,x)
print(len(out),'components over',limit,'lines')
