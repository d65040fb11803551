import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Council } from '../api/types';
import { LoadError } from '../app/load-error';
import { paths } from '../app/paths';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useCouncilPeriods } from './api';
import { PageHeader } from '../shared/page-header';
import { PeriodFormModal } from './period-form-modal';
import { StageTag } from './stage-tag';
import { t } from './texts';
import type { Period } from './types';

/** The council's periods, newest first; the standing office creates one. */
export function PeriodList({ council, manages }: { council: Council; manages: boolean }) {
  const navigate = useNavigate();
  const periods = useCouncilPeriods(council.id);
  const [creating, setCreating] = useState(false);
  const periodPath = (p: Period) => paths.feature(council.id, 'periods', p.id);

  const columns: TableColumnsType<Period> = [
    {
      title: t.periodName,
      key: 'name',
      render: (_, p) => (
        <div className="wrap-anywhere">
          <Link to={periodPath(p)} aria-label={t.openPeriod(p.name)}>
            <Typography.Text strong>{p.name}</Typography.Text>
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {vi.calendars[p.calendar]}
              <span className="show-on-phone">
                {' '}
                · {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
              </span>
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t.span,
      key: 'span',
      responsive: ['sm'],
      width: 220,
      render: (_, p) => `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`,
    },
    { title: t.stage, key: 'stage', width: 220, render: (_, p) => <StageTag period={p} /> },
    {
      title: vi.common.actions,
      key: 'open',
      width: 96,
      align: 'center',
      render: (_, p) => (
        <Button onClick={() => void navigate(periodPath(p))} aria-label={t.openPeriod(p.name)}>
          {t.open}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.heading}
        subtitle={council.name}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.createPeriod}
            </Button>
          )
        }
      />
      {!manages && (
        <Alert role="status" type="info" showIcon title={t.readOnly} style={{ marginBottom: 16 }} />
      )}
      <Card className="page-card org-card" title={t.periods}>
        {periods.isError ? (
          <LoadError error={periods.error} onRetry={() => void periods.refetch()} />
        ) : (
          <Table<Period>
            rowKey="id"
            columns={columns}
            dataSource={periods.data ?? []}
            loading={periods.isPending}
            locale={{ emptyText: t.noPeriods }}
            pagination={false}
            size="middle"
          />
        )}
      </Card>
      {creating && (
        <PeriodFormModal
          councilId={council.id}
          onClose={() => setCreating(false)}
          onCreated={(p) => {
            setCreating(false);
            void navigate(periodPath(p));
          }}
        />
      )}
    </>
  );
}
