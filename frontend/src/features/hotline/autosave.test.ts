import { describe, expect, it } from 'vitest';
import { AutosaveQueue, type SaveState } from './autosave';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('autosave queue', () => {
  it('never overlaps two saves and sends only the newest state that waited', async () => {
    const sent: string[] = [];
    const pending: ReturnType<typeof deferred>[] = [];
    const states: SaveState['kind'][] = [];
    const queue = new AutosaveQueue<string>(
      (value) => {
        sent.push(value);
        const d = deferred();
        pending.push(d);
        return d.promise;
      },
      (state) => states.push(state.kind),
    );
    const done = queue.request('a');
    void queue.request('b');
    void queue.request('c');
    expect(sent).toEqual(['a']);
    pending[0]!.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual(['a', 'c']);
    pending[1]!.resolve();
    await done;
    expect(states).toEqual(['saving', 'saving', 'saved']);
    expect(queue.busy).toBe(false);
  });

  it('reports a failed save and tries again on the next request', async () => {
    let fail = true;
    const states: SaveState[] = [];
    const queue = new AutosaveQueue<number>(
      () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve()),
      (state) => states.push(state),
    );
    await queue.request(1);
    expect(states.at(-1)?.kind).toBe('failed');
    fail = false;
    await queue.request(2);
    expect(states.at(-1)?.kind).toBe('saved');
  });
});
