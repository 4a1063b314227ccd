import { useCallback, useState } from "react";

type Draft = Record<string, string>;

/**
 * A form's fields as one draft object, so a form needs one state, not one per field. `bind(key)`
 * gives an input its value and change handler; `reset()` returns to the first values (after a
 * save) or to new ones. The server remains the judge of what is valid: messages come from its
 * field errors (`fieldError`).
 */
export function useDraft<T extends Draft>(initial: T) {
  const [first] = useState<T>(initial);
  const [draft, setDraft] = useState<T>(initial);
  const set = useCallback((change: Partial<T>) => setDraft((d) => ({ ...d, ...change })), []);
  const bind = (key: keyof T & string) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) =>
      set({ [key]: event.currentTarget.value } as Partial<T>),
  });
  const reset = useCallback((next?: T) => setDraft(next ?? first), [first]);
  return { draft, set, bind, reset };
}
