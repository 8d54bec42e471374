/**
 * Runs tasks one at a time, in the order they were queued. A task that fails rejects
 * its own promise only; the next task still runs.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => task());
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async drained(): Promise<void> {
    await this.tail;
  }
}
