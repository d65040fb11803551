import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { DateField } from './date-field';
import { registrationKeys, usePacts } from './api';
import { regTexts } from './texts';
import { UnitRows } from './unit-rows';
import type { Pact, PactRow } from './types';
import { ProblemAlert } from '../shared/problem-alert';

const t = regTexts.pact;
const FIELDS = ['signedOn', 'documentNumber', 'note', 'unitIds'];

interface PactFormValues {
  signedOn: string;
  documentNumber?: string;
  note?: string;
  unitIds: string[];
}

/** The pact signing of the cluster: who signed, when, under which document; the leader records it. */
export function PactCard({
  clusterId,
  clusterName,
  canRecord,
  compact,
}: {
  clusterId: string;
  clusterName: string;
  canRecord: boolean;
  compact: boolean;
}) {
  const pacts = usePacts(clusterId);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<PactRow | null>(null);

  let body;
  if (pacts.isError) body = <LoadError error={pacts.error} onRetry={() => void pacts.refetch()} />;
  else if (pacts.isPending)
    body = (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else {
    const rows = pacts.data;
    const signed = rows.filter((r) => r.pact).length;
    const edit = (row: PactRow) =>
      row.pact?.abilities.update ? (
        <Button size="small" onClick={() => setEditing(row)} aria-label={t.editTitle(row.unit.name)}>
          {t.edit}
        </Button>
      ) : null;
    const status = (row: PactRow) =>
      row.pact ? <Tag color="green">{t.signed}</Tag> : <Tag>{t.notSigned}</Tag>;
    body = (
      <Flex vertical gap={12}>
        <Flex wrap gap={12} align="center" justify="space-between">
          <Typography.Text strong>{t.summary(signed, rows.length)}</Typography.Text>
          {canRecord && (
            <Button type="primary" onClick={() => setRecording(true)} disabled={signed === rows.length}>
              {t.record}
            </Button>
          )}
        </Flex>
        <UnitRows<PactRow>
          rows={rows}
          compact={compact}
          caption={t.caption(clusterName)}
          unitTitle={t.unit}
          actions={edit}
          card={(row) => (
            <>
              <strong className="wrap-anywhere">{row.unit.name}</strong>
              <span>
                {status(row)} {row.pact && formatDate(row.pact.signedOn)} {row.pact?.documentNumber}
              </span>
              {row.pact?.note && <span className="wrap-anywhere">{row.pact.note}</span>}
            </>
          )}
          columns={[
            { title: regTexts.list.status, key: 'status', width: 110, render: (_, row) => status(row) },
            {
              title: t.signedOn,
              key: 'date',
              width: 120,
              render: (_, row) => formatDate(row.pact?.signedOn),
            },
            {
              title: t.documentNumber,
              key: 'doc',
              width: 170,
              render: (_, row) => row.pact?.documentNumber,
            },
            {
              title: t.place,
              key: 'note',
              render: (_, row) => <span className="wrap-anywhere">{row.pact?.note}</span>,
            },
            { title: vi.common.actions, key: 'edit', width: 90, render: (_, row) => edit(row) },
          ]}
        />
      </Flex>
    );
  }

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t.title}
      </Typography.Title>
      {body}
      {recording && pacts.data && (
        <PactModal clusterId={clusterId} rows={pacts.data} onClose={() => setRecording(false)} />
      )}
      {editing && pacts.data && (
        <PactModal
          clusterId={clusterId}
          rows={pacts.data}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

/**
 * Records the signing for the chosen units (one record each, the same date, document and place), or
 * edits one record. Units are recorded one after another; the first refusal stops and is shown.
 */
function PactModal({
  clusterId,
  rows,
  editing,
  onClose,
}: {
  clusterId: string;
  rows: PactRow[];
  editing?: PactRow;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PactFormValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const unsigned = rows.filter((r) => !r.pact);
  const template = editing?.pact ?? rows.find((r) => r.pact)?.pact ?? null;

  const onFinish = async (values: PactFormValues) => {
    setSaving(true);
    setProblem(null);
    const fields = {
      signedOn: values.signedOn,
      documentNumber: values.documentNumber?.trim() || null,
      note: values.note?.trim() || null,
    };
    let done = 0;
    try {
      if (editing?.pact) {
        await api.patch<Pact>(`/pacts/${editing.pact.id}`, { version: editing.pact.version, ...fields });
        void message.success(t.updated);
      } else {
        for (const unitId of values.unitIds) {
          await api.post<Pact>(`/clusters/${clusterId}/pacts`, { unitId, ...fields });
          done += 1;
        }
        void message.success(t.recorded(done));
      }
      await queryClient.invalidateQueries({ queryKey: registrationKeys.pacts(clusterId) });
      onClose();
    } catch (error) {
      if (done > 0) await queryClient.invalidateQueries({ queryKey: registrationKeys.pacts(clusterId) });
      if (isApiError(error, 'STALE')) setProblem({ code: 'STALE', message: t.stale, details: [] });
      else {
        const shown = showFieldErrors(form, error, FIELDS);
        const partly = done > 0 ? [t.partly(done, values.unitIds.length)] : [];
        setProblem(
          shown
            ? { ...shown, details: [...partly, ...shown.details] }
            : partly.length
              ? { code: 'PARTLY', message: partly[0]!, details: [] }
              : null,
        );
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? t.editTitle(editing.unit.name) : t.recordTitle}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      width={620}
    >
      <ProblemAlert problem={problem} title={t.notSaved} />
      {!editing && unsigned.length === 0 && (
        <Alert role="status" type="info" showIcon title={t.nobodyLeft} style={{ marginBottom: 16 }} />
      )}
      <Form<PactFormValues>
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={{
          signedOn: editing?.pact?.signedOn ?? template?.signedOn ?? '',
          documentNumber: template?.documentNumber ?? '',
          note: template?.note ?? '',
          unitIds: unsigned.map((r) => r.unit.id),
        }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="signedOn" label={t.signedOn} rules={[{ required: true, message: t.dateRequired }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="documentNumber" label={t.documentNumber}>
          <Input maxLength={100} placeholder={t.documentPlaceholder} />
        </Form.Item>
        <Form.Item name="note" label={t.place}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            placeholder={t.placePlaceholder}
          />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="unitIds"
            label={t.signatories}
            extra={t.signatoriesHelp}
            rules={[{ required: true, type: 'array', min: 1, message: t.required }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={unsigned.map((r) => ({ value: r.unit.id, label: r.unit.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
