export { resolveSelector, type Resolution } from './resolve';
