import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { boundariesPlugin } from './vite/boundariesPlugin.ts';
import { CONTENT_SECURITY_POLICY, cspPlugin } from './vite/cspPlugin.ts';
import { dataDirPlugin } from './vite/dataDirPlugin.ts';

export default defineConfig({
  plugins: [react(), dataDirPlugin(), boundariesPlugin(), cspPlugin()],
  build: { target: 'es2022', sourcemap: true },
  // Module workers, split into chunks: the dataset worker answers a build's first view before
  // its parsing and analysis code has loaded (src/app/worker/engineWork.ts).
  worker: { format: 'es' },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'vite/**/*.test.ts'],
    environment: 'node',
    // Timings are the benchmarks' job: on a shared 2-core machine a heavy test (a whole bundled
    // folder, 150 random tables) can take several times its usual 2 s without anything wrong.
    testTimeout: 30_000,
  },
});
