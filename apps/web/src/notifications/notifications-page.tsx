import { Alert, Button, Card, Flex, List, Switch, Tag, Typography } from 'antd';
import { NOTIFICATION_KIND_NAMES } from '@thidua/vocabulary';
import { useState } from 'react';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { formatDateTime } from '../format';
import { PageHeader } from '../shared/page-header';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';
import { useOpenNotification } from './open-notification';
import { notificationTexts as t } from './texts';

const PAGE_SIZE = 20;

/** "Thông báo": the user's own notifications, unread first, each opening its screen. */
function NotificationsPage() {
  usePageTitle(t.pageTitle);
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ page, pageSize: PAGE_SIZE, unread: unreadOnly });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const openItem = useOpenNotification();
  const unread = list.data?.unreadCount ?? 0;

  return (
    <div>
      <PageHeader
        title={t.pageTitle}
        subtitle={t.intro}
        extra={
          <Button onClick={() => markAll.mutate()} disabled={unread === 0} loading={markAll.isPending}>
            {t.markAllRead}
          </Button>
        }
      />
      {list.error ? (
        <LoadError error={list.error} />
      ) : (
        <Card>
          <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
            <Switch
              id="unread-only"
              checked={unreadOnly}
              onChange={(checked) => {
                setUnreadOnly(checked);
                setPage(1);
              }}
            />
            <label htmlFor="unread-only">{t.unreadOnly}</label>
          </Flex>
          {markAll.error && <Alert role="alert" type="error" showIcon title={markAll.error.message} />}
          <List
            loading={list.isLoading}
            locale={{ emptyText: t.empty }}
            dataSource={list.data?.items ?? []}
            pagination={
              (list.data?.total ?? 0) > PAGE_SIZE
                ? { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }
                : false
            }
            renderItem={(item) => (
              <List.Item
                aria-label={`${NOTIFICATION_KIND_NAMES[item.kind]}: ${item.text}`}
                actions={[
                  <Button key="open" type="primary" size="small" onClick={() => openItem(item)}>
                    {t.open}
                  </Button>,
                  ...(item.readAt
                    ? []
                    : [
                        <Button key="read" size="small" onClick={() => markRead.mutate(item.id)}>
                          {t.markRead}
                        </Button>,
                      ]),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap align="center">
                      <Typography.Text strong={!item.readAt}>
                        {NOTIFICATION_KIND_NAMES[item.kind]}
                      </Typography.Text>
                      {!item.readAt && <Tag color="blue">{t.unread}</Tag>}
                    </Flex>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <Typography.Text>{item.text}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(item.createdAt)}
                      </Typography.Text>
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}

export { NotificationsPage as Component };
