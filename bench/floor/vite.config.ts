import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built by `npm run bench` into a temporary folder, with the same plugin, target and base as the dashboard.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: true },
  logLevel: 'warn',
});
