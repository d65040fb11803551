import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
import { useApiRead, useApiWrite } from '../api/use-api';
import type { Page } from '../api/types';
import type { CreateUserInput, MembershipInput, UserAccount, UserListParams } from './types';

const usersKey = (councilId: string) => apiKey(`/councils/${councilId}/users`);

/** One page of the council's users with their roles here. */
export function useUserList(councilId: string, params: UserListParams) {
  return useQuery({
    ...apiQuery<Page<UserAccount>>(`/councils/${councilId}/users`, {
      q: params.q.trim(),
      role: params.role || undefined,
      includeEnded: params.includeEnded ? 'true' : undefined,
      page: params.page,
      pageSize: params.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(userId: string | undefined) {
  return useApiRead<UserAccount>(userId, `/users/${userId}`);
}

/** The writes of the users screen; each reads the lists again when it succeeds. */
export function useUserMutations(councilId: string) {
  const reads = [{ queryKey: usersKey(councilId) }, { queryKey: apiKey('/users') }];
  return {
    create: useApiWrite(
      (input: CreateUserInput) =>
        api.post<{ user: UserAccount; temporaryPassword: string | null }>(
          `/councils/${councilId}/users`,
          input,
        ),
      ...reads,
    ),
    update: useApiWrite(
      ({ id, ...patch }: { id: string; version: number; displayName?: string; email?: string | null }) =>
        api.patch<UserAccount>(`/users/${id}`, patch),
      ...reads,
    ),
    addMembership: useApiWrite(
      ({ userId, ...input }: MembershipInput & { userId: string }) =>
        api.post<UserAccount>(`/councils/${councilId}/users/${userId}/memberships`, input),
      ...reads,
    ),
    endMembership: useApiWrite(
      ({ membershipId, reason }: { membershipId: string; reason?: string }) =>
        api.post<UserAccount>(`/memberships/${membershipId}/end`, reason ? { reason } : {}),
      ...reads,
    ),
    resetPassword: useApiWrite(
      ({ userId, newPassword }: { userId: string; newPassword: string }) =>
        api.post(`/users/${userId}/reset-password`, { newPassword }),
      ...reads,
    ),
    setDisabled: useApiWrite(
      ({ userId, disabled }: { userId: string; disabled: boolean }) =>
        api.post<UserAccount>(`/users/${userId}/${disabled ? 'disable' : 'enable'}`, {}),
      ...reads,
    ),
  };
}
