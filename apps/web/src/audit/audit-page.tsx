import { ClearOutlined, DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Grid,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/client';
import type { Council } from '../api/types';
import { LoadError } from '../app/load-error';
import { tablePages } from '../shared/use-list-params';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { NoPermission } from '../organisation/no-permission';
import { PageHeader } from '../shared/page-header';
import { exportUrl, useAuditEvents, useAuditLabels } from './api';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { xlsxTexts } from '../spreadsheets/texts';
import { t } from './texts';
import type { AuditEvent, Change } from './types';
import { useAuditParams } from './use-audit-params';
import { useAddressCouncil } from '../app/address-council';

const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * Nhật ký thay đổi: the council's audit log for the standing office — who changed what, when, from
 * which value to which, and why — filtered and paged in the address, exported as CSV with the same
 * filters. Everyone else sees a plain "no permission" page.
 */
function AuditPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const { council, instead } = useAddressCouncil(t.noCouncil);

  if (!council) return instead;
  if (!managesCouncil(session, council))
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;
  return <AuditScreen council={council} />;
}

function AuditScreen({ council }: { council: Council }) {
  const params = useAuditParams();
  const { filters } = params;
  const events = useAuditEvents(council.id, filters, params.page, params.pageSize);
  const labels = useAuditLabels();
  const [actorText, setActorText] = useState(filters.actor ?? '');
  const [reasonText, setReasonText] = useState(filters.q ?? '');
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;

  if (isApiError(events.error) && events.error.status === 403) {
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;
  }

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t.at,
      key: 'at',
      width: 150,
      responsive: ['md'],
      render: (_, e) => (
        <div>
          <span className="score">{dayjs(e.at).format('DD/MM/YYYY HH:mm:ss')}</span>
          <div className="wrap-anywhere">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.actor ? e.actor.displayName : t.system}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t.what,
      key: 'what',
      width: 230,
      responsive: ['md'],
      render: (_, e) => (
        <Flex vertical gap={4} align="flex-start" className="wrap-anywhere">
          <Tag color="blue">{e.actionLabel}</Tag>
          <span>{e.entityTypeLabel}</span>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto' }}
            aria-label={t.sameObjectOf(e.entityTypeLabel)}
            onClick={() => params.setFilters({ entityType: e.entityType, entityId: e.entityId })}
          >
            {t.sameObject}
          </Button>
        </Flex>
      ),
    },
    {
      title: t.changes,
      key: 'changes',
      render: (_, e) => (
        <>
          {!wide && (
            <Flex vertical gap={4} align="flex-start" className="wrap-anywhere" style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">
                {dayjs(e.at).format('DD/MM/YYYY HH:mm:ss')} · {e.actor ? e.actor.displayName : t.system}
              </Typography.Text>
              <span>
                <Tag color="blue">{e.actionLabel}</Tag>
                {e.entityTypeLabel}
              </span>
            </Flex>
          )}
          <Changes changes={e.changes} />
          {e.reason && (
            <div className="show-below-lg wrap-anywhere">
              <Typography.Text type="secondary">
                {t.reason}: {e.reason}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t.reason,
      key: 'reason',
      width: 200,
      responsive: ['lg'],
      render: (_, e) => <span className="wrap-anywhere">{e.reason ?? ''}</span>,
    },
  ];

  const entityOptions = [
    { value: '', label: t.allEntityTypes },
    ...(labels.data?.entityTypes ?? []).map((l) => ({ value: l.code, label: l.label })),
  ];
  const actionOptions = [
    { value: '', label: t.allActions },
    ...(labels.data?.actions ?? []).map((l) => ({ value: l.code, label: l.label })),
  ];

  return (
    <>
      <PageHeader
        title={t.heading}
        subtitle={council.name}
        extra={
          <Flex wrap gap={8}>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              href={exportUrl(council.id, filters)}
              download
              title={t.exportHelp}
            >
              {t.exportCsv}
            </Button>
            <ExportExcelButton
              path={`/councils/${council.id}/spreadsheets/audit`}
              title={xlsxTexts.auditTitle}
              size="middle"
              query={Object.fromEntries(
                Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
              )}
            />
          </Flex>
        }
      />
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Card
        className="page-card org-card"
        style={{ marginBottom: 16 }}
        title={
          <Flex gap={8} align="center">
            <FilterOutlined aria-hidden />
            {t.filters}
          </Flex>
        }
        extra={
          <Button
            icon={<ClearOutlined />}
            onClick={() => {
              setActorText('');
              setReasonText('');
              params.clear();
            }}
          >
            {t.clear}
          </Button>
        }
      >
        <div className="audit-filters">
          <Field label={t.actor} id="audit-actor">
            <Input.Search
              id="audit-actor"
              value={actorText}
              placeholder={t.actorPlaceholder}
              onChange={(event) => setActorText(event.target.value)}
              onSearch={(value) => params.setFilters({ actor: value })}
              onBlur={() =>
                actorText.trim() !== (filters.actor ?? '') && params.setFilters({ actor: actorText })
              }
              allowClear
            />
          </Field>
          <Field label={t.entityType} id="audit-entity">
            <Select
              id="audit-entity"
              value={filters.entityType ?? ''}
              options={entityOptions}
              onChange={(value: string) => params.setFilters({ entityType: value, entityId: undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              loading={labels.isPending}
            />
          </Field>
          <Field label={t.action} id="audit-action">
            <Select
              id="audit-action"
              value={filters.action ?? ''}
              options={actionOptions}
              onChange={(value: string) => params.setFilters({ action: value })}
              showSearch={{ optionFilterProp: 'label' }}
              loading={labels.isPending}
            />
          </Field>
          <Field label={t.dates} id="audit-dates">
            <DatePicker.RangePicker
              id={{ start: 'audit-dates', end: 'audit-dates-end' }}
              format={DATE_FORMAT}
              placeholder={[t.fromDate, t.toDate]}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              allowEmpty={[true, true]}
              onChange={(range) =>
                params.setFilters({
                  from: range?.[0]?.format('YYYY-MM-DD'),
                  to: range?.[1]?.format('YYYY-MM-DD'),
                })
              }
              style={{ width: '100%' }}
            />
          </Field>
          <Field label={t.text} id="audit-text">
            <Input.Search
              id="audit-text"
              value={reasonText}
              placeholder={t.textPlaceholder}
              onChange={(event) => setReasonText(event.target.value)}
              onSearch={(value) => params.setFilters({ q: value })}
              onBlur={() => reasonText.trim() !== (filters.q ?? '') && params.setFilters({ q: reasonText })}
              allowClear
            />
          </Field>
        </div>
        {filters.entityId && (
          <Tag
            closable={{ 'aria-label': t.clear }}
            onClose={() => params.setFilters({ entityId: undefined })}
            style={{ marginTop: 12 }}
          >
            {t.filteredObject(labels.data?.entityTypes.find((l) => l.code === filters.entityType)?.label)}
          </Tag>
        )}
      </Card>
      <Card className="page-card org-card">
        {events.isError && !events.data ? (
          <LoadError error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Table<AuditEvent>
            rowKey="id"
            columns={columns}
            dataSource={events.data?.items ?? []}
            loading={events.isFetching}
            locale={{ emptyText: t.empty }}
            size="middle"
            aria-label={t.heading}
            tableLayout={wide ? 'fixed' : 'auto'}
            pagination={tablePages(params, params, events.data?.total ?? 0, (from, to, total) =>
              t.total(from, to, total, events.data?.totalApproximate),
            )}
          />
        )}
      </Card>
    </>
  );
}

function Field({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="audit-filter">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

function Changes({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">{t.noChanges}</Typography.Text>;
  return (
    <ul className="audit-changes wrap-anywhere">
      {changes.map((c, i) => (
        <li key={`${c.field}-${i}`}>
          {c.label && <Typography.Text strong>{c.label}: </Typography.Text>}
          {c.old !== undefined && <span className="audit-old">{c.old}</span>}
          {c.old !== undefined && c.new !== undefined && <span aria-hidden> → </span>}
          {c.new !== undefined && <span className="audit-new">{c.new}</span>}
        </li>
      ))}
    </ul>
  );
}

export { AuditPage as Component };
