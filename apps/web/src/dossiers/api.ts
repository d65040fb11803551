import type { DossierComponentKind, ProposalBar } from '@thidua/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiQuery, readsOf } from '../api/keys';
import { uploadFile } from '../api/files';
import type { Page } from '../api/types';

// Dossier batches, dossiers, their components and appraisal (module plans).

export interface Batch {
  id: string;
  periodId: string;
  name: string;
  submissionDueOn: string | null;
  appraisalDueOn: string | null;
  postingStartsOn: string | null;
  postingEndsOn: string | null;
  postingPlace: string | null;
  version: number;
  abilities: { update: boolean };
}

export interface Dossier {
  id: string;
  batchId: string;
  unitId: string;
  subject: string;
  kind: string;
  level: string;
  awardName: string | null;
  candidateName: string;
  submittedOn: string;
  outcome: 'pending' | 'approved' | 'returned';
  appraisedOn: string | null;
  returnReason: string | null;
  /** The person's standing (khoản 4 Điều 4), on an individual dossier. */
  candidateBars: ProposalBar[];
  candidateDisciplineEndedOn: string | null;
  /** Why it may not be approved now (the server's words); empty when nothing bars it. */
  barringReasons: string[];
  version: number;
  abilities: { update: boolean };
}

export interface Component {
  id: string;
  kind: DossierComponentKind;
  kindName: string;
  originalName: string;
  sizeBytes: number;
  generatedBy: string | null;
  /** The generator's Vietnamese name, when the product attached the file itself. */
  generatorName: string | null;
}

/** A document the product can write for the dossier that it does not hold, and why (the server's words). */
export interface MissingGenerated {
  generator: string;
  generatorName: string;
  kind: DossierComponentKind;
  reason: string;
}

export interface Components {
  items: Component[];
  required: { kind: DossierComponentKind; name: string; held: boolean }[];
  missing: DossierComponentKind[];
  complete: boolean;
  missingGenerated: MissingGenerated[];
  abilities: { change: boolean };
}

const ALL = { pageSize: 500 };

export function useBatches(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Batch>>(`/periods/${periodId}/dossier-batches`, ALL),
    select: (p) => p.items,
    enabled: Boolean(periodId),
  });
}

export function useDossiers(batchId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Dossier>>(`/dossier-batches/${batchId}/dossiers`, ALL),
    select: (p) => p.items,
    enabled: Boolean(batchId),
  });
}

export function useComponents(dossierId: string | undefined) {
  return useQuery({
    ...apiQuery<Components>(`/dossiers/${dossierId}/components`),
    enabled: Boolean(dossierId),
  });
}

/** Every dossier write changes the lists and the components: read them again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(readsOf('dossier-batches', 'dossiers'));
}

export function useCreateBatch(periodId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<Batch>(`/periods/${periodId}/dossier-batches`, body),
    onSuccess: refresh,
  });
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
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DossierInput) => api.post<Dossier>(`/dossier-batches/${batchId}/dossiers`, body),
    onSuccess: refresh,
  });
}

/** A person's standing changed after filing (a complaint arrived, a discipline ended): audited with its reason. */
export interface StandingChange {
  candidateBars: ProposalBar[];
  candidateDisciplineEndedOn: string | null;
  reason: string;
}

export function useChangeStanding() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ dossier, change }: { dossier: Dossier; change: StandingChange }) =>
      api.patch<Dossier>(`/dossiers/${dossier.id}`, { version: dossier.version, ...change }),
    onSuccess: refresh,
  });
}

export function useAppraise() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      dossier,
      outcome,
      reason,
    }: {
      dossier: Dossier;
      outcome: 'approved' | 'returned';
      reason?: string;
    }) =>
      api.post<Dossier>(`/dossiers/${dossier.id}/appraisal`, {
        version: dossier.version,
        outcome,
        ...(reason ? { reason } : {}),
      }),
    onSuccess: refresh,
  });
}

export function useUploadComponent(dossierId: string | undefined, csrfToken: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: DossierComponentKind; file: File }) =>
      uploadFile<Component>(`/dossiers/${dossierId}/components?kind=${kind}`, file, csrfToken),
    onSuccess: refresh,
  });
}

/** Attaches every generated document whose source exists now (the minutes after the meeting, …). */
export function useAttachGenerated(dossierId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () =>
      api.post<{ attached: Component[]; missing: MissingGenerated[] }>(
        `/dossiers/${dossierId}/components/generated`,
        {},
      ),
    onSuccess: refresh,
  });
}

export function useRemoveComponent() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (componentId: string) => api.delete<void>(`/dossier-components/${componentId}`),
    onSuccess: refresh,
  });
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
  return useQuery({
    ...apiQuery<Posting>(`/dossier-batches/${batchId}/posting`),
    enabled: Boolean(batchId),
  });
}

export interface PostingInput {
  postingStartsOn: string;
  postingEndsOn: string;
  postingPlace: string;
}

export function useRecordPosting() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ batchId, version, input }: { batchId: string; version: number; input: PostingInput }) =>
      api.patch<Batch>(`/dossier-batches/${batchId}`, { version, ...input }),
    onSuccess: refresh,
  });
}

export interface PostingCommentInput {
  receivedOn: string;
  sender: string;
  content: string;
  response: string;
}

/** Adds a comment (no `comment`) or edits one over the version read. */
export function useSavePostingComment(batchId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ comment, input }: { comment: PostingComment | null; input: PostingCommentInput }) =>
      comment
        ? api.patch<PostingComment>(`/posting-comments/${comment.id}`, { version: comment.version, ...input })
        : api.post<PostingComment>(`/dossier-batches/${batchId}/posting-comments`, input),
    onSuccess: refresh,
  });
}

export function useDeletePostingComment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (comment: PostingComment) =>
      api.delete<void>(`/posting-comments/${comment.id}?version=${comment.version}`),
    onSuccess: refresh,
  });
}
