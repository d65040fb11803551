import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useDue, usePeriodMutations } from './api';
import { deadlineScope, deadlineState } from './deadlines';
import { DeadlineModal } from './deadline-modal';
import { DUE_STATUSES, STAGE_NAMES, t } from './texts';
import type { Cluster, Deadline, DueItem, Period } from './types';

/** The period's deadlines: each stage's date (dd/mm/yyyy), whom it applies to, done or late. */
export function DeadlinesCard({ period, clusters }: { period: Period; clusters: Cluster[] }) {
  const { message } = App.useApp();
  const due = useDue(period.id);
  const { deleteDeadline } = usePeriodMutations(period.councilId, period.id);
  const [editing, setEditing] = useState<{ deadline: Deadline | null } | null>(null);
  const canEdit = period.abilities.update;

  const columns: TableColumnsType<DueItem> = [
    {
      title: t.stage,
      key: 'stage',
      render: (_, d) => (
        <div className="wrap-anywhere">
          <Typography.Text strong>{STAGE_NAMES[d.stage]}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {deadlineScope(d, clusters)}
            </Typography.Text>
          </div>
          <span className="show-on-phone">
            <span className="score">{formatDate(d.dueOn)}</span> <DueTags item={d} />
          </span>
          {d.note && (
            <div className="hide-on-phone">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.note}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t.dueOn,
      key: 'dueOn',
      width: 120,
      responsive: ['sm'],
      render: (_, d) => <span className="score">{formatDate(d.dueOn)}</span>,
    },
    {
      title: t.status,
      key: 'status',
      width: 190,
      responsive: ['sm'],
      render: (_, d) => (
        <Flex vertical gap={4} align="flex-start">
          <DueTags item={d} />
        </Flex>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      title: vi.common.actions,
      key: 'actions',
      width: 104,
      render: (_, d) => {
        const scope = deadlineScope(d, clusters);
        return (
          <Flex gap={4} wrap>
            <Button
              icon={<EditOutlined />}
              aria-label={t.editDeadlineOf(STAGE_NAMES[d.stage], scope)}
              onClick={() => setEditing({ deadline: d })}
            />
            <Popconfirm
              title={t.deleteDeadlineConfirm}
              okText={t.deleteDeadline}
              cancelText={vi.common.cancel}
              onConfirm={() =>
                void deleteDeadline.mutateAsync(d).then(
                  () => void message.success(t.deadlineDeleted),
                  (error: unknown) =>
                    void message.error(error instanceof Error ? error.message : String(error)),
                )
              }
            >
              <Button
                danger
                icon={<DeleteOutlined />}
                aria-label={t.deleteDeadlineOf(STAGE_NAMES[d.stage], scope)}
              />
            </Popconfirm>
          </Flex>
        );
      },
    });
  }

  return (
    <Card
      className="page-card org-card"
      title={t.deadlinesHeading}
      style={{ marginBottom: 16 }}
      extra={
        canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ deadline: null })}>
            {t.addDeadline}
          </Button>
        )
      }
    >
      {due.isError ? (
        <LoadError error={due.error} onRetry={() => void due.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          {(due.data?.lateCount ?? 0) > 0 && (
            <Alert role="status" type="warning" showIcon title={t.lateCount(due.data!.lateCount)} />
          )}
          <Table<DueItem>
            rowKey="id"
            columns={columns}
            dataSource={due.data?.items ?? []}
            loading={due.isPending}
            locale={{ emptyText: t.noDeadlines }}
            pagination={false}
            size="small"
            aria-label={t.deadlinesHeading}
          />
        </Flex>
      )}
      {editing && (
        <DeadlineModal
          period={period}
          clusters={clusters}
          deadline={editing.deadline}
          existing={due.data?.items ?? []}
          title={
            editing.deadline
              ? t.editDeadlineOf(
                  STAGE_NAMES[editing.deadline.stage],
                  deadlineScope(editing.deadline, clusters),
                )
              : t.addDeadline
          }
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

/** Done, current or upcoming, and how many days are left or late (the server's judgement). */
export function DueTags({ item }: { item: DueItem }) {
  const state = deadlineState(item);
  return (
    <>
      <Tag color={item.status === 'done' ? 'default' : item.status === 'current' ? 'blue' : undefined}>
        {DUE_STATUSES[item.status]}
      </Tag>
      {state && <Tag color={item.late ? 'red' : 'green'}>{state}</Tag>}
    </>
  );
}
