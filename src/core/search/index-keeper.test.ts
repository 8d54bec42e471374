import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndexKeeper } from './index-keeper';

describe('IndexKeeper', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function counting(fail = false) {
    const kept = { count: 0 };
    const keep = async () => {
      kept.count++;
      if (fail) throw new Error('disk full');
    };
    return { kept, keep };
  }

  it('keeps the index once the edits pause, never inside an edit', async () => {
    const { kept, keep } = counting();
    const keeper = new IndexKeeper(keep, { idleMs: 1_000, maxEdits: 100 });
    keeper.edited();
    expect(kept.count).toBe(0);
    await vi.advanceTimersByTimeAsync(600);
    keeper.edited();
    await vi.advanceTimersByTimeAsync(600);
    expect(kept.count).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    await keeper.settled();
    expect(kept.count).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(kept.count).toBe(1);
  });

  it('keeps it without waiting for a pause once enough edits piled up', async () => {
    const { kept, keep } = counting();
    const keeper = new IndexKeeper(keep, { idleMs: 60_000, maxEdits: 3 });
    for (let i = 0; i < 3; i++) keeper.edited();
    expect(kept.count).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    await keeper.settled();
    expect(kept.count).toBe(1);
  });

  it('tries again after the next edits when keeping failed', async () => {
    const { kept, keep } = counting(true);
    const keeper = new IndexKeeper(keep, { idleMs: 100, maxEdits: 100 });
    keeper.edited();
    await vi.advanceTimersByTimeAsync(100);
    await keeper.settled();
    keeper.edited();
    await vi.advanceTimersByTimeAsync(100);
    await keeper.settled();
    expect(kept.count).toBe(2);
  });

  it('keeps nothing once stopped, after waiting for the keeping under way', async () => {
    let finish = () => undefined as void;
    let started = 0;
    const keeper = new IndexKeeper(
      () => {
        started++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      { idleMs: 100, maxEdits: 100 },
    );
    keeper.edited();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(1);
    let stopped = false;
    const stopping = keeper.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    keeper.edited();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(1);
  });
});
