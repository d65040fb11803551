import { Alert, App, Button, Card, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { formatScore } from '../format';
import { quotaTexts as t } from './chart-texts';
import { type Quota, useQuotas, useSaveQuota } from './quota-api';
import type { ResultDocument } from './types';
import { ProblemAlert } from '../shared/problem-alert';
import { StaleAlert } from '../shared/stale-alert';

interface LadderRow {
  code: string;
  name: string;
  minScore: number;
  quota: Quota | undefined;
  awarded: string[];
  pending: string[];
}

interface QuotasPanelProps {
  clusterId: string;
  awards: { code: string; name: string; minScore: number }[];
  document: ResultDocument;
  /** Whether the user may set quotas (the standing office; the server decides again). */
  canSet: boolean;
}

/** The cluster's award ladder: each level's quota beside the units the engine proposes for it. */
export function QuotasPanel({ clusterId, awards, document, canSet }: QuotasPanelProps) {
  const quotas = useQuotas(clusterId);
  const [editing, setEditing] = useState<LadderRow | null>(null);
  const rows: LadderRow[] = awards.map((award) => ({
    ...award,
    quota: quotas.data?.find((q) => q.awardCode === award.code),
    awarded: document.units.filter((u) => u.award === award.code).map((u) => u.name),
    pending: document.pendingVotes
      .filter((p) => p.award === award.code)
      .flatMap((p) => p.units.map((code) => document.units.find((u) => u.unit === code)?.name ?? code)),
  }));

  return (
    <Card className="page-card" title={t.title} data-testid="quotas-panel">
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {quotas.isError && (
        <Alert
          role="status"
          type="warning"
          showIcon
          title={quotas.error.message}
          style={{ marginBottom: 12 }}
        />
      )}
      {awards.length === 0 ? (
        <Alert role="status" type="info" showIcon title={t.noLadder} />
      ) : (
        <Table<LadderRow>
          rowKey="code"
          size="small"
          loading={quotas.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t.award,
              key: 'award',
              render: (_, r) => <span className="wrap-anywhere">{r.name}</span>,
            },
            { title: t.minScore, key: 'min', align: 'right', render: (_, r) => formatScore(r.minScore) },
            {
              title: t.quota,
              key: 'quota',
              align: 'right',
              render: (_, r) => (r.quota ? r.quota.quota : <Tag>{t.unlimited}</Tag>),
            },
            {
              title: t.sourceNumber,
              key: 'source',
              render: (_, r) => r.quota?.sourceNumber ?? '',
            },
            {
              title: t.result,
              key: 'result',
              render: (_, r) => (
                <span className="wrap-anywhere">
                  <strong>{t.resultCount(r.awarded.length)}</strong>
                  {r.awarded.length > 0 && `: ${r.awarded.join(', ')}`}
                  {r.pending.length > 0 && (
                    <Tag color="orange" style={{ marginInlineStart: 8 }}>
                      {t.pending(r.pending.length)}
                    </Tag>
                  )}
                </span>
              ),
            },
            ...(canSet
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, r: LadderRow) =>
                      (!r.quota || r.quota.abilities.update) && (
                        <Button
                          size="small"
                          onClick={() => setEditing(r)}
                          aria-label={`${r.quota ? t.edit : t.set}: ${r.name}`}
                        >
                          {r.quota ? t.edit : t.set}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && <QuotaForm clusterId={clusterId} row={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

interface QuotaValues {
  quota: string;
  sourceNumber: string;
  note?: string;
  reason?: string;
}

function QuotaForm({ clusterId, row, onClose }: { clusterId: string; row: LadderRow; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<QuotaValues>();
  const save = useSaveQuota(clusterId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [stale, setStale] = useState(false);
  const quota = row.quota ?? null;

  const finish = async (values: QuotaValues) => {
    setProblem(null);
    const text = values.quota.trim();
    if (!/^\d+$/.test(text)) return form.setFields([{ name: 'quota', errors: [t.notWhole] }]);
    const input = {
      quota: Number(text),
      sourceNumber: values.sourceNumber.trim(),
      note: values.note?.trim() || null,
      ...(quota
        ? { version: quota.version, ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}) }
        : { awardCode: row.code }),
    };
    try {
      await save.mutateAsync({ quota, input });
      void message.success(t.saved);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) setStale(true);
      else setProblem(showFieldErrors(form, error, ['quota', 'sourceNumber', 'note', 'reason', 'awardCode']));
    }
  };

  return (
    <Modal
      open
      title={quota ? t.editTitle(row.name) : t.setTitle(row.name)}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <StaleAlert
        stale={stale}
        title={t.stale}
        reloadText={t.staleReload}
        onReload={onClose}
        primary={false}
      />
      <ProblemAlert problem={problem} title={t.notSaved} />
      <Form<QuotaValues>
        form={form}
        layout="vertical"
        name="quota"
        initialValues={{
          quota: quota ? String(quota.quota) : '',
          sourceNumber: quota?.sourceNumber ?? '',
          note: quota?.note ?? '',
        }}
        onFinish={(values) => void finish(values)}
        disabled={save.isPending}
      >
        <Form.Item
          label={t.quota}
          name="quota"
          rules={[{ required: true, whitespace: true, message: t.quotaRequired }]}
        >
          <Input inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t.sourceNumber}
          name="sourceNumber"
          extra={t.sourceNumberHelp}
          rules={[{ required: true, whitespace: true, message: t.sourceRequired }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t.note} name="note">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        {quota && (
          <Form.Item label={t.reason} name="reason">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
