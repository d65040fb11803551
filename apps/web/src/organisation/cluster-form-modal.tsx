import { App, Form, Input, Select } from 'antd';
import { showDuplicateAs } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { ModalForm } from '../shared/form-modal';
import { blank } from '../shared/form-values';
import { useCouncilMembers, usePeriodMutations } from './api';
import { CLUSTER_KINDS, t } from './texts';
import type { ClusterKind, Period } from './types';

interface Values {
  name: string;
  code: string;
  kind: ClusterKind;
  followerUserId?: string | null;
  helperOffice?: string;
}

const FIELDS = ['name', 'code', 'kind', 'followerUserId', 'helperOffice'];

/** Adds a cluster or block to a period. */
export function ClusterFormModal({ period, onClose }: { period: Period; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { createCluster } = usePeriodMutations(period.councilId, period.id);
  const members = useCouncilMembers(period.councilId);

  return (
    <ModalForm<Values>
      title={t.addCluster}
      okText={vi.common.save}
      notSaved={t.notSaved}
      name="cluster"
      fields={FIELDS}
      form={form}
      width={600}
      initialValues={{ kind: 'cum' }}
      onClose={onClose}
      // A code already used in the period is refused by the database, without a field: the code.
      refusal={(error) => showDuplicateAs('code', form, error, FIELDS)}
      save={async (values) => {
        const created = await createCluster.mutateAsync({
          name: values.name,
          code: values.code,
          kind: values.kind,
          followerUserId: values.followerUserId ?? null,
          helperOffice: blank(values.helperOffice),
        });
        void message.success(t.clusterCreated(created.name));
      }}
    >
      <ClusterFields followers={members.data ?? []} loadingFollowers={members.isPending} />
    </ModalForm>
  );
}

/** The fields of a cluster, shared by the add dialog and the cluster's own panel. */
export function ClusterFields({
  followers,
  loadingFollowers,
}: {
  followers: { id: string; displayName: string; username: string }[];
  loadingFollowers: boolean;
}) {
  return (
    <>
      <Form.Item
        label={t.clusterName}
        name="name"
        rules={[{ required: true, whitespace: true, message: t.clusterNameRequired }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t.clusterCode}
        name="code"
        extra={t.clusterCodeHelp}
        rules={[{ required: true, whitespace: true, message: t.clusterCodeRequired }]}
      >
        <Input autoComplete="off" spellCheck={false} maxLength={60} />
      </Form.Item>
      <Form.Item label={t.kind} name="kind">
        <Select options={(['cum', 'khoi'] as const).map((k) => ({ value: k, label: CLUSTER_KINDS[k] }))} />
      </Form.Item>
      <Form.Item label={t.follower} name="followerUserId">
        <Select
          allowClear
          placeholder={t.noFollower}
          loading={loadingFollowers}
          disabled={loadingFollowers}
          showSearch={{ optionFilterProp: 'label' }}
          options={followers.map((f) => ({ value: f.id, label: f.displayName }))}
        />
      </Form.Item>
      <Form.Item label={t.helperOffice} name="helperOffice">
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}
