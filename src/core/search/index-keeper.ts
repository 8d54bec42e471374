// When the search index is written to the case folder while the case is being edited,
// not only when it is closed: once the edits pause, or once enough have piled up. A crash
// then costs the index the edits since it was last kept (caught up again on the next
// search), not all the work of catching it up since the case was opened. The work is
// done on a turn of its own, never inside an edit, so no edit waits for it.

export interface KeepPolicy {
  /** After this long without an edit, the index catches up and is written. */
  idleMs: number;
  /** Once this many edits are not yet kept, it is kept without waiting for a pause. */
  maxEdits: number;
}

/**
 * Writing a desk-scale index takes a few hundred milliseconds: after a pause in the work,
 * a little longer than the snapshot waits, or after a good stretch of steady editing.
 */
export const DEFAULT_KEEP_POLICY: KeepPolicy = { idleMs: 30_000, maxEdits: 500 };

export class IndexKeeper {
  private unkept = 0;
  private timer: NodeJS.Timeout | null = null;
  private keeping: Promise<void> = Promise.resolve();
  private stopped = false;

  /** `keep` catches the index up and writes it; a failure is left for the next time, or the close, to retry. */
  constructor(
    private readonly keep: () => Promise<void>,
    private readonly policy: KeepPolicy = DEFAULT_KEEP_POLICY,
  ) {}

  /** An edit was saved: costs the edit a timer, nothing more. */
  edited(): void {
    if (this.stopped) return;
    this.unkept++;
    this.schedule(this.unkept >= this.policy.maxEdits ? 0 : this.policy.idleMs);
  }

  /** Resolves once the keeping under way, if any, has finished. */
  settled(): Promise<void> {
    return this.keeping;
  }

  /** Keeps no more; resolves once the keeping under way, if any, has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.keeping;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.keeping = this.keeping.then(() => this.keepNow());
    }, ms);
    // A command line that made its edit and closed does not wait for the index: its close keeps it.
    this.timer.unref();
  }

  private async keepNow(): Promise<void> {
    if (this.stopped) return;
    this.unkept = 0;
    try {
      await this.keep();
    } catch {
      // The index is a cache: the next pause or the close writes it again, and a missing one is rebuilt.
    }
  }
}
