import { resolve } from 'node:path';
import type { MailConfig } from './mail/mailer';

/** Everything the server reads from its environment, decided once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  /** PGlite data directory (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where evidence files are stored, by content hash (with the directory store), and uploads in flight. */
  filesDir: string;
  /**
   * The file store (`THIDUA_FILE_STORE`): `directory` (default) under filesDir, or `database`, shared by
   * every server process on the database (files/blob-store.ts).
   */
  fileStore: 'directory' | 'database';
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  sessionHours: number;
  /** Cookies get the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Seed the demo council on an empty database. */
  seedDemo: boolean;
  /** Sign-in attempts per minute from one client address. */
  loginLimitPerMinute: number;
  /** Sign-in attempts per minute on one username, from all addresses together. */
  loginLimitPerNamePerMinute: number;
  /**
   * Sets the request limits' counters (kept in the database) apart: every process of one deployment
   * shares the default (empty) one and so counts the same attempts; tests give each app its own.
   */
  limitNamespace: string;
  /**
   * Which reverse proxies are trusted to say who the client is (X-Forwarded-For): false (the default:
   * the client is the TCP peer), a number of proxy hops, or a list of addresses/CIDR ranges.
   */
  trustProxy: false | number | string[];
  lockoutAfterFailures: number;
  lockoutMinutes: number;
  /** Pino log level (JSON lines on stdout), or false for no log: info in production, off otherwise. */
  logLevel: string | false;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; otherwise only loopback may read it. */
  metricsToken: string | undefined;
  /**
   * The PKCS#12 certificate that signs generated PDFs (`THIDUA_SIGN_P12`, its passphrase in
   * `THIDUA_SIGN_PASSPHRASE`); unset, PDFs are not signed.
   */
  signing: { p12Path: string; passphrase: string } | undefined;
  /**
   * The key that seals councils' own signing certificates in the database (AES-256-GCM):
   * `THIDUA_SECRET_KEY` (64 hex digits), else the file `THIDUA_SECRET_KEY_FILE` (default
   * `<data>/secret.key`), made with a random key the first time a council uploads a certificate.
   */
  secretKey: { hex: string | undefined; file: string };
  /** Scheduled backups: where (THIDUA_BACKUP_DIR), how often in minutes (0: none), how many kept. */
  backup: { dir: string; everyMinutes: number; keep: number };
  /**
   * E-mail (issue #14 §5): `THIDUA_SMTP_URL` and `THIDUA_MAIL_FROM`, with the public address
   * `THIDUA_PUBLIC_URL` put in every link; unset, no e-mail is sent (the outbox keeps its messages).
   */
  mail: MailConfig | undefined;
  /** How often the outbox is sent, in seconds (`THIDUA_MAIL_EVERY_SECONDS`, default 30). */
  mailEverySeconds: number;
  /** How often the deadline reminders run, in minutes (`THIDUA_REMINDERS_EVERY_MINUTES`; 0: never). */
  remindersEveryMinutes: number;
  /** Single sign-on with OpenID Connect (README, "Single sign-on (OIDC)"); unset, none. */
  oidc: OidcConfig | undefined;
  /** Whether accounts may sign in with their local password (`THIDUA_LOCAL_PASSWORDS`, default on). */
  localPasswords: boolean;
}

