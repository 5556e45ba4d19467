import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Hashed assets under dist/assets (served immutable); no inline script, so the
// server's Content-Security-Policy needs no 'unsafe-inline'.
export default defineConfig({
  plugins: [preact()],
  build: { modulePreload: { polyfill: false }, assetsInlineLimit: 0, sourcemap: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:8787' } },
});
