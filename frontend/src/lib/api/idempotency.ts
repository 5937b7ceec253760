import { useRef } from 'react';

function randomKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * An Idempotency-Key per request body: sending the same body again (a retry after a lost answer)
 * reuses the key, so the server creates the record once; a changed body gets a new key.
 */
export function useIdempotencyKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body) => {
    const serialized = JSON.stringify(body);
    if (last.current?.body !== serialized) last.current = { body: serialized, key: randomKey() };
    return last.current.key;
  };
}
