import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server listens on 3000 by default; the dev server forwards API calls to it so cookies stay same-origin.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design is most of the bundle; pages are split by route, so a large vendor chunk is expected.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
