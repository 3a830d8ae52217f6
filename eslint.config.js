import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import floors from './eslint/floors.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Data from CSVs must never become markup.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never render data as HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The floors of src/ (src/README.md): each imports only the floors below it; features never import each other.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { floors },
    rules: { 'floors/floors': 'error' },
  },
  {
    files: ['src/stats/**', 'src/ingest/**', 'src/domain/**', 'src/core/**'],
    rules: {
      // The data contract, statistics, ingestion and shared model stay pure: no React, no DOM, no maps or charts.
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'leaflet', 'recharts', '@tanstack/*', 'idb'] },
      ],
    },
  },
);
