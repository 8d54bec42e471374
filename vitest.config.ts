import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The suite waits on disks, child processes and worker threads about as much as it
    // computes: Vitest's default of one worker fewer than the cores left one of two idle.
    maxWorkers: availableParallelism(),
  },
});
