import { useSearchParams } from 'react-router';

export const DEFAULT_PAGE_SIZE = 20;

/** A list's filters and page live in the address, so a list can be shared, reloaded and gone back to. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const sizeParam = Number.parseInt(params.get('size') ?? '', 10);
  const size = sizeParam >= 1 && sizeParam <= 200 ? sizeParam : DEFAULT_PAGE_SIZE;
  /** Sets filters (an empty value removes one); a change of filter goes back to the first page. */
  const update = (changes: Record<string, string | number | undefined>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  };
  return { get: (key: string) => params.get(key) ?? '', page, size, update };
}
