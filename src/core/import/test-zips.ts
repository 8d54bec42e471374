// Test helper: zips written by hand, so a central directory can say whatever a test needs
// (the sizes of a "zip bomb", or entries sharing one stream).

import { deflateRawSync } from 'node:zlib';

export interface FakeEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** What the central directory claims the part inflates to. */
  declaredSize: number;
  /** Another entry whose bytes this one points at (overlapping entries share one stream). */
  sameDataAs?: number;
}

/** A zip written by hand, so its central directory can say whatever a test needs. */
export function writeZip(entries: readonly FakeEntry[]): Buffer {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    if (entry.sameDataAs !== undefined) {
      offsets.push(offsets[entry.sameDataAs]!);
      return;
    }
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.declaredSize, 22);
    header.writeUInt16LE(name.length, 26);
    offsets[i] = offset;
    locals.push(header, name, entry.data);
    offset += header.length + name.length + entry.data.length;
  });
  const directory = entries.flatMap((entry, i) => {
    const name = Buffer.from(entry.name);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(8, 10);
    const data = entry.sameDataAs === undefined ? entry.data : entries[entry.sameDataAs]!.data;
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(entry.declaredSize, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offsets[i]!, 42);
    return [record, name];
  });
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** Spaces compress about a thousand to one: a few kilobytes that inflate to `size`. */
export function spaces(size: number): Buffer {
  return deflateRawSync(Buffer.alloc(size, ' '));
}
