import { Alert, Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../app/load-error';
import { paths } from '../app/paths';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useDueReports } from './api';
import { texts } from './texts';

/**
 * The home screen's movement reports: those the user's own units still owe (due within 30 days, or
 * late), and — for whoever sees every unit — how many units have not submitted, per movement and date.
 */
export function MovementReportsPanel({ councilId, periodId }: { councilId: string; periodId: string }) {
  const due = useDueReports(periodId);
  const link = (movementId: string) =>
    `${paths.feature(councilId, 'movements')}?ky=${periodId}&pt=${movementId}`;
  const rows = [
    ...(due.data?.items ?? []).map((o) => ({
      key: `${o.movementId}|${o.unitId}|${o.dueOn}`,
      movementId: o.movementId,
      text: texts.owedLine(o.movementName, formatDate(o.dueOn)),
      late: o.late,
      returned: o.returned,
      daysLeft: o.daysLeft,
    })),
    ...(due.data?.missingByMovement ?? []).map((m) => ({
      key: `${m.movementId}|${m.dueOn}`,
      movementId: m.movementId,
      text: texts.missingLine(m.movementName, formatDate(m.dueOn), m.missing),
      late: m.late,
      returned: false,
      daysLeft: m.daysLeft,
    })),
  ];
  return (
    <Card size="small" className="page-card" title={texts.panelTitle} data-testid="movement-reports-panel">
      {due.isError ? (
        <LoadError error={due.error} onRetry={() => void due.refetch()} />
      ) : due.isPending ? (
        <Spin description={vi.app.loading} />
      ) : rows.length === 0 ? (
        <Alert role="status" type="success" showIcon title={texts.panelNone} />
      ) : (
        <List
          size="small"
          dataSource={rows}
          renderItem={(row) => (
            <List.Item data-testid="movement-report-due">
              <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
                <Link to={link(row.movementId)} className="wrap-anywhere">
                  {row.text}
                </Link>
                {row.late && <Tag color="red">{texts.late}</Tag>}
                {row.returned && <Tag color="orange">{texts.returned}</Tag>}
                <Typography.Text type={row.late ? 'danger' : 'secondary'}>
                  {texts.daysLeft(row.daysLeft)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
