import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './files';

describe('bytesToBase64', () => {
  it('matches Node for small and multi-chunk inputs', () => {
    for (const size of [0, 1, 2, 3, 100, 0x8000 + 7, 200_001]) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
