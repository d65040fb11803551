import type { DocumentDate, DocumentHeader, Signature } from '../model';

/**
 * Who issues a document and how it is headed: from the council's letterhead settings (or, for a cluster's
 * documents, the cluster with the council above it).
 */
export interface Issuer {
  readonly parentBody?: string | undefined;
  readonly issuingBody: string;
  readonly place: string;
  /** Abbreviation of the issuing body in the symbol (`HĐTĐKT`, `CTĐ1`). */
  readonly symbolSuffix: string;
}

/** The header of a document of the given type abbreviation (`BB`, `TTr`, `QĐ`, `KH`, `BC`). */
export function headerFor(
  issuer: Issuer,
  typeAbbreviation: string | null,
  date: DocumentDate | null,
  draftYear?: number,
): DocumentHeader {
  return {
    parentBody: issuer.parentBody,
    issuingBody: issuer.issuingBody,
    reference:
      typeAbbreviation === null ? undefined : { symbol: `${typeAbbreviation}-${issuer.symbolSuffix}` },
    place: issuer.place,
    date,
    draftYear,
  };
}

/** A signature with nobody named yet: the title stays, the name is left for the signer. */
export function blankSignature(title: string, authority?: string): Signature {
  return { authority, title, name: '' };
}

export const STATUS_LABELS = {
  eligible: 'Đủ điều kiện',
  excluded: 'Không xem xét',
  postponed: 'Chưa xem xét',
} as const;

export type UnitStatus = keyof typeof STATUS_LABELS;

/** Roman numerals for the sections of a document (I, II, III, …). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