/** The OpenID provider the sign-in page offers, and how its users map to existing accounts. */
export interface OidcConfig {
  /** The issuer URL (discovery at `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** Unset: a public client (PKCE only, no client authentication). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: this server's `/api/v1/auth/oidc/callback`. */
  redirectUrl: string;
  /** The sign-in button's label. */
  name: string;
  /** `email`: the verified e-mail address; otherwise the claim holding the username. */
  match: 'email' | { claim: string };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** `THIDUA_LOG_LEVEL`: one of pino's levels, or `off`. */
function logLevel(env: NodeJS.ProcessEnv, production: boolean): string | false {
  const raw = (env.THIDUA_LOG_LEVEL ?? '').trim();
  if (raw === '') return production ? 'info' : false;
  if (raw === 'off') return false;
  if (!LOG_LEVELS.includes(raw))
    throw new ConfigError(
      `THIDUA_LOG_LEVEL phải là một trong ${[...LOG_LEVELS, 'off'].join(', ')} (nhận được "${raw}")`,
    );
  return raw;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} phải là số nguyên không âm (nhận được "${raw}")`);
  return value;
}

/**
 * `THIDUA_TRUST_PROXY`: empty or `false` (default) trusts nobody; a whole number is the count of proxy
 * hops in front of the server; otherwise a comma-separated list of proxy addresses or CIDR ranges.
 * `true` is refused: trusting every client's X-Forwarded-For would let anyone choose their address.
 */
function trustProxy(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = (env.THIDUA_TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw) === 0 ? false : Number(raw);
  const list = raw.split(',').map((part) => part.trim());
  if (list.some((part) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(part)))
    throw new ConfigError(
      `THIDUA_TRUST_PROXY phải là số tầng proxy hoặc danh sách địa chỉ IP/CIDR, cách nhau bởi dấu phẩy (nhận được "${raw}")`,
    );
  return list;
}

/** `THIDUA_SECRET_KEY`: unset, or 32 bytes as 64 hex digits. */
function secretKeyHex(env: NodeJS.ProcessEnv): string | undefined {
  const raw = (env.THIDUA_SECRET_KEY ?? '').trim();
  if (raw === '') return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(raw))
    throw new ConfigError(
      'THIDUA_SECRET_KEY phải là 64 chữ số hệ mười sáu (32 byte), ví dụ từ `openssl rand -hex 32`',
    );
  return raw.toLowerCase();
}

/** `THIDUA_PUBLIC_URL`: the address users open (links in e-mail, the OIDC redirect). */
function publicUrlOf(env: NodeJS.ProcessEnv, port: number): string {
  const publicUrl = (env.THIDUA_PUBLIC_URL ?? '').trim() || `http://localhost:${port}`;
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl))
    throw new ConfigError('THIDUA_PUBLIC_URL phải là địa chỉ http(s)://… mà người dùng mở');
  return publicUrl.replace(/\/+$/, '');
}

/** An absolute http(s) URL; plain http only on the loopback (a provider on the same machine, tests). */
function providerUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} phải là địa chỉ https://… (nhận được "${raw}")`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new ConfigError(`${name} phải là địa chỉ https://… (http:// chỉ dùng được với 127.0.0.1)`);
  return raw;
}

/** `THIDUA_OIDC_*`: issuer and client id together, or none of them. */
function oidcConfig(env: NodeJS.ProcessEnv, port: number): OidcConfig | undefined {
  const value = (name: string) => (env[name] ?? '').trim();
  const issuer = value('THIDUA_OIDC_ISSUER');
  const clientId = value('THIDUA_OIDC_CLIENT_ID');
  if (issuer === '' && clientId === '') return undefined;
  if (issuer === '') throw new ConfigError('THIDUA_OIDC_ISSUER chưa đặt (cần cùng THIDUA_OIDC_CLIENT_ID)');
  if (clientId === '') throw new ConfigError('THIDUA_OIDC_CLIENT_ID chưa đặt (cần cùng THIDUA_OIDC_ISSUER)');
  const redirect = value('THIDUA_OIDC_REDIRECT_URL');
  const match = value('THIDUA_OIDC_MATCH') || 'preferred_username';
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(match))
    throw new ConfigError(
      `THIDUA_OIDC_MATCH phải là "email" hoặc tên một claim chứa tên đăng nhập (nhận được "${match}")`,
    );
  return {
    issuer: providerUrl('THIDUA_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: value('THIDUA_OIDC_CLIENT_SECRET') || undefined,
    redirectUrl:
      redirect === ''
        ? `${publicUrlOf(env, port)}/api/v1/auth/oidc/callback`
        : providerUrl('THIDUA_OIDC_REDIRECT_URL', redirect),
    name: value('THIDUA_OIDC_NAME') || 'Đăng nhập một lần',
    match: match === 'email' ? 'email' : { claim: match },
  };
}

/** `THIDUA_LOCAL_PASSWORDS`: `on` (default) or `off`; off needs single sign-on, or nobody could sign in. */
function localPasswords(env: NodeJS.ProcessEnv, oidc: OidcConfig | undefined): boolean {
  const raw = (env.THIDUA_LOCAL_PASSWORDS ?? '').trim();
  if (raw === '' || raw === 'on') return true;
  if (raw !== 'off') throw new ConfigError(`THIDUA_LOCAL_PASSWORDS phải là on hoặc off (nhận được "${raw}")`);
  if (!oidc)
    throw new ConfigError(
      'THIDUA_LOCAL_PASSWORDS=off cần đăng nhập một lần (THIDUA_OIDC_ISSUER, THIDUA_OIDC_CLIENT_ID): nếu không sẽ không ai đăng nhập được',
    );
  return false;
}

