import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin } from 'postcss';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig, type ProxyOptions } from 'vite';

// The package ships no types of its own.
const mantinePostcss = postcssPresetMantine as () => AcceptedPlugin;

// Nx runs every target from the workspace root, so paths are anchored to this file rather than the cwd.
const root = fileURLToPath(new URL('.', import.meta.url));
const apiOrigin = process.env['API_ORIGIN'] ?? 'http://localhost:3000';

// The API sets its session cookie on the origin the browser sees, so dev and preview proxy to it
// instead of calling it cross-origin (which CSRF prevention and SameSite cookies would refuse).
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiOrigin, changeOrigin: false, ws: true },
  '/health': { target: apiOrigin, changeOrigin: false },
  // Downloads (the compliance CSV), behind the same session cookie.
  '/exports': { target: apiOrigin, changeOrigin: false },
  // IEP versions and signature certificates as PDFs, behind the same session cookie.
  '/documents': { target: apiOrigin, changeOrigin: false },
  // Bull Board, served by the API behind the same session cookie (district administrators only).
  '/admin/queues': { target: apiOrigin, changeOrigin: false },
};

export default defineConfig({
  root,
  base: '/',
  // Beside the workspace's other caches instead of an apps/web/node_modules folder.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/web', import.meta.url)),
  plugins: [react()],
  // The app's layers (@iep/web/ui, @iep/web/feature-drafting, …) and the rules it shares with the API
  // (@iep/domain/password-policy, …) resolve through the workspace's path aliases.
  resolve: { tsconfigPaths: true },
  css: { postcss: { plugins: [mantinePostcss()] } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached on a parent's phone across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            // Only the password forms need the dictionary of common passwords: its own chunk, loaded with them.
            { name: 'password-dictionary', test: /node_modules[\\/]@zxcvbn-ts[\\/]/, priority: 4 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 2 },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/,
              priority: 1,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
  // The pages live in libs/web, outside this folder: the dev server may read the whole workspace.
  server: { port: 4200, proxy, fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  preview: { port: 4173, proxy },
});
