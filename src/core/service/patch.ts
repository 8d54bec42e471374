/**
 * Applies the fields a patch gives. A field present but undefined (as Electron's IPC
 * and the CLI's absent options pass them) means "not given", never "erase".
 */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): T {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
