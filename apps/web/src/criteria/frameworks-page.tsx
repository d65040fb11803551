import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { managesCouncil } from '../auth/roles';
import { useSignedIn } from '../auth/require-session';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useFrameworks, useProfiles } from './api';
import { FrameworkCreateModal } from './framework-create-modal';
import { FrameworkDetail } from './framework-detail';
import { tc } from './texts';
import type { FrameworkSummary } from './types';
import { useSetAddressParams } from '../app/address-params';
import { useAddressCouncil } from '../app/address-council';

const t = tc.frameworks;
const PAGE_SIZE = 20;

/**
 * The council's criteria frameworks (SPEC §5): a list by code and revision, filtered by status or name
 * (`?trangThai=…&q=…&trang=…`); one framework at `?khung=<id>`. The standing office creates (from a
 * built-in profile or another framework), edits, issues and revises; everyone else reads.
 */
function FrameworksPage() {
  usePageTitle(t.heading);
  const session = useSignedIn();
  const { message } = App.useApp();
  const [search] = useSearchParams();
  const set = useSetAddressParams('push');
  const [creating, setCreating] = useState(false);
  const { council, instead } = useAddressCouncil(vi.errors.notFound);
  const manages = managesCouncil(session, council);
  const status = search.get('trangThai') ?? undefined;
  const q = search.get('q') ?? '';
  const page = Math.max(1, Number(search.get('trang') ?? '1') || 1);
  const list = useFrameworks(council?.id, { status, q: q || undefined, page, pageSize: PAGE_SIZE });
  const profiles = useProfiles();
  const opened = search.get('khung');

  if (!council) return instead;

  const open = (id: string | null) => set({ khung: id });
  const profileName = (id: string | null) =>
    profiles.data?.find((p) => p.id === id)?.name ?? id ?? t.noProfile;

  const header = (
    <div className="page-header">
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t.heading}
        </Typography.Title>
        <Typography.Text type="secondary" className="wrap-anywhere">
          {t.subtitle}
        </Typography.Text>
      </div>
      {!opened && (
        <Tooltip title={manages ? undefined : t.readOnlyNote}>
          <span style={{ display: 'inline-block' }}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!manages}
              onClick={() => setCreating(true)}
            >
              {t.create}
            </Button>
          </span>
        </Tooltip>
      )}
    </div>
  );

  if (opened)
    return (
      <>
        {header}
        <Card className="page-card">
          <FrameworkDetail councilId={council.id} frameworkId={opened} onOpen={open} />
        </Card>
      </>
    );

  return (
    <>
      {header}
      {!manages && <Alert type="info" showIcon title={t.readOnlyNote} style={{ marginBottom: 16 }} />}
      <Card className="page-card">
        <Flex wrap gap={12} style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label={t.search}
            placeholder={t.search}
            defaultValue={q}
            allowClear
            onSearch={(value) => set({ q: value.trim(), trang: null })}
            style={{ maxWidth: 320 }}
          />
          <Select
            aria-label={t.filterStatus}
            value={status ?? ''}
            onChange={(value: string) => set({ trangThai: value, trang: null })}
            options={[
              { value: '', label: t.allStatuses },
              { value: 'draft', label: tc.status.draft },
              { value: 'issued', label: tc.status.issued },
            ]}
            style={{ width: 200 }}
          />
        </Flex>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<FrameworkSummary>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t.empty }}
            scroll={{ x: 720 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              hideOnSinglePage: true,
              onChange: (p) => set({ trang: String(p) }),
            }}
            columns={[
              {
                title: t.columns.name,
                key: 'name',
                render: (_, f) => (
                  <Flex vertical>
                    <Button
                      type="link"
                      onClick={() => open(f.id)}
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                      className="wrap-anywhere"
                    >
                      {f.name}
                    </Button>
                  </Flex>
                ),
              },
              { title: t.columns.revision, dataIndex: 'revision', width: 100 },
              {
                title: t.columns.unitType,
                key: 'unitType',
                width: 150,
                render: (_, f) => (f.unitType ? vi.unitTypes[f.unitType] : t.anyUnitType),
              },
              {
                title: t.columns.profile,
                key: 'profile',
                width: 220,
                render: (_, f) => <span className="wrap-anywhere">{profileName(f.profileCode)}</span>,
              },
              {
                title: t.columns.status,
                key: 'status',
                width: 130,
                render: (_, f) => <Tag color={tc.statusColor[f.status]}>{tc.status[f.status]}</Tag>,
              },
              {
                title: t.columns.document,
                key: 'document',
                width: 190,
                render: (_, f) =>
                  f.documentNumber ? `${f.documentNumber}, ${formatDate(f.documentDate)}` : '',
              },
            ]}
          />
        )}
      </Card>
      {creating && (
        <FrameworkCreateModal
          councilId={council.id}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void message.success(t.created);
            open(created.id);
          }}
        />
      )}
    </>
  );
}

export { FrameworksPage as Component };
