import { SearchOutlined } from '@ant-design/icons';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { setUnauthenticatedHandler } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { endSession } from '../api/session';
import { vi } from '../i18n/vi';
import { createRouter } from './router';
import { theme } from './theme';

/** The application: Vietnamese locale, the API cache, the screens. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);

  // A 401 from any call means the session ended (expired, signed out elsewhere): forget it, and the
  // session guard sends the user to sign-in, back to this screen afterwards.
  useEffect(() => {
    setUnauthenticatedHandler(() => endSession(queryClient, 'expired'));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  return (
    <ConfigProvider
      locale={viVN}
      theme={theme}
      // A search box's button shows only a magnifier: it is named in Vietnamese for screen readers.
      inputSearch={{ searchIcon: <SearchOutlined aria-label={vi.common.search} /> }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
