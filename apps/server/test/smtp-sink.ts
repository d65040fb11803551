/**
 * A real SMTP server (the `smtp-server` package) for the e-mail tests, run as its own process:
 * `node --import tsx smtp-sink.ts <port>` listens on 127.0.0.1, prints `LISTENING <port>`, then one JSON
 * line per message received: `{ "from": …, "to": [...], "raw": <base64 of the message> }`.
 */
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2] ?? 0);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const envelope = session.envelope;
      process.stdout.write(
        `${JSON.stringify({
          from: envelope.mailFrom ? envelope.mailFrom.address : null,
          to: envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('base64'),
        })}\n`,
      );
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
