export { resolveSelector, type Resolution, type Stage } from './resolve';
export { reanchorSelectors, type Reanchored } from './reanchor';
