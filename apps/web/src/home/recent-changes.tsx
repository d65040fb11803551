import { Alert, Button, Card, List, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { LoadError } from '../app/load-error';
import { paths } from '../app/paths';
import { formatDateTime } from '../format';
import { vi } from '../i18n/vi';
import { useRecentChanges } from './api';
import { homeTexts as t } from './texts';

/** The latest changes the user may see: the whole council's for the standing office, else their unit's. */
export function RecentChanges({ councilId, seesAll }: { councilId: string; seesAll: boolean }) {
  const navigate = useNavigate();
  const recent = useRecentChanges(councilId);
  return (
    <Card
      size="small"
      className="page-card"
      title={t.recentTitle}
      data-testid="recent-changes"
      extra={
        seesAll && (
          <Button size="small" type="link" onClick={() => void navigate(paths.feature(councilId, 'audit'))}>
            {t.seeAll}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {seesAll ? t.recentAll : t.recentMine}
      </Typography.Paragraph>
      {recent.isError ? (
        <LoadError error={recent.error} onRetry={() => void recent.refetch()} />
      ) : recent.isPending ? (
        <Spin description={vi.app.loading} />
      ) : recent.data.length === 0 ? (
        <Alert role="status" type="info" showIcon title={t.noRecent} />
      ) : (
        <List
          size="small"
          dataSource={recent.data}
          renderItem={(event) => (
            <List.Item data-testid="recent-change">
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {event.entityTypeLabel}: {event.actionLabel}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {formatDateTime(event.at)} {t.by(event.actor?.displayName ?? t.system)}
                </Typography.Text>
                {event.reason && (
                  <Typography.Paragraph className="wrap-anywhere" style={{ margin: 0 }}>
                    {event.reason}
                  </Typography.Paragraph>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
