/** One page of a list, every part present (the contract leaves them optional). */
export interface Page<T> {
  items: T[];
  /** From 0. */
  page: number;
  size: number;
  total: number;
  /** False when the server stopped counting at total: there are more. */
  totalExact: boolean;
}

export function toPage<T>(
  body: { items?: T[]; page?: number; size?: number; total?: number; totalExact?: boolean },
  asked: { page?: number; size?: number },
): Page<T> {
  const items = body.items ?? [];
  return {
    items,
    page: body.page ?? asked.page ?? 0,
    size: body.size ?? asked.size ?? items.length,
    total: body.total ?? items.length,
    totalExact: body.totalExact ?? true,
  };
}
