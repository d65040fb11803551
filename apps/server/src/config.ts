import { resolve } from 'node:path';

/** Everything the server reads from its environment, decided once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  /** PGlite data directory (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where evidence files are stored, by content hash. */
  filesDir: string;
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  sessionHours: number;
  /** Cookies get the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Seed the demo council on an empty database. */
  seedDemo: boolean;
  loginLimitPerMinute: number;
  lockoutAfterFailures: number;
  lockoutMinutes: number;
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

/** Reads the configuration from env; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === 'production';
  const dataRoot = resolve(env.THIDUA_DATA_DIR ?? '.data');
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    dataDir: resolve(dataRoot, 'pglite'),
    databaseUrl: env.DATABASE_URL || undefined,
    filesDir: resolve(env.THIDUA_FILES_DIR ?? resolve(dataRoot, 'files')),
    maxUploadBytes: integer(env, 'THIDUA_MAX_UPLOAD_MB', 20) * 1024 * 1024,
    sessionHours: integer(env, 'THIDUA_SESSION_HOURS', 12),
    secureCookies:
      env.THIDUA_SECURE_COOKIES === undefined ? production : env.THIDUA_SECURE_COOKIES === 'true',
    seedDemo: env.THIDUA_DEMO === undefined ? !production : env.THIDUA_DEMO === 'true',
    loginLimitPerMinute: integer(env, 'THIDUA_LOGIN_LIMIT_PER_MINUTE', 20),
    lockoutAfterFailures: integer(env, 'THIDUA_LOCKOUT_AFTER', 5),
    lockoutMinutes: integer(env, 'THIDUA_LOCKOUT_MINUTES', 15),
  };
}
