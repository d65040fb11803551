import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SigningCertificate } from '@thidua/documents';
import type { ServerConfig } from '../../config';

// A council's PKCS#12 file and its password are kept in the database only sealed: AES-256-GCM under the
// server's key (THIDUA_SECRET_KEY, or a key file beside the data that a database dump does not hold),
// with the council's id as associated data, so a sealed value copied to another council does not open.

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, Promise<Buffer>>();

/** The key from the environment, else from its file — made (random, readable by the owner only) when missing. */
function sealingKey(secret: ServerConfig['secretKey']): Promise<Buffer> {
  if (secret.hex) return Promise.resolve(Buffer.from(secret.hex, 'hex'));
  let key = keys.get(secret.file);
  if (!key) {
    key = loadOrCreateKey(secret.file);
    keys.set(secret.file, key);
    key.catch(() => keys.delete(secret.file));
  }
  return key;
}

async function loadOrCreateKey(file: string): Promise<Buffer> {
  const read = async () => {
    const hex = (await readFile(file, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${file}: not a 32-byte key in hex`);
    return Buffer.from(hex, 'hex');
  };
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another request made it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read();
}

/** Seals a certificate (its bytes and password) for one council. */
export async function sealCertificate(
  secret: ServerConfig['secretKey'],
  councilId: string,
  certificate: SigningCertificate,
): Promise<string> {
  const key = await sealingKey(secret);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(councilId));
  const plain = JSON.stringify({
    p12: Buffer.from(certificate.p12).toString('base64'),
    passphrase: certificate.passphrase,
  });
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
}

/** Opens what `sealCertificate` sealed for this council; throws when the key or the council differs. */
export async function unsealCertificate(
  secret: ServerConfig['secretKey'],
  councilId: string,
  sealed: string,
): Promise<SigningCertificate> {
  const [format, body] = sealed.split(':');
  if (format !== FORMAT || !body) throw new Error('unknown sealed certificate format');
  const bytes = Buffer.from(body, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', await sealingKey(secret), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(councilId));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plain = Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
  const parsed = JSON.parse(plain) as { p12: string; passphrase: string };
  return { p12: Buffer.from(parsed.p12, 'base64'), passphrase: parsed.passphrase };
}
