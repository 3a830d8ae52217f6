import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base lets the same build run from any sub-path or a plain file server.
export default defineConfig({
  base: process.env.DASHBOARD_BASE ?? './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
});
