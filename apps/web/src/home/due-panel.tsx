import { Alert, Card, Flex, List, Spin, Tag, Typography } from 'antd';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { type DueItem, useDue, useLateTasks } from './api';
import { openDeadlines } from './due-items';
import { homeTexts as t } from './texts';

const STATUS_COLORS: Record<string, string> = { current: 'blue', upcoming: 'default', done: 'green' };

/** The deadlines that apply to the user (their cluster's, or all for the standing office), late first. */
export function DuePanel({
  periodId,
  cluster,
  unitType,
  clusterNames,
}: {
  periodId: string;
  cluster: { id: string; name: string } | undefined;
  unitType: string | undefined;
  clusterNames: Map<string, string>;
}) {
  const due = useDue(periodId, { clusterId: cluster?.id, unitType });
  const items = due.data ? openDeadlines(due.data.items) : [];
  const scope = (item: DueItem) =>
    [
      item.clusterId && t.scopeCluster(clusterNames.get(item.clusterId) ?? ''),
      item.unitType && t.scopeUnitType(vi.unitTypes[item.unitType] ?? item.unitType),
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <Card
      size="small"
      className="page-card"
      data-testid="due-panel"
      title={t.dueTitle}
      extra={due.data && due.data.lateCount > 0 && <Tag color="red">{t.lateCount(due.data.lateCount)}</Tag>}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {cluster ? t.dueFor(cluster.name) : t.dueAll}
      </Typography.Paragraph>
      {due.isError ? (
        <LoadError error={due.error} onRetry={() => void due.refetch()} />
      ) : due.isPending ? (
        <Spin description={vi.app.loading} />
      ) : items.length === 0 ? (
        <Alert role="status" type="success" showIcon title={t.noDue} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid="due-item" data-stage={item.stage}>
              <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
                <Flex wrap gap={8} align="center">
                  <Typography.Text strong>{item.stageName}</Typography.Text>
                  {item.late ? (
                    <Tag color="red">{t.late}</Tag>
                  ) : (
                    <Tag color={STATUS_COLORS[item.status]}>{t.statuses[item.status]}</Tag>
                  )}
                  <Typography.Text>{t.dueOn(formatDate(item.dueOn))}</Typography.Text>
                  <Typography.Text type={item.late ? 'danger' : 'secondary'}>
                    {t.daysLeft(item.daysLeft)}
                  </Typography.Text>
                </Flex>
                {scope(item) && <Typography.Text type="secondary">{scope(item)}</Typography.Text>}
                {item.note && (
                  <Typography.Text type="secondary" className="wrap-anywhere">
                    {item.note}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** Tasks of the work plans that are late: the user's unit's, or every unit's for the standing office. */
export function LateTasksPanel({ periodId, unitId }: { periodId: string; unitId: string | undefined }) {
  const late = useLateTasks(periodId, unitId);
  const units = (late.data?.items ?? []).filter((u) => u.late > 0);
  return (
    <Card size="small" className="page-card" title={t.lateTasksTitle} data-testid="late-tasks-panel">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {unitId ? t.lateTasksMine : t.lateTasksAll}
      </Typography.Paragraph>
      {late.isError ? (
        <LoadError error={late.error} onRetry={() => void late.refetch()} />
      ) : late.isPending ? (
        <Spin description={vi.app.loading} />
      ) : units.length === 0 ? (
        <Alert role="status" type="success" showIcon title={t.noLateTasks} />
      ) : (
        <List
          size="small"
          dataSource={units}
          renderItem={(unit) => (
            <List.Item data-testid="late-unit">
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong className="wrap-anywhere">
                  {t.lateTasksOf(unit.unitName, unit.late, unit.datedTasks)}
                </Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {unit.lateTasks.slice(0, 5).map((task) => (
                    <li key={task.taskId} className="wrap-anywhere">
                      {task.content} — {t.taskLine(formatDate(task.dueDate), task.daysLate)}
                    </li>
                  ))}
                </ul>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
