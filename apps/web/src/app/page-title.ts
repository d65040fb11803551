import { useEffect } from 'react';
import { vi } from '../i18n/vi';

/** Names the browser tab after the screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = vi.app.documentTitle(title);
  }, [title]);
}