/** `THIDUA_SMTP_URL` + `THIDUA_MAIL_FROM` (both, or neither) and the public URL of the links. */
function mailConfig(env: NodeJS.ProcessEnv, port: number): MailConfig | undefined {
  const smtpUrl = (env.THIDUA_SMTP_URL ?? '').trim();
  const from = (env.THIDUA_MAIL_FROM ?? '').trim();
  if (smtpUrl === '' && from === '') return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl))
    throw new ConfigError('THIDUA_SMTP_URL phải có dạng smtp://tên:mật-khẩu@máy-chủ:cổng (hoặc smtps://…)');
  if (!/^(.+<)?[^\s@<>]+@[^\s@<>]+>?$/.test(from))
    throw new ConfigError('THIDUA_MAIL_FROM phải là địa chỉ gửi, ví dụ "Thi đua <thidua@tinh.gov.vn>"');
  return { smtpUrl, from, publicUrl: publicUrlOf(env, port) };
}

function fileStore(env: NodeJS.ProcessEnv): ServerConfig['fileStore'] {
  const value = (env.THIDUA_FILE_STORE ?? '').trim() || 'directory';
  if (value !== 'directory' && value !== 'database')
    throw new ConfigError(
      'THIDUA_FILE_STORE phải là directory (thư mục trên máy này) hoặc database (trong cơ sở dữ liệu)',
    );
  return value;
}

/** Reads the configuration from env; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === 'production';
  const dataRoot = resolve(env.THIDUA_DATA_DIR ?? '.data');
  const port = integer(env, 'PORT', 3000);
  const oidc = oidcConfig(env, port);
  return {
    port,
    host: env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    dataDir: resolve(dataRoot, 'pglite'),
    databaseUrl: env.DATABASE_URL || undefined,
    filesDir: resolve(env.THIDUA_FILES_DIR ?? resolve(dataRoot, 'files')),
    fileStore: fileStore(env),
    maxUploadBytes: integer(env, 'THIDUA_MAX_UPLOAD_MB', 20) * 1024 * 1024,
    sessionHours: integer(env, 'THIDUA_SESSION_HOURS', 12),
    secureCookies:
      env.THIDUA_SECURE_COOKIES === undefined ? production : env.THIDUA_SECURE_COOKIES === 'true',
    seedDemo: env.THIDUA_DEMO === undefined ? !production : env.THIDUA_DEMO === 'true',
    loginLimitPerMinute: integer(env, 'THIDUA_LOGIN_LIMIT_PER_MINUTE', 20),
    loginLimitPerNamePerMinute: integer(env, 'THIDUA_LOGIN_LIMIT_PER_NAME_PER_MINUTE', 10),
    limitNamespace: '',
    trustProxy: trustProxy(env),
    lockoutAfterFailures: integer(env, 'THIDUA_LOCKOUT_AFTER', 5),
    lockoutMinutes: integer(env, 'THIDUA_LOCKOUT_MINUTES', 15),
    logLevel: logLevel(env, production),
    metricsToken: env.THIDUA_METRICS_TOKEN || undefined,
    signing: env.THIDUA_SIGN_P12
      ? { p12Path: resolve(env.THIDUA_SIGN_P12), passphrase: env.THIDUA_SIGN_PASSPHRASE ?? '' }
      : undefined,
    secretKey: {
      hex: secretKeyHex(env),
      file: resolve(env.THIDUA_SECRET_KEY_FILE ?? resolve(dataRoot, 'secret.key')),
    },
    backup: {
      dir: resolve(env.THIDUA_BACKUP_DIR ?? resolve(dataRoot, 'backups')),
      everyMinutes: integer(env, 'THIDUA_BACKUP_EVERY_MINUTES', 0),
      keep: Math.max(1, integer(env, 'THIDUA_BACKUP_KEEP', 14)),
    },
    mail: mailConfig(env, port),
    mailEverySeconds: Math.max(1, integer(env, 'THIDUA_MAIL_EVERY_SECONDS', 30)),
    remindersEveryMinutes: integer(env, 'THIDUA_REMINDERS_EVERY_MINUTES', 0),
    oidc,
    localPasswords: localPasswords(env, oidc),
  };
}
