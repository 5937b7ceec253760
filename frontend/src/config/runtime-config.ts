/** Settings read at start from /config.json, so one build runs against any backend and realm. */
export interface RuntimeConfig {
  apiUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
}

const KEYS: (keyof RuntimeConfig)[] = ['apiUrl', 'oidcAuthority', 'oidcClientId'];

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null) {
    throw new Error('config.json is not a JSON object');
  }
  const record = value as Record<string, unknown>;
  for (const key of KEYS) {
    if (typeof record[key] !== 'string' || record[key] === '') {
      throw new Error(`config.json: "${key}" must be a non-empty string`);
    }
  }
  return {
    apiUrl: (record.apiUrl as string).replace(/\/+$/, ''),
    oidcAuthority: (record.oidcAuthority as string).replace(/\/+$/, ''),
    oidcClientId: record.oidcClientId as string,
  };
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`config.json answered ${response.status}`);
  }
  return parseRuntimeConfig(await response.json());
}
