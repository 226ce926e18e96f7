import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { AcceptedPlugin } from 'postcss';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig, type ProxyOptions } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin';
import { precompress } from './precompress-plugin';

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
  plugins: [graphqlDocuments(fileURLToPath(new URL('../../libs/web/data-access/src/gql/graphql.ts', import.meta.url))), react(), precompress()],
  // The app's layers (@iep/web/ui, @iep/web/feature-drafting, …) and the rules it shares with the API
  // (@iep/domain/password-policy, …) resolve through the workspace's path aliases.
  resolve: { tsconfigPaths: true },
  css: { postcss: { plugins: [mantinePostcss()] } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The workspace's own TypeScript modules do nothing on import (the app calls initI18n itself), so a
      // feature's index that re-exports a component for a lazy page of another feature does not pull that
      // component, and what it imports, onto the first page. Style sheets keep their effect.
      treeshake: {
        moduleSideEffects: (id: string) => !(/[\\/]libs[\\/](web|domain)[\\/]/.test(id) && /\.tsx?$/.test(id)),
      },
      output: {
        codeSplitting: {
          groups: [
            // React and the router change less often than the app: their own chunk stays cached on a
            // parent's phone across releases. No other library is grouped: a group is one chunk, and a
            // group of all of Mantine or all of node_modules would put the editor's, the charts' and the
            // forms' code on the sign-in page. The bundler splits the rest along the lazy routes.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  // The pages live in libs/web, outside this folder: the dev server may read the whole workspace.
  server: { port: 4200, proxy, fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  preview: { port: 4173, proxy },
});
