// The floors of src/, lowest first, and what each may import (see src/README.md).
// A file may import its own floor and the floors listed for it; a feature may import only its own folder
// among the features. Tests may reach any floor below the features (to set up fixtures), but a feature's
// tests, like its code, never import another feature.
import path from 'node:path';

/** Floor → the floors it may import besides itself. */
export const FLOORS = {
  domain: [],
  stats: ['domain'],
  ingest: ['domain', 'stats'],
  core: ['domain', 'stats', 'ingest'],
  data: ['domain', 'stats', 'ingest', 'core'],
  ui: ['domain', 'stats', 'core', 'data'],
  features: ['domain', 'stats', 'ingest', 'core', 'data', 'ui'],
  app: ['domain', 'stats', 'ingest', 'core', 'data', 'ui', 'features'],
};

/** { floor, feature } of a path inside src/, or null outside it. */
export function locate(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [floor, second] = rel.split(path.sep);
  if (!floor || !(floor in FLOORS)) return null;
  return { floor, feature: floor === 'features' ? second : undefined };
}

/** Why `from` may not import `to`, or null when it may. */
export function floorProblem(from, to, isTest) {
  if (from.floor === 'features' && to.floor === 'features' && from.feature !== to.feature) {
    return `features never import each other: move what '${from.feature}' needs from '${to.feature}' down to src/core or src/ui`;
  }
  if (from.floor === to.floor || FLOORS[from.floor].includes(to.floor)) return null;
  if (isTest && to.floor !== 'features' && to.floor !== 'app') return null;
  return `src/${from.floor} may not import src/${to.floor} (it may import ${[from.floor, ...FLOORS[from.floor]].map((f) => `src/${f}`).join(', ')})`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the floors of src/ in order and the features apart.' },
    schema: [],
    messages: { floor: '{{problem}}' },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = locate(file, srcRoot);
    if (!from) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = locate(path.resolve(path.dirname(file), spec), srcRoot);
      if (!to) return;
      const problem = floorProblem(from, to, isTest);
      if (problem) context.report({ node, messageId: 'floor', data: { problem } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { floors: rule } };
