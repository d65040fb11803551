import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { useApiRead } from '../api/use-api';

export const SIGNING_AUTHORITIES = ['TM', 'KT', 'TL', 'TUQ'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/** What the council's documents are headed and signed with (`GET /councils/{id}/letterhead`). */
export interface LetterheadFields {
  parentBody: string;
  issuingBody: string;
  placeName: string;
  councilSymbol: string;
  standingOffice: string;
  standingOfficeSymbol: string;
  signingAuthority: SigningAuthority;
  chairTitle: string;
  chairName: string;
  deputyTitle: string;
  deputyName: string;
  delegateTitle: string;
  delegateName: string;
  recipients: string[];
  provincialReportForm: { title: string; sections: string[] } | null;
}

export interface Letterhead extends LetterheadFields {
  councilId: string;
  saved: boolean;
  version: number;
  abilities: { update: boolean };
}

export const letterheadKey = (councilId: string) => apiKey(`/councils/${councilId}/letterhead`);

export function useLetterhead(councilId: string) {
  return useApiRead<Letterhead>(councilId, `/councils/${councilId}/letterhead`);
}

/** Saves the settings over the version read (0: the defaults); someone else's save in between is 409. */
export function useSaveLetterhead(councilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LetterheadFields & { version: number }) =>
      api.put<Letterhead>(`/councils/${councilId}/letterhead`, input),
    onSuccess: (saved) => queryClient.setQueryData(letterheadKey(councilId), saved),
  });
}

/** What the API shows of the council's own signing certificate: never its file or password. */
export interface SigningCertificate {
  councilId: string;
  configured: boolean;
  holder: string | null;
  fingerprint: string | null;
  validFrom: string | null;
  validTo: string | null;
  uploadedAt: string | null;
  uploadedBy: string | null;
  deploymentSigns: boolean;
  version: number;
  abilities: { update: boolean };
}

const certificatePath = (councilId: string) => `/councils/${councilId}/signing-certificate`;

export function useSigningCertificate(councilId: string) {
  return useQuery({
    ...apiQuery<SigningCertificate>(certificatePath(councilId)),
    enabled: Boolean(councilId),
  });
}

/** Uploads (or replaces) the certificate over the version read; removes it the same way. */
export function useSigningCertificateWrites(councilId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (view: SigningCertificate) =>
    queryClient.setQueryData(apiKey(certificatePath(councilId)), view);
  return {
    upload: useMutation({
      mutationFn: (input: { p12: string; passphrase: string; version: number }) =>
        api.put<SigningCertificate>(certificatePath(councilId), input),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (version: number) =>
        api.delete<SigningCertificate>(certificatePath(councilId), undefined, { query: { version } }),
      onSuccess,
    }),
  };
}
