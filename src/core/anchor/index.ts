export { resolveSelector, type Resolution } from './resolve';
export { reanchorSelectors, type Reanchored } from './reanchor';
