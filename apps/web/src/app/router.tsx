import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../auth/require-session';
import { CrashPage } from './crash-page';
import { FullPageSpin } from './full-page-spin';

/**
 * The screens, each loaded on first visit (antd and the screens together are over 1 MB; the sign-in
 * page should not wait for the units table). A council's screen owns every address under its slug
 * (`FEATURE_SLUGS` in paths.ts) and routes inside itself.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      errorElement: <CrashPage />,
      hydrateFallbackElement: <FullPageSpin />,
      children: [
        { path: 'dang-nhap', lazy: () => import('../pages/sign-in-page') },
        { path: 'quen-mat-khau', lazy: () => import('../pages/forgot-password-page') },
        { path: 'dat-mat-khau', lazy: () => import('../pages/set-password-page') },
        {
          element: <RequireSession />,
          children: [
            { path: 'doi-mat-khau', lazy: () => import('../pages/change-password-page') },
            {
              lazy: () => import('../layout/app-layout'),
              children: [
                { index: true, lazy: () => import('../pages/home-page') },
                { path: 'huong-dan/:guide?', lazy: () => import('../help/help-page') },
                { path: 'thong-bao', lazy: () => import('../notifications/notifications-page') },
                { path: 'tai-khoan', lazy: () => import('../notifications/profile-page') },
                { path: 'hoi-dong/:councilId/don-vi/*', lazy: () => import('../pages/units-page') },
                { path: 'hoi-dong/:councilId/xep-hang/*', lazy: () => import('../ranking/ranking-page') },
                {
                  path: 'hoi-dong/:councilId/ky-thi-dua/*',
                  lazy: () => import('../organisation/periods-page'),
                },
                {
                  path: 'hoi-dong/:councilId/cum-theo-doi/*',
                  lazy: () => import('../organisation/followed-clusters-page'),
                },
                { path: 'hoi-dong/:councilId/nguoi-dung/*', lazy: () => import('../users/users-page') },
                { path: 'hoi-dong/:councilId/nhat-ky/*', lazy: () => import('../audit/audit-page') },
                {
                  path: 'hoi-dong/:councilId/thong-ke/*',
                  lazy: () => import('../statistics/statistics-page'),
                },
                {
                  path: 'hoi-dong/:councilId/thiet-lap-van-ban/*',
                  lazy: () => import('../letterhead/letterhead-page'),
                },
                {
                  path: 'hoi-dong/:councilId/khung-tieu-chi/*',
                  lazy: () => import('../criteria/frameworks-page'),
                },
                { path: 'hoi-dong/:councilId/tieu-chi/*', lazy: () => import('../criteria/criteria-page') },
                {
                  path: 'hoi-dong/:councilId/dang-ky/*',
                  lazy: () => import('../registrations/registrations-page'),
                },
                { path: 'hoi-dong/:councilId/cham-diem/*', lazy: () => import('../scoring/scoring-page') },
                {
                  path: 'hoi-dong/:councilId/tu-cham-diem/*',
                  lazy: () => import('../scoring/self-scoring-page'),
                },
                {
                  path: 'hoi-dong/:councilId/cong-tru-diem/*',
                  lazy: () => import('../adjustments/adjustments-page'),
                },
                { path: 'hoi-dong/:councilId/y-kien/*', lazy: () => import('../review/objections-page') },
                {
                  path: 'hoi-dong/:councilId/thong-tin-xet-khen-thuong/*',
                  lazy: () => import('../facts/facts-page'),
                },
                { path: 'hoi-dong/:councilId/cuoc-hop/*', lazy: () => import('../meetings/meetings-page') },
                {
                  path: 'hoi-dong/:councilId/ho-so-khen-thuong/*',
                  lazy: () => import('../dossiers/dossiers-page'),
                },
                { path: 'hoi-dong/:councilId/ke-hoach/*', lazy: () => import('../plans/plans-page') },
                {
                  path: 'hoi-dong/:councilId/chuong-trinh-cong-tac/*',
                  lazy: () => import('../plans/programme-page'),
                },
                {
                  path: 'hoi-dong/:councilId/phong-trao/*',
                  lazy: () => import('../movements/movements-page'),
                },
                {
                  path: 'hoi-dong/:councilId/de-nghi-khen-thuong/*',
                  lazy: () => import('../proposals/proposals-page'),
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
