import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { fetchFile, uploadFile } from '../api/files';
import { apiKey, apiQuery } from '../api/keys';
import { useApiItems } from '../api/use-api';
import type {
  CriteriaRevision,
  Entry,
  EntryBody,
  EvidenceFile,
  Layer,
  ReviewBatchBody,
  ReviewBatchResult,
  Sheet,
  UserName,
} from './types';

// The scoring screens' reads and writes. Every number they show comes from these answers.

/** The sheet's request: every row the actor may see, or one unit's, all rows on one page. */
const sheetRequest = (clusterId: string | undefined, unitId?: string) =>
  [`/clusters/${clusterId}/scoring-sheet`, { pageSize: 500, unitId }] as const;
export const sheetKey = (clusterId: string | undefined, unitId?: string) =>
  apiKey(...sheetRequest(clusterId, unitId));
export const resultsKey = (clusterId: string | undefined) => apiKey(`/clusters/${clusterId}/results`);
export const evidenceKey = (entryId: string | undefined) => apiKey(`/entries/${entryId}/evidence`);

/** The sheet of a cluster (every row the actor may see, or one unit's), all rows on one page. */
export function useSheet(clusterId: string | undefined, unitId?: string) {
  return useQuery({
    ...apiQuery<Sheet>(...sheetRequest(clusterId, unitId)),
    enabled: Boolean(clusterId),
  });
}

/** The issued revision the sheet is read under: group names, measures, rating points. */
export function useRevision(versionId: string | undefined) {
  return useQuery({
    ...apiQuery<CriteriaRevision>(`/criteria-versions/${versionId}`),
    enabled: Boolean(versionId),
    staleTime: 10 * 60_000,
  });
}

/** The evidence files of one layer of a cell. */
export function useEvidence(entryId: string | undefined) {
  return useApiItems<EvidenceFile>(entryId, `/entries/${entryId}/evidence`);
}

/** Writes one layer of one cell at the version read (0 to create). */
export function saveEntry(
  address: { clusterId: string; unitId: string; code: string; layer: Layer },
  body: EntryBody,
) {
  const { clusterId, unitId, code, layer } = address;
  return api.put<Entry>(
    `/clusters/${clusterId}/units/${unitId}/entries/${encodeURIComponent(code)}/${layer}`,
    body,
  );
}

/** One review decision: the changed values and the proposals accepted, one reason, all or nothing. */
export function saveReviewBatch(clusterId: string, body: ReviewBatchBody) {
  return api.post<ReviewBatchResult>(`/clusters/${clusterId}/review-batches`, body);
}

/** A user's name, for saying who changed a cell first (null when it cannot be read). */
export async function userName(userId: string | null): Promise<string | null> {
  if (!userId) return null;
  try {
    return (await api.get<UserName>(`/users/${userId}`)).displayName;
  } catch {
    return null;
  }
}

/** Sends one evidence file (multipart, field `file`); refusals come back as ApiError with the server's words. */
export function uploadEvidence(entryId: string, file: File, csrfToken: string): Promise<EvidenceFile> {
  return uploadFile<EvidenceFile>(`/entries/${entryId}/evidence`, file, csrfToken);
}

export function removeEvidence(fileId: string) {
  return api.delete<void>(`/evidence/${fileId}`);
}

/** The bytes of an evidence file, for an inline preview or a download under its own name. */
export function fetchEvidence(fileId: string): Promise<Blob> {
  return fetchFile(`/evidence/${fileId}`);
}
