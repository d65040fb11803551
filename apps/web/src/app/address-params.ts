import { useSearchParams } from 'react-router';

/**
 * Changes some of the address's query values in place (a screen's choices are kept in the address:
 * `?ky=…&kh=…`); a null or empty value removes its key. The others stay. By default the change takes no
 * new history entry; `'push'` takes one (Back returns to what was read before).
 */
export function useSetAddressParams(
  history: 'replace' | 'push' = 'replace',
): (values: Record<string, string | null>) => void {
  const [, setSearch] = useSearchParams();
  return (values) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: history === 'replace' },
    );
}
