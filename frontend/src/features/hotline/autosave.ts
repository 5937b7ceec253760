/** Where the autosave stands, for the form's status line. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/**
 * Saves the form's latest state one save at a time: a request while a save is in flight waits,
 * and only the newest waiting state is sent when it ends (the ones in between are superseded).
 * The first save creates the ticket and later ones update it, so two must never overlap.
 */
export class AutosaveQueue<T> {
  private inFlight: Promise<void> | null = null;
  private waiting: { value: T } | null = null;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Asks for `value` to be saved; resolves when it (or a newer value) has been. */
  request(value: T): Promise<void> {
    this.waiting = { value };
    if (!this.inFlight) this.inFlight = this.drain();
    return this.inFlight;
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Whether the last save failed (until a later one succeeds). */
  get failed(): boolean {
    return this.lastFailed;
  }

  private lastFailed = false;

  private async drain(): Promise<void> {
    try {
      while (this.waiting) {
        const { value } = this.waiting;
        this.waiting = null;
        this.onState({ kind: 'saving' });
        try {
          await this.save(value);
          this.lastFailed = false;
          if (!this.waiting) this.onState({ kind: 'saved', at: this.now() });
        } catch (error) {
          this.lastFailed = true;
          this.onState({ kind: 'failed', error });
          // A failed save is not retried by itself: the next change (or Save) tries again.
          if (!this.waiting) return;
        }
      }
    } finally {
      this.inFlight = null;
    }
  }
}
