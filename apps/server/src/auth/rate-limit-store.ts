import { type Database, rateLimitWindows } from '@thidua/db';
import { lt, sql } from 'drizzle-orm';

// The request limits' counters (@fastify/rate-limit's store) kept in the database, so every server
// process on one database counts the same sign-in attempts (README, "More than one server process").
// One atomic upsert per hit: parallel hits, on one process or many, never overwrite each other's count.

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * What the plugin hands a route's store (typed by the plugin as route options): its merged limit
 * settings, with the route it limits as `routeInfo` (empty for `createRateLimit`).
 */
type StoreParams = object;
type RouteInfo = { method?: string | string[]; url?: string } | undefined;

/** The milliseconds left in a counter's window. */
const msLeft = () =>
  sql<number>`ceil(extract(epoch from ${rateLimitWindows.windowEndsAt} - now()) * 1000)`.mapWith(Number);

/** Ended windows are deleted at most this often by each process. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The store class the plugin instantiates (`new Store(params)`), counting in `db`. `namespace` sets the
 * counters apart: every process of one deployment uses the same one (the default, empty) and so shares
 * the limits; tests give each app its own so parallel test files on one database do not count each
 * other's attempts.
 */
export function databaseRateLimitStore(db: Database, namespace: string) {
  let prunedAt = 0;
  const prune = () => {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = Date.now();
    // Windows that ended over a minute ago: no hit can still fall in them.
    db.delete(rateLimitWindows)
      .where(lt(rateLimitWindows.windowEndsAt, sql`now() - interval '1 minute'`))
      .catch(() => undefined);
  };

  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    constructor(params: StoreParams = {}) {
      const route = (params as { routeInfo?: RouteInfo }).routeInfo;
      const method = Array.isArray(route?.method) ? route.method.join(',') : (route?.method ?? '');
      this.prefix = `${namespace}|${method} ${route?.url ?? ''}|`;
    }

    /** Counts one hit on `key` and answers the window's count and the milliseconds it has left. */
    incr(key: string, callback: Callback, timeWindow: number): void {
      const ends = sql`now() + make_interval(secs => ${timeWindow / 1000})`;
      const ended = sql`${rateLimitWindows.windowEndsAt} <= now()`;
      db.insert(rateLimitWindows)
        .values({ key: this.prefix + key, hits: 1, windowEndsAt: ends })
        .onConflictDoUpdate({
          target: rateLimitWindows.key,
          set: {
            hits: sql`case when ${ended} then 1 else ${rateLimitWindows.hits} + 1 end`,
            windowEndsAt: sql`case when ${ended} then excluded.window_ends_at else ${rateLimitWindows.windowEndsAt} end`,
          },
        })
        .returning({
          hits: rateLimitWindows.hits,
          ttl: msLeft(),
        })
        .then(([row]) => callback(null, { current: row!.hits, ttl: Math.max(0, row!.ttl) }), callback);
      prune();
    }

    /** The window's count without counting a hit (`{ increment: false }`). */
    read(key: string, callback: Callback): void {
      db.select({
        hits: rateLimitWindows.hits,
        ttl: msLeft(),
      })
        .from(rateLimitWindows)
        .where(
          sql`${rateLimitWindows.key} = ${this.prefix + key} and ${rateLimitWindows.windowEndsAt} > now()`,
        )
        .then(
          ([row]) => callback(null, row ? { current: row.hits, ttl: row.ttl } : { current: 0, ttl: 0 }),
          callback,
        );
    }

    /** The store of one route or limiter: the same table, its own keys. */
    child(params: StoreParams): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore(params);
    }
  };
}
