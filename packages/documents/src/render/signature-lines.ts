import type { Signature } from '../model';

/** The upper-case lines of a signature block above the space for the signature: authority lines, title. */
export function splitSignatureLines(signature: Signature): string[] {
  const authority = signature.authority ? signature.authority.split('\n') : [];
  return [...authority, signature.title].map((l) => l.trim().toUpperCase()).filter((l) => l !== '');
}
