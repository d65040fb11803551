import { seatName } from '@thidua/vocabulary';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Popconfirm,
  Select,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { capitalise, formNamePath } from '../api/field-paths';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { useSavedValues } from '../shared/use-saved-values';
import { vi } from '../i18n/vi';
import { useAllUnits, useCluster, useCouncilMembers, usePeriodMutations } from './api';
import { ClusterFields } from './cluster-form-modal';
import { leadershipOf, seatsOf } from './deadlines';
import { LeadershipHistory } from './leadership-history';
import { PeriodFileImport } from './period-file-import';
import { CLUSTER_KINDS, t } from './texts';
import type { Cluster, ClusterKind, ClusterMember, Period } from './types';

interface InfoValues {
  name: string;
  code: string;
  kind: ClusterKind;
  followerUserId?: string | null;
  helperOffice?: string | null;
}

interface SeatValues {
  leader?: string;
  deputy1?: string;
  deputy2?: string;
}

/**
 * One cluster: its details, members, leader and deputies, and who led it in earlier years. Every write
 * carries the version read; after setup the server wants a reason, asked for once at the top.
 */
export function ClusterDrawer({
  period,
  clusterId,
  allClusters,
  onClose,
}: {
  period: Period;
  clusterId: string;
  allClusters: Cluster[];
  onClose: () => void;
}) {
  const screens = Grid.useBreakpoint();
  const query = useCluster(clusterId);
  const cluster = query.data ?? allClusters.find((c) => c.id === clusterId);
  const title = cluster?.name ?? t.clustersHeading;
  return (
    <Drawer
      open
      title={<span className="wrap-anywhere">{title}</span>}
      size={screens.md ? 720 : '100%'}
      onClose={onClose}
      closable={{ 'aria-label': t.close }}
      destroyOnHidden
    >
      {query.isError && !cluster ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !cluster ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={vi.app.loading} />
        </Flex>
      ) : (
        <ClusterPanel
          period={period}
          cluster={cluster}
          allClusters={allClusters}
          reload={() => void query.refetch()}
        />
      )}
    </Drawer>
  );
}

