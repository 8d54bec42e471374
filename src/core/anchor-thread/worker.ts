// The re-anchoring worker: one job in, its results out. Fuzzy search over a long page
// can take seconds, which on the main thread would freeze every window of the app.

import { parentPort } from 'node:worker_threads';
import { reanchorSelectors } from '../anchor';
import type { ReanchorJob } from './index';

parentPort?.once('message', ({ text, selectors }: ReanchorJob) => {
  parentPort?.postMessage(reanchorSelectors(text, selectors));
});
