import { vi } from '../i18n/vi';

/**
 * The screens of a council, each under `/hoi-dong/:councilId/<slug>`, owned by one folder of the
 * application (a screen's own sub-addresses follow its slug).
 */
export const FEATURE_SLUGS = {
  units: 'don-vi',
  periods: 'ky-thi-dua',
  followedClusters: 'cum-theo-doi',
  frameworks: 'khung-tieu-chi',
  criteria: 'tieu-chi',
  registrations: 'dang-ky',
  scoring: 'cham-diem',
  selfScoring: 'tu-cham-diem',
  adjustments: 'cong-tru-diem',
  facts: 'thong-tin-xet-khen-thuong',
  objections: 'y-kien',
  ranking: 'xep-hang',
  meetings: 'cuoc-hop',
  proposals: 'de-nghi-khen-thuong',
  dossiers: 'ho-so-khen-thuong',
  plans: 'ke-hoach',
  programme: 'chuong-trinh-cong-tac',
  movements: 'phong-trao',
  users: 'nguoi-dung',
  audit: 'nhat-ky',
  letterhead: 'thiet-lap-van-ban',
  statistics: 'thong-ke',
} as const satisfies Partial<Record<keyof typeof vi.nav, string>>;
export type Feature = keyof typeof FEATURE_SLUGS;

/** Every address of the application (what users see, bookmark and share), in one place. */
export const paths = {
  home: '/',
  signIn: '/dang-nhap',
  changePassword: '/doi-mat-khau',
  forgotPassword: '/quen-mat-khau',
  /** The page of an e-mailed link (`?token=…`), as the server writes it (SET_PASSWORD_PATH). */
  setPassword: '/dat-mat-khau',
  notifications: '/thong-bao',
  profile: '/tai-khoan',
  council: (councilId: string) => `/hoi-dong/${councilId}`,
  feature: (councilId: string, feature: Feature, rest = '') =>
    `/hoi-dong/${councilId}/${FEATURE_SLUGS[feature]}${rest ? `/${rest}` : ''}`,
  units: (councilId: string) => paths.feature(councilId, 'units'),
  ranking: (councilId: string) => paths.feature(councilId, 'ranking'),
} as const;

/** Route patterns matching `paths`. */
export const patterns = {
  council: '/hoi-dong/:councilId/*',
} as const;

/**
 * Where to go back to after signing in: only an address of this application. The candidate is resolved
 * the way the browser would (`/\\evil.example` is another host to a URL parser), and kept only when its
 * origin is ours; what is returned is a path React Router can navigate to.
 */
export function safeNext(next: string | null, origin: string = currentOrigin()): string {
  if (!next || !next.startsWith('/')) return paths.home;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return paths.home;
  }
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith(paths.signIn)) return paths.home;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page's origin in the browser; a placeholder where there is no page (unit tests). */
function currentOrigin(): string {
  return (globalThis as { location?: { origin: string } }).location?.origin ?? 'http://localhost';
}

export function signInPath(next: string): string {
  return next === paths.home ? paths.signIn : `${paths.signIn}?tiep=${encodeURIComponent(next)}`;
}
