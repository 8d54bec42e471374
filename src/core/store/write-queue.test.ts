import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WriteQueue } from './write-queue';

describe('WriteQueue', () => {
  it('runs tasks one at a time, in the order they were queued', async () => {
    const queue = new WriteQueue();
    const order: number[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const task = (n: number) => async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(5 - (n % 5));
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((n) => queue.run(task(n))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(mostAtOnce).toBe(1);
  });

  it('rejects only the task that failed', async () => {
    const queue = new WriteQueue();
    const failed = queue.run(() => Promise.reject(new Error('disk full')));
    const next = queue.run(async () => 'saved');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
  });

  it('drains once every queued task has settled', async () => {
    const queue = new WriteQueue();
    let done = false;
    void queue.run(async () => {
      await sleep(10);
      done = true;
    });
    void queue.run(() => Promise.reject(new Error('ignored'))).catch(() => undefined);
    await queue.drained();
    expect(done).toBe(true);
  });
});
