import type { DossierComponentKind, ProposalBar } from '@thidua/vocabulary';
import type {
  BatchView as Batch,
  ComponentsView as Components,
  ComponentView as Component,
  DossierView as Dossier,
  MissingGeneratedView as MissingGenerated,
} from '@thidua/contracts/dossiers';
import { api } from '../api/client';
import { readsOf } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';
import { uploadFile } from '../api/files';

// Dossier batches, dossiers, their components and appraisal (module plans).

export type { Batch, Component, Components, Dossier, MissingGenerated };

export function useBatches(periodId: string | undefined) {
  return useApiItems<Batch>(periodId, `/periods/${periodId}/dossier-batches`);
}

export function useDossiers(batchId: string | undefined) {
  return useApiItems<Dossier>(batchId, `/dossier-batches/${batchId}/dossiers`);
}

export function useComponents(dossierId: string | undefined) {
  return useApiRead<Components>(dossierId, `/dossiers/${dossierId}/components`);
}

/** Every dossier write changes the lists and the components: read them again. */
function useDossierWrite<I = void, O = unknown>(write: (input: I) => Promise<O>) {
  return useApiWrite(write, readsOf('dossier-batches', 'dossiers'));
}

export function useCreateBatch(periodId: string | undefined) {
  return useDossierWrite((body: { name: string }) =>
    api.post<Batch>(`/periods/${periodId}/dossier-batches`, body),
  );
}

export interface DossierInput {
  unitId: string;
  subject: string;
  kind: string;
  level: string;
  candidateName: string;
  candidateBars?: ProposalBar[];
  candidateDisciplineEndedOn?: string | null;
}

export function useFileDossier(batchId: string | undefined) {
  return useDossierWrite((body: DossierInput) =>
    api.post<Dossier>(`/dossier-batches/${batchId}/dossiers`, body),
  );
}

/** A person's standing changed after filing (a complaint arrived, a discipline ended): audited with its reason. */
export interface StandingChange {
  candidateBars: ProposalBar[];
  candidateDisciplineEndedOn: string | null;
  reason: string;
}

export function useChangeStanding() {
  return useDossierWrite(({ dossier, change }: { dossier: Dossier; change: StandingChange }) =>
    api.patch<Dossier>(`/dossiers/${dossier.id}`, { version: dossier.version, ...change }),
  );
}

export function useAppraise() {
  return useDossierWrite(
    ({ dossier, outcome, reason }: { dossier: Dossier; outcome: 'approved' | 'returned'; reason?: string }) =>
      api.post<Dossier>(`/dossiers/${dossier.id}/appraisal`, {
        version: dossier.version,
        outcome,
        ...(reason ? { reason } : {}),
      }),
  );
}

export function useUploadComponent(dossierId: string | undefined, csrfToken: string) {
  return useDossierWrite(({ kind, file }: { kind: DossierComponentKind; file: File }) =>
    uploadFile<Component>(`/dossiers/${dossierId}/components?kind=${kind}`, file, csrfToken),
  );
}

/** Attaches every generated document whose source exists now (the minutes after the meeting, …). */
export function useAttachGenerated(dossierId: string | undefined) {
  return useDossierWrite(() =>
    api.post<{ attached: Component[]; missing: MissingGenerated[] }>(
      `/dossiers/${dossierId}/components/generated`,
      {},
    ),
  );
}

export function useRemoveComponent() {
  return useDossierWrite((componentId: string) => api.delete<void>(`/dossier-components/${componentId}`));
}

// The batch's public posting (Art. 44) and the comments received during it.

export interface PostingComment {
  id: string;
  receivedOn: string;
  sender: string | null;
  /** The name, or "ẩn danh". */
  senderName: string;
  content: string;
  response: string | null;
  version: number;
}

export interface Posting {
  batchId: string;
  batchVersion: number;
  required: boolean;
  startsOn: string | null;
  endsOn: string | null;
  place: string | null;
  workingDays: number | null;
  minWorkingDays: number;
  earliestEndOn: string | null;
  comments: PostingComment[];
  abilities: { change: boolean };
}

export function usePosting(batchId: string | undefined) {
  return useApiRead<Posting>(batchId, `/dossier-batches/${batchId}/posting`);
}

export interface PostingInput {
  postingStartsOn: string;
  postingEndsOn: string;
  postingPlace: string;
}

export function useRecordPosting() {
  return useDossierWrite(
    ({ batchId, version, input }: { batchId: string; version: number; input: PostingInput }) =>
      api.patch<Batch>(`/dossier-batches/${batchId}`, { version, ...input }),
  );
}

export interface PostingCommentInput {
  receivedOn: string;
  sender: string;
  content: string;
  response: string;
}

/** Adds a comment (no `comment`) or edits one over the version read. */
export function useSavePostingComment(batchId: string | undefined) {
  return useDossierWrite(
    ({ comment, input }: { comment: PostingComment | null; input: PostingCommentInput }) =>
      comment
        ? api.patch<PostingComment>(`/posting-comments/${comment.id}`, { version: comment.version, ...input })
        : api.post<PostingComment>(`/dossier-batches/${batchId}/posting-comments`, input),
  );
}

export function useDeletePostingComment() {
  return useDossierWrite((comment: PostingComment) =>
    api.delete<void>(`/posting-comments/${comment.id}?version=${comment.version}`),
  );
}
