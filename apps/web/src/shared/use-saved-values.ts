import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * Keeps a form showing a record as saved: the fields take `saved` when the form opens and again
 * whenever the saved values themselves change (after a save, someone else's change) — not when the
 * record is merely fetched again with the same values. A background refetch (after another part of
 * the screen saved, on window focus) must never wipe what the user has chosen and not yet saved.
 * `record` names the record shown (another record is always shown afresh); `saved` null: nothing to
 * show (the form is hidden).
 */
export function useSavedValues<T extends object>(
  form: FormInstance<T>,
  record: string,
  saved: T | null,
): void {
  const shown = useRef<string | null>(null);
  const latest = useRef(saved);
  latest.current = saved;
  // Compared by content; a field whose saved value is absent is stated (as null) so that it is cleared.
  const key =
    saved === null ? null : JSON.stringify([record, saved], (_, v: unknown) => (v === undefined ? null : v));
  useEffect(() => {
    if (key === null || key === shown.current || latest.current === null) return;
    shown.current = key;
    form.setFieldsValue(latest.current);
  }, [form, key]);
}
