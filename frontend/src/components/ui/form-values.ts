import { useCallback, useState } from 'react';

/** A form's values, and `set(field, value)` to change one of them. */
export function useFormValues<Values>(initial: Values | (() => Values)) {
  const [values, setValues] = useState<Values>(initial);
  const set = useCallback(
    <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value })),
    [],
  );
  return { values, setValues, set };
}
