import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { NOTIFICATION_KIND_NAMES } from '@thidua/vocabulary';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { formatDateTime } from '../format';
import { useNotifications } from './api';
import { useOpenNotification } from './open-notification';
import { notificationTexts as t } from './texts';

/** The header's bell: the unread count, and a panel with the latest notifications. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const latest = useNotifications({ page: 1, pageSize: 5 });
  const openItem = useOpenNotification();
  const unread = latest.data?.unreadCount ?? 0;
  const items = latest.data?.items ?? [];

  const panel = (
    <div style={{ width: 340, maxWidth: '80vw' }}>
      {items.length === 0 ? (
        <Empty description={t.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Button
                type="link"
                style={{ height: 'auto', padding: 0, textAlign: 'left', whiteSpace: 'normal' }}
                onClick={() => {
                  setOpen(false);
                  openItem(item);
                }}
              >
                <Flex vertical gap={2} style={{ color: 'rgba(0,0,0,0.88)' }}>
                  <Typography.Text strong={!item.readAt}>
                    {NOTIFICATION_KIND_NAMES[item.kind]}
                  </Typography.Text>
                  <Typography.Text>{item.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </Flex>
              </Button>
            </List.Item>
          )}
        />
      )}
      <Link to={paths.notifications} onClick={() => setOpen(false)}>
        {t.seeAll}
      </Link>
    </div>
  );

  return (
    <Popover
      content={panel}
      title={t.pageTitle}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button type="text" aria-label={t.bell(unread)} style={{ color: '#fff' }}>
        <Badge count={unread} size="small" offset={[4, -2]}>
          <BellOutlined aria-hidden style={{ color: '#fff', fontSize: 20 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
