// The lint rule that keeps src/'s floors in order (eslint/floors.js), run on made-up import lines.
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import floors from '../../eslint/floors.js';

const root = path.resolve(__dirname, '../..');

function problems(file: string, code: string): string[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], plugins: { floors }, rules: { 'floors/floors': 'error' }, languageOptions: { sourceType: 'module' } }],
    { filename: path.join(root, file) },
  );
  return messages.map((m) => m.message);
}

describe('floors lint rule', () => {
  it('refuses a feature importing another feature', () => {
    const found = problems('src/features/authorities/model.ts', "import { trendSummary } from '../trends/model';");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/features never import each other/);
  });

  it("refuses another feature's styles", () => {
    expect(problems('src/features/authorities/AuthoritiesView.ts', "import '../trends/styles.css';")).toHaveLength(1);
  });

  it('lets a feature import its own folder and the floors below', () => {
    const code = [
      "import { a } from './model';",
      "import { b } from '../../core/format';",
      "import { c } from '../../ui/TitledTable';",
      "import { d } from '../../stats';",
      "import { e } from '../../domain/indicators';",
    ].join('\n');
    expect(problems('src/features/trends/TrendsView.ts', code)).toEqual([]);
  });

  it('refuses a lower floor importing a higher one', () => {
    expect(problems('src/core/format.ts', "import { x } from '../features/profile/model';")[0]).toMatch(/src\/core may not import src\/features/);
    expect(problems('src/stats/compare.ts', "import { x } from '../core/format';")[0]).toMatch(/src\/stats may not import src\/core/);
    expect(problems('src/domain/place.ts', "import { x } from '../ingest';")[0]).toMatch(/src\/domain may not import src\/ingest/);
    expect(problems('src/core/mapModel.ts', "import { x } from '../ui/AreaMap';")).toHaveLength(1);
  });

  it('refuses a lazy import across features too', () => {
    expect(problems('src/features/map/MapView.ts', "const v = () => import('../trends/TrendsView');")).toHaveLength(1);
  });

  it('lets the app shell import the features', () => {
    expect(problems('src/app/views.ts', "const v = () => import('../features/map/MapView');")).toEqual([]);
  });
});
