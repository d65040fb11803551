import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ParsedMail, simpleParser } from 'mailparser';

const SINK = fileURLToPath(new URL('./smtp-sink.ts', import.meta.url));

export interface ReceivedMail {
  from: string | null;
  to: string[];
  /** The message as it arrived (headers encoded as sent). */
  raw: string;
  parsed: ParsedMail;
}

/** A real SMTP server process on 127.0.0.1 and the messages it has received. */
export interface SmtpProcess {
  port: number;
  received: ReceivedMail[];
  /** Waits until at least `count` messages arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** Starts `smtp-sink.ts` as a child process on `port` (0: any free one) and waits until it listens. */
export async function startSmtpProcess(port = 0): Promise<SmtpProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SINK, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const received: ReceivedMail[] = [];
  const parsing: Promise<void>[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const listening = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`smtp sink exited (${code}): ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const started = /^LISTENING (\d+)$/.exec(line);
        if (started) {
          resolve(Number(started[1]));
          continue;
        }
        const message = JSON.parse(line) as { from: string | null; to: string[]; raw: string };
        const raw = Buffer.from(message.raw, 'base64').toString('utf8');
        parsing.push(
          simpleParser(raw).then((parsed) => {
            received.push({ from: message.from, to: message.to, raw, parsed });
          }),
        );
      }
    });
  });
  const actualPort = await listening;
  return {
    port: actualPort,
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} e-mails, received ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(parsing);
      return received;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
