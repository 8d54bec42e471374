const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits: a stable hash for feature names, so no vocabulary has to be stored. */
export function fnv1a(text: string, from = FNV_OFFSET): number {
  let hash = from;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}

/**
 * One more character into an FNV-1a hash: fnvStep(fnv1a("ab"), "c") is fnv1a("abc"), so
 * the hashes of all n-grams starting at one place cost one step each, not one string each.
 */
export function fnvStep(hash: number, charCode: number): number {
  return Math.imul(hash ^ charCode, FNV_PRIME);
}
