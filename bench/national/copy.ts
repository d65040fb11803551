import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one column in COPY's text format; null is `\N`. */
export type CopyValue = string | number | boolean | null | undefined | Date | object;

/** COPY's text format escapes backslash, tab, newline and carriage return (PostgreSQL docs, COPY). */
function field(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * One `COPY table (columns) FROM STDIN` on its own connection (pg-copy-streams' `from`): rows are
 * buffered into chunks of about 1 MB and written with backpressure; `end` waits for PostgreSQL's answer.
 */
export class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  private done: Promise<void>;
  private stream: Writable;
  rows = 0;

  private constructor(stream: Writable, done: Promise<void>) {
    this.stream = stream;
    this.done = done;
  }

  static open(client: pg.PoolClient | pg.Client, table: string, columns: string[]): CopyWriter {
    const stream = client.query(
      copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`),
    );
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    // An error before `end` would otherwise be unhandled until then.
    done.catch(() => undefined);
    return new CopyWriter(stream, done);
  }

  async row(values: CopyValue[]): Promise<void> {
    const line = values.map(field).join('\t') + '\n';
    this.buffer.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await this.done;
    return this.rows;
  }
}

/** COPYs a whole list of rows (the small tables) on a connection of the pool. */
export async function copyRows(
  pool: pg.Pool,
  table: string,
  columns: string[],
  rows: Iterable<CopyValue[]>,
): Promise<number> {
  const client = await pool.connect();
  try {
    const writer = CopyWriter.open(client, table, columns);
    for (const r of rows) await writer.row(r);
    return await writer.end();
  } finally {
    client.release();
  }
}
