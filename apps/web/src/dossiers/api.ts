import type { DossierComponentKind } from '@thidua/vocabulary';
import type {
  BatchView as Batch,
  ComponentsView as Components,
  ComponentView as Component,
  DossierInput,
  DossierPatchInput,
  DossierView as Dossier,
  MissingGeneratedView as MissingGenerated,
  BatchPatchInput,
  PostingCommentInput,
  PostingCommentView as PostingComment,
  PostingView as Posting,
} from '@thidua/contracts/dossiers';
import { api } from '../api/client';
import { readsOf } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';
import { uploadFile } from '../api/files';

// Dossier batches, dossiers, their components and appraisal (module plans).

export type { Batch, Component, Components, Dossier, DossierInput, MissingGenerated };

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

export function useFileDossier(batchId: string | undefined) {
  return useDossierWrite((body: DossierInput) =>
    api.post<Dossier>(`/dossier-batches/${batchId}/dossiers`, body),
  );
}

/** A person's standing changed after filing (a complaint arrived, a discipline ended): audited with its reason. */
export type StandingChange = Required<
  Pick<DossierPatchInput, 'candidateBars' | 'candidateDisciplineEndedOn' | 'reason'>
>;

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

export type { Posting, PostingComment, PostingCommentInput };

export function usePosting(batchId: string | undefined) {
  return useApiRead<Posting>(batchId, `/dossier-batches/${batchId}/posting`);
}

/** The public posting's first day, last day and place, recorded on the batch: all three. */
export type PostingInput = {
  [K in 'postingStartsOn' | 'postingEndsOn' | 'postingPlace']-?: NonNullable<BatchPatchInput[K]>;
};

export function useRecordPosting() {
  return useDossierWrite(
    ({ batchId, version, input }: { batchId: string; version: number; input: PostingInput }) =>
      api.patch<Batch>(`/dossier-batches/${batchId}`, { version, ...input }),
  );
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
