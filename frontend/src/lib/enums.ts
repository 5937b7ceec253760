/** Fails to compile when the contract gains a value this list (and so the translations) lacks. */
export type Complete<All extends string, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never]
  ? Listed
  : { missing: Exclude<All, Listed[number]> };

/** The value if it is one of the list, else undefined (for filters read from the address bar). */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}
