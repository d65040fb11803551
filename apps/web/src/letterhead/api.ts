import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LetterheadFields,
  LetterheadView as Letterhead,
  SigningCertificateView as SigningCertificate,
} from '@thidua/contracts/letterhead';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { useApiRead } from '../api/use-api';

export { SIGNING_AUTHORITIES, type SigningAuthority } from '@thidua/vocabulary';
export type { Letterhead, LetterheadFields, SigningCertificate };

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
