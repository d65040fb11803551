import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationPage,
  NotificationView as NotificationItem,
  ProfileView as Profile,
} from '@thidua/contracts/notifications';
import { api } from '../api/client';

export type { NotificationItem, NotificationPage, Profile };

const KEY = ['notifications'] as const;
/** The bell looks again every minute, so a new notification shows without reloading the page. */
const REFRESH_MS = 60_000;

export function useNotifications(query: { page: number; pageSize: number; unread?: boolean }) {
  return useQuery({
    queryKey: [...KEY, query],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/me/notifications', {
        signal,
        query: { page: query.page, pageSize: query.pageSize, unread: query.unread ? 'true' : undefined },
      }),
    refetchInterval: REFRESH_MS,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<NotificationItem>(`/me/notifications/${id}/read`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/me/notifications/read-all', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

const PROFILE_KEY = ['profile'] as const;

export function useProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: ({ signal }) => api.get<Profile>('/me/profile', { signal }),
  });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; email: string | null; emailNotifications: boolean }) =>
      api.patch<Profile>('/me/profile', input),
    onSuccess: (saved) => queryClient.setQueryData(PROFILE_KEY, saved),
  });
}
