import type { QueryClient } from '@tanstack/react-query';

/** What may stay in the browser after sign-out: the chosen language, nothing about anyone. */
const KEPT_KEYS = new Set(['safereturn.language']);

/**
 * Forgets everything this browser holds of the session: every cached answer of the API and every
 * stored value but the language (drafts of earlier versions included), in local and session
 * storage. Called on sign-out, before the tokens go.
 */
export function forgetLocalData(queryClient: QueryClient, storages: Storage[] = [globalThis.localStorage, globalThis.sessionStorage]) {
  queryClient.cancelQueries();
  queryClient.clear();
  for (const storage of storages) {
    if (!storage) continue;
    try {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
      for (const key of keys) {
        if (!KEPT_KEYS.has(key) && !key.startsWith('oidc.')) storage.removeItem(key);
      }
    } catch {
      // Storage unavailable: nothing was kept in it either.
    }
  }
}
