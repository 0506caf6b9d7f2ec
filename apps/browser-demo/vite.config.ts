import { defineConfig } from 'vite';

// `vite` (dev) forwards /wasend and /api to a running demo server (node-demo, deno-demo or
// worker-demo: DEMO_URL, default http://127.0.0.1:8787). A DEMO_TOKEN, if the demo wants one, is
// added here, server-side — it never reaches the page.
const demoUrl = process.env.DEMO_URL ?? 'http://127.0.0.1:8787';
const token = process.env.DEMO_TOKEN?.trim();
const forward = {
  target: demoUrl,
  changeOrigin: true,
  headers: token ? { authorization: `Bearer ${token}` } : {},
};

export default defineConfig({
  // Relative asset URLs: the built page works wherever it is served (the worker demo serves dist/).
  base: './',
  build: { outDir: 'dist', target: 'es2022', emptyOutDir: true },
  server: { host: '127.0.0.1', proxy: { '/wasend': forward, '/api': forward } },
});
