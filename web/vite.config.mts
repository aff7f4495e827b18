import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app is served by the gateway on the same origin as /graphql (gateway/src/web.ts), so it
 * needs no API URL. `npm run dev -w @cb/web` proxies /graphql to a gateway on :4000 for development.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Recharts is large; it is only loaded for the staff dashboard (a lazy route).
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
