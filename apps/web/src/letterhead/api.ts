import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

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

export const letterheadKey = (councilId: string) => ['letterhead', councilId] as const;

export function useLetterhead(councilId: string) {
  return useQuery({
    queryKey: letterheadKey(councilId),
    queryFn: ({ signal }) => api.get<Letterhead>(`/councils/${councilId}/letterhead`, { signal }),
    enabled: Boolean(councilId),
  });
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
