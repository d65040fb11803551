import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { decorativeIcons } from './build/decorative-icons.ts';

// `npm run dev -w @thidua/web` serves the screens with hot reload and forwards /api to the server
// started by `npm start` (port 3000, or THIDUA_API), so the session cookie stays same-origin.
export default defineConfig({
  plugins: [react(), decorativeIcons()],
  // The development server pre-bundles dependencies: the icons get the same treatment there.
  optimizeDeps: { rolldownOptions: { plugins: [decorativeIcons()] } },
  server: {
    proxy: { '/api': { target: process.env.THIDUA_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React, the router and the query cache change rarely and every screen needs them: their own
        // chunk stays cached across releases. antd stays split by screen (the units table is lazy).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
