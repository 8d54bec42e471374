// What every service function works with: the open case and a clock.

import type { CaseStore } from '../store';

export interface ServiceContext {
  store: CaseStore;
  now(): string;
  appVersion: string;
}
