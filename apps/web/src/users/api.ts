import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { apiKey, apiQuery } from '../api/keys';
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
  return useQuery({
    ...apiQuery<UserAccount>(`/users/${userId}`),
    enabled: Boolean(userId),
  });
}

/** The writes of the users screen; each reads the lists again when it succeeds. */
export function useUserMutations(councilId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersKey(councilId) }),
      queryClient.invalidateQueries({ queryKey: apiKey('/users') }),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: CreateUserInput) =>
        api.post<{ user: UserAccount; temporaryPassword: string | null }>(
          `/councils/${councilId}/users`,
          input,
        ),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({
        id,
        ...patch
      }: {
        id: string;
        version: number;
        displayName?: string;
        email?: string | null;
      }) => api.patch<UserAccount>(`/users/${id}`, patch),
      onSuccess,
    }),
    addMembership: useMutation({
      mutationFn: ({ userId, ...input }: MembershipInput & { userId: string }) =>
        api.post<UserAccount>(`/councils/${councilId}/users/${userId}/memberships`, input),
      onSuccess,
    }),
    endMembership: useMutation({
      mutationFn: ({ membershipId, reason }: { membershipId: string; reason?: string }) =>
        api.post<UserAccount>(`/memberships/${membershipId}/end`, reason ? { reason } : {}),
      onSuccess,
    }),
    resetPassword: useMutation({
      mutationFn: ({ userId, newPassword }: { userId: string; newPassword: string }) =>
        api.post(`/users/${userId}/reset-password`, { newPassword }),
      onSuccess,
    }),
    setDisabled: useMutation({
      mutationFn: ({ userId, disabled }: { userId: string; disabled: boolean }) =>
        api.post<UserAccount>(`/users/${userId}/${disabled ? 'disable' : 'enable'}`, {}),
      onSuccess,
    }),
  };
}