function ClusterPanel({
  period,
  cluster,
  allClusters,
  reload,
}: {
  period: Period;
  cluster: Cluster;
  allClusters: Cluster[];
  reload: () => void;
}) {
  const { message } = App.useApp();
  const mutations = usePeriodMutations(period.councilId, period.id);
  const followers = useCouncilMembers(cluster.abilities.update ? period.councilId : undefined);
  const units = useAllUnits(cluster.abilities.editMembers ? period.councilId : undefined);
  const [infoForm] = Form.useForm<InfoValues>();
  const [seatForm] = Form.useForm<SeatValues>();
  const [reasonForm] = Form.useForm<{ reason?: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [adding, setAdding] = useState<string[]>([]);
  const editable = cluster.abilities.editMembers;
  const needsReason = editable && cluster.abilities.reasonRequired;

  // The forms follow the cluster as saved (after a save, someone else's change), not every refetch.
  useSavedValues(seatForm, cluster.id, { deputy2: undefined, ...leadershipOf(cluster) });
  useSavedValues(
    infoForm,
    cluster.id,
    cluster.abilities.update
      ? {
          name: cluster.name,
          code: cluster.code,
          kind: cluster.kind,
          followerUserId: cluster.follower?.userId ?? null,
          helperOffice: cluster.helperOffice ?? '',
        }
      : null,
  );

  const reason = (): string | undefined => {
    const text = (reasonForm.getFieldValue('reason') as string | undefined)?.trim();
    return text ? text : undefined;
  };

  /** A refusal: STALE reloads; a reason problem shows beside the reason box; the rest above. */
  const refused = (error: unknown, form: typeof seatForm | typeof infoForm | null, fields: string[]) => {
    if (isApiError(error, 'STALE')) {
      setProblem({ code: 'STALE', message: t.stale, details: [] });
      void message.warning(t.stale);
      reload();
      return;
    }
    if (isApiError(error)) {
      const reasonError = error.fields.find((f) => /^(body|query)\.reason$/.test(f.path));
      if (reasonError) {
        reasonForm.setFields([{ name: 'reason', errors: [capitalise(reasonError.message)] }]);
        return;
      }
      if (form) {
        setProblem(showFieldErrors(form, error, fields));
        return;
      }
      setProblem({
        code: error.code,
        message: error.message,
        details: error.fields.map((f) => capitalise(f.message)),
      });
      return;
    }
    setProblem({ code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] });
  };

  const saveInfo = async (values: InfoValues) => {
    setProblem(null);
    try {
      const saved = await mutations.updateCluster.mutateAsync({
        id: cluster.id,
        version: cluster.version,
        name: values.name,
        code: values.code,
        kind: values.kind,
        followerUserId: values.followerUserId ?? null,
        helperOffice: values.helperOffice?.trim() ? values.helperOffice.trim() : null,
      });
      void message.success(t.clusterSaved(saved.name));
    } catch (error) {
      refused(error, infoForm, ['name', 'code', 'kind', 'followerUserId', 'helperOffice']);
    }
  };

  const addMembers = async () => {
    if (adding.length === 0) return;
    setProblem(null);
    try {
      await mutations.addMembers.mutateAsync({
        id: cluster.id,
        version: cluster.version,
        unitIds: adding,
        ...(reason() ? { reason: reason()! } : {}),
      });
      void message.success(t.membersAdded(adding.length));
      setAdding([]);
    } catch (error) {
      refused(error, null, []);
    }
  };

  const removeMember = async (member: ClusterMember) => {
    setProblem(null);
    try {
      await mutations.removeMember.mutateAsync({
        id: cluster.id,
        unitId: member.unitId,
        version: cluster.version,
        ...(reason() ? { reason: reason()! } : {}),
      });
      void message.success(t.memberRemoved(member.name));
    } catch (error) {
      refused(error, null, []);
    }
  };

  const saveSeats = async (values: SeatValues) => {
    setProblem(null);
    if (!values.leader) return;
    try {
      await mutations.setLeadership.mutateAsync({
        id: cluster.id,
        version: cluster.version,
        seats: seatsOf(values.leader, [values.deputy1, values.deputy2]),
        ...(reason() ? { reason: reason()! } : {}),
      });
      void message.success(t.leadershipSaved);
    } catch (error) {
      // `body.seats[1].unitId` names the first deputy's box, and so on.
      if (isApiError(error) && error.code !== 'STALE') {
        const boxes = ['leader', 'deputy1', 'deputy2'] as const;
        const placed = error.fields.flatMap((f) => {
          const path = formNamePath(f.path);
          const box = path?.[0] === 'seats' && typeof path[1] === 'number' ? boxes[path[1]] : undefined;
          return box ? [{ name: box, errors: [capitalise(f.message)] }] : [];
        });
        if (placed.length > 0) {
          seatForm.setFields(placed);
          return;
        }
      }
      refused(error, null, []);
    }
  };

  const seatedElsewhere = new Set(
    allClusters.filter((c) => c.id !== cluster.id).flatMap((c) => c.members.map((m) => m.unitId)),
  );
  const here = new Set(cluster.members.map((m) => m.unitId));
  const unitOptions = (units.data ?? [])
    .filter((u) => u.active && !here.has(u.id) && !seatedElsewhere.has(u.id))
    // By name and kind, as the unit list says it; the code stays searchable but is not shown.
    .map((u) => ({
      value: u.id,
      label: `${u.name} — ${vi.unitTypes[u.type]}`,
      search: `${u.name} ${u.code}`,
    }));
  const memberOptions = cluster.members.map((m) => ({ value: m.unitId, label: m.name }));

  const memberColumns: TableColumnsType<ClusterMember> = [
    {
      title: t.members,
      key: 'name',
      render: (_, m) => (
        <div className="wrap-anywhere">
          <Typography.Text>{m.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {vi.unitTypes[m.type]}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t.seat,
      key: 'seat',
      width: 130,
      render: (_, m) =>
        m.seat === 'member' ? (
          <Tag>{seatName('member', cluster.kind)}</Tag>
        ) : (
          <Tag color={m.seat === 'leader' ? 'gold' : 'blue'}>
            {seatName(m.seat, cluster.kind)}
            {m.seat === 'deputy' && m.deputyRank ? ` ${m.deputyRank}` : ''}
          </Tag>
        ),
    },
  ];
  if (editable) {
    memberColumns.push({
      title: <span className="visually-hidden">{vi.common.actions}</span>,
      key: 'remove',
      width: 64,
      render: (_, m) => (
        <Popconfirm
          title={t.removeConfirm(m.name)}
          okText={t.removeMember}
          cancelText={vi.common.cancel}
          onConfirm={() => void removeMember(m)}
        >
          <Button danger icon={<DeleteOutlined />} aria-label={t.removeMemberOf(m.name)} />
        </Popconfirm>
      ),
    });
  }

  return (
    <Flex vertical gap={24}>
      {problem && (
        <Alert
          role="alert"
          type={problem.code === 'STALE' ? 'warning' : 'error'}
          showIcon
          title={problem.code === 'STALE' ? problem.message : t.notSaved}
          description={
            problem.code === 'STALE' ? undefined : [problem.message, ...problem.details].join('. ')
          }
          closable={{ onClose: () => setProblem(null) }}
        />
      )}

      {needsReason && (
        <Form form={reasonForm} layout="vertical" name="cluster-reason">
          <Form.Item label={t.reasonAfterSetup} name="reason">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Form>
      )}

      <section aria-labelledby="cluster-members">
        <Typography.Title level={3} id="cluster-members" style={{ fontSize: 16 }}>
          {t.members} ({cluster.members.length})
        </Typography.Title>
        {editable && (
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Select
              mode="multiple"
              aria-label={t.addMembersLabel}
              placeholder={t.addMembersPlaceholder}
              notFoundContent={t.noUnitToAdd}
              value={adding}
              onChange={setAdding}
              options={unitOptions}
              loading={units.isPending}
              disabled={units.isPending}
              showSearch={{ optionFilterProp: 'search' }}
              style={{ flex: '1 1 280px', minWidth: 0 }}
            />
            <Button
              icon={<PlusOutlined />}
              onClick={() => void addMembers()}
              disabled={adding.length === 0}
              loading={mutations.addMembers.isPending}
            >
              {t.addMembers}
            </Button>
          </Flex>
        )}
        <Table<ClusterMember>
          rowKey="unitId"
          columns={memberColumns}
          dataSource={cluster.members}
          pagination={false}
          size="small"
          locale={{ emptyText: t.noMembers }}
          aria-label={t.members}
        />
      </section>

      <section aria-labelledby="cluster-seats">
        <Typography.Title level={3} id="cluster-seats" style={{ fontSize: 16 }}>
          {t.leadershipHeading}
        </Typography.Title>
        {editable ? (
          <Form<SeatValues>
            form={seatForm}
            name="cluster-seats"
            layout="vertical"
            onFinish={(values) => void saveSeats(values)}
            disabled={mutations.setLeadership.isPending}
          >
            <Typography.Paragraph type="secondary">{t.leadershipHelp}</Typography.Paragraph>
            <Form.Item label={t.leader} name="leader" rules={[{ required: true, message: t.leaderRequired }]}>
              <Select
                options={memberOptions}
                placeholder={t.chooseUnit}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
            <Form.Item
              label={t.deputy1}
              name="deputy1"
              rules={[{ required: true, message: t.deputyRequired }]}
            >
              <Select
                options={memberOptions}
                placeholder={t.chooseUnit}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
            <Form.Item label={t.deputy2} name="deputy2">
              <Select
                allowClear
                options={memberOptions}
                placeholder={t.chooseUnit}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={mutations.setLeadership.isPending}>
              {t.saveLeadership}
            </Button>
          </Form>
        ) : (
          <SeatSummary members={cluster.members} />
        )}
      </section>

      <section aria-labelledby="cluster-info">
        <Typography.Title level={3} id="cluster-info" style={{ fontSize: 16 }}>
          {t.clusterInfo}
        </Typography.Title>
        {cluster.abilities.update ? (
          <Form<InfoValues>
            form={infoForm}
            name="cluster-info"
            layout="vertical"
            initialValues={{
              name: cluster.name,
              code: cluster.code,
              kind: cluster.kind,
              followerUserId: cluster.follower?.userId ?? null,
              helperOffice: cluster.helperOffice ?? '',
            }}
            onFinish={(values) => void saveInfo(values)}
            disabled={mutations.updateCluster.isPending}
          >
            <ClusterFields followers={followers.data ?? []} loadingFollowers={followers.isPending} />
            <Button htmlType="submit" loading={mutations.updateCluster.isPending}>
              {t.editInfo}
            </Button>
          </Form>
        ) : (
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'code', label: t.clusterCode, children: cluster.code },
              { key: 'kind', label: t.kind, children: CLUSTER_KINDS[cluster.kind] },
              { key: 'follower', label: t.follower, children: cluster.follower?.displayName ?? t.noFollower },
              { key: 'helper', label: t.helperOffice, children: cluster.helperOffice ?? '—' },
            ]}
          />
        )}
      </section>

      {cluster.abilities.update && <PeriodFileImport period={period} cluster={cluster} />}

      <section aria-labelledby="cluster-history">
        <Typography.Title level={3} id="cluster-history" style={{ fontSize: 16 }}>
          {t.historyHeading}
        </Typography.Title>
        <LeadershipHistory clusterId={cluster.id} />
      </section>
    </Flex>
  );
}

function SeatSummary({ members }: { members: ClusterMember[] }) {
  const s = leadershipOf({ members });
  const name = (id: string | undefined) => members.find((m) => m.unitId === id)?.name ?? t.notSeated;
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'leader', label: t.leader, children: name(s.leader) },
        { key: 'deputy1', label: t.deputy1, children: name(s.deputy1) },
        ...(s.deputy2 ? [{ key: 'deputy2', label: t.deputy2, children: name(s.deputy2) }] : []),
      ]}
    />
  );
}
