// Only the URL module (src/ui/url/) reads or writes the address bar or builds in-app links: every other file
// in src/ goes through useUrlParams and hrefTo. Test files are exempt (a test may check a link survives
// URLSearchParams). The scan is shown failing on made-up offending code first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { URL_KEYS } from '../../src/ui/url/keys';

const root = path.resolve(__dirname, '../..');
const src = path.join(root, 'src');
const URL_MODULE = path.join('src', 'ui', 'url') + path.sep;

const RULES: { what: string; pattern: RegExp }[] = [
  { what: 'URLSearchParams', pattern: /\bURLSearchParams\b/ },
  { what: 'location.search', pattern: /\blocation\s*\.\s*search\b/ },
  { what: 'window.history', pattern: /\bwindow\s*\.\s*history\b|\bhistory\s*\.\s*(pushState|replaceState)\b/ },
  // A link written by hand: a string or template starting "?<key>=" for one of the address-bar keys.
  { what: 'a hand-built link (use hrefTo)', pattern: new RegExp(`[\`'"]\\?(${Object.keys(URL_KEYS).join('|')})=`) },
];

/** "<file>: <what>" for each rule a file breaks; files of the URL module and tests are exempt. */
export function urlAccessProblems(files: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    if (file.startsWith(URL_MODULE) || /\.test\.tsx?$/.test(file)) continue;
    for (const rule of RULES) if (rule.pattern.test(text)) out.push(`${file}: ${rule.what}`);
  }
  return out;
}

function sourceFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(entry.name) ? [{ file: path.relative(root, full), text: readFileSync(full, 'utf8') }] : [];
  });
}

describe('address-bar access', () => {
  it('catches each kind of access outside the URL module', () => {
    const feature = path.join('src', 'features', 'groups', 'GroupsView.tsx');
    const found = urlAccessProblems([
      { file: feature, text: 'const params = new URLSearchParams(window.location.search);' },
      { file: path.join('src', 'app', 'App.tsx'), text: "window.history.replaceState(null, '', '?');" },
      { file: path.join('src', 'features', 'map', 'MapView.tsx'), text: '<a href={`?view=trends&indicator=${id}`}>' },
      { file: path.join('src', 'features', 'map', 'Other.tsx'), text: '<a href="?view=map">Back</a>' },
    ]);
    expect(found).toEqual([
      `${feature}: URLSearchParams`,
      `${feature}: location.search`,
      `${path.join('src', 'app', 'App.tsx')}: window.history`,
      `${path.join('src', 'features', 'map', 'MapView.tsx')}: a hand-built link (use hrefTo)`,
      `${path.join('src', 'features', 'map', 'Other.tsx')}: a hand-built link (use hrefTo)`,
    ]);
  });

  it('lets the URL module, tests and unrelated text through', () => {
    expect(
      urlAccessProblems([
        { file: path.join('src', 'ui', 'url', 'useUrlParams.ts'), text: 'window.history.pushState(null, "", new URLSearchParams(window.location.search).toString());' },
        { file: path.join('src', 'core', 'wardGroups.test.ts'), text: 'new URLSearchParams(`view=groups&group=${encoded}`)' },
        { file: path.join('src', 'ingest', 'csv.ts'), text: 'const m = /^"?sep=([,;\\t|])"?/i;' },
      ]),
    ).toEqual([]);
  });

  it('finds none in src/', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.file.startsWith(URL_MODULE))).toBe(true);
    expect(urlAccessProblems(files)).toEqual([]);
  });
});
