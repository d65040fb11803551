import { useSearchParams } from 'react-router';

/**
 * Changes some of the address's query values in place (a screen's choices are kept in the address:
 * `?ky=…&kh=…`), without a new history entry; a null value removes its key. The others stay.
 */
export function useSetAddressParams(): (values: Record<string, string | null>) => void {
  const [, setSearch] = useSearchParams();
  return (values) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
}
