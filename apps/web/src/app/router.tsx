import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../auth/require-session';
import { CrashPage } from './crash-page';
import { FullPageSpin } from './full-page-spin';

/**
 * The screens, each loaded on first visit (antd and the screens together are over 1 MB; the sign-in
 * page should not wait for the units table).
 */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      errorElement: <CrashPage />,
      hydrateFallbackElement: <FullPageSpin />,
      children: [
        { path: 'dang-nhap', lazy: () => import('../pages/sign-in-page') },
        {
          element: <RequireSession />,
          children: [
            { path: 'doi-mat-khau', lazy: () => import('../pages/change-password-page') },
            {
              lazy: () => import('../layout/app-layout'),
              children: [
                { index: true, lazy: () => import('../pages/home-page') },
                { path: 'hoi-dong/:councilId/don-vi', lazy: () => import('../pages/units-page') },
                { path: 'hoi-dong/:councilId/xep-hang', lazy: () => import('../ranking/ranking-page') },
                {
                  path: 'dang-xay-dung/:feature',
                  lazy: () => import('../pages/under-construction-page'),
                },
                { path: '*', lazy: () => import('../pages/not-found-page') },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
