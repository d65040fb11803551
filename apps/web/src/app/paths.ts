import { vi } from '../i18n/vi';

/** Every address of the application (what users see, bookmark and share), in one place. */
export const paths = {
  home: '/',
  signIn: '/dang-nhap',
  changePassword: '/doi-mat-khau',
  units: (councilId: string) => `/hoi-dong/${councilId}/don-vi`,
  ranking: (councilId: string) => `/hoi-dong/${councilId}/xep-hang`,
  underConstruction: (feature: Feature) => `/dang-xay-dung/${feature}`,
} as const;

/** Route patterns matching `paths`. */
export const patterns = {
  units: '/hoi-dong/:councilId/don-vi',
  ranking: '/hoi-dong/:councilId/xep-hang',
  underConstruction: '/dang-xay-dung/:feature',
} as const;

/** Screens of issue #4 not built yet: the sidebar offers them and says so. */
export const FEATURES = [
  'periods',
  'frameworks',
  'criteria',
  'registrations',
  'scoring',
  'selfScoring',
  'objections',
  'meetings',
  'followedClusters',
  'users',
  'audit',
] as const satisfies readonly (keyof typeof vi.nav)[];
export type Feature = (typeof FEATURES)[number];

export const isFeature = (value: string | undefined): value is Feature =>
  (FEATURES as readonly string[]).includes(value ?? '');

/** Where to go back to after signing in: only an address of this application. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(paths.signIn)) {
    return paths.home;
  }
  return next;
}

export function signInPath(next: string): string {
  return next === paths.home ? paths.signIn : `${paths.signIn}?tiep=${encodeURIComponent(next)}`;
}
