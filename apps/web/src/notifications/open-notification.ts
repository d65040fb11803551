import { useNavigate } from 'react-router';
import { type NotificationItem, useMarkRead } from './api';

/** Opening a notification marks it read and goes to its screen. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate(item.id);
    void navigate(item.link);
  };
}
