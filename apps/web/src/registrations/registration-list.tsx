import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Flex, Form, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { vi } from '../i18n/vi';
import { registrationCommands, registrationKeys, useRegistration, useRegistrationList } from './api';
import { RegistrationView, StatusTag } from './registration-view';
import { regTexts } from './texts';
import { UnitRows } from './unit-rows';
import type { Registration, RegistrationRow } from './types';

const t = regTexts.list;

/** Every member unit's registration status in the cluster (leader first), each one openable. */
export function RegistrationList({
  clusterId,
  clusterName,
  kind,
  compact,
  onOpen,
  onActFor,
}: {
  clusterId: string;
  clusterName: string;
  kind: 'cum' | 'khoi';
  compact: boolean;
  onOpen: (registrationId: string) => void;
  /** The standing office registers for a unit (a draft or none yet) while registration is open. */
  onActFor?: (unitId: string) => void;
}) {
  const list = useRegistrationList(clusterId, 1, 500);
  const seats = kind === 'khoi' ? regTexts.seatsKhoi : regTexts.seats;
  const statusOf = (row: RegistrationRow) => row.registration?.status ?? 'missing';

  let body;
  if (list.isError) body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.isPending)
    body = (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else {
    const rows = list.data.items;
    const count = (s: string) => rows.filter((r) => statusOf(r) === s).length;
    const open = (row: RegistrationRow) => (
      <Flex wrap gap={6}>
        {row.registration && (
          <Button
            size="small"
            onClick={() => onOpen(row.registration!.id)}
            aria-label={t.openUnit(row.unit.name)}
          >
            {t.open}
          </Button>
        )}
        {onActFor && row.registration?.status !== 'submitted' && (
          <Button size="small" onClick={() => onActFor(row.unit.id)} aria-label={t.actForUnit(row.unit.name)}>
            {t.actFor}
          </Button>
        )}
      </Flex>
    );
    body = (
      <Flex vertical gap={12}>
        <Typography.Text strong>
          {t.summary(count('submitted'), count('draft'), count('missing'))}
        </Typography.Text>
        {list.data.allSubmitted && <Alert role="status" type="success" showIcon title={t.allSubmitted} />}
        <UnitRows<RegistrationRow>
          rows={rows}
          compact={compact}
          caption={t.caption(clusterName)}
          unitTitle={t.unit}
          emptyText={t.empty}
          actions={open}
          card={(row) => (
            <>
              <span className="wrap-anywhere">
                <strong>{row.unit.name}</strong> · {seats[row.unit.seat]}
              </span>
              <span>
                <StatusTag status={statusOf(row)} />
                {row.registration?.submittedAt && formatDate(row.registration.submittedAt)}
              </span>
            </>
          )}
          columns={[
            { title: t.seat, key: 'seat', width: 130, render: (_, row) => seats[row.unit.seat] },
            {
              title: t.status,
              key: 'status',
              width: 150,
              render: (_, row) => <StatusTag status={statusOf(row)} />,
            },
            {
              title: t.submittedAt,
              key: 'submittedAt',
              width: 130,
              render: (_, row) => formatDate(row.registration?.submittedAt),
            },
            {
              title: vi.common.actions,
              key: 'open',
              width: onActFor ? 190 : 100,
              render: (_, row) => open(row),
            },
          ]}
        />
      </Flex>
    );
  }

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t.title}
        </Typography.Title>
        <ExportExcelButton
          path={`/clusters/${clusterId}/spreadsheets/registrations`}
          title={t.caption(clusterName)}
        />
      </Flex>
      {body}
    </Card>
  );
}

/** One registration in a drawer: read it, print it, and (the standing office) reopen it. */
export function RegistrationDrawer({
  registrationId,
  compact,
  onClose,
  onPrint,
}: {
  registrationId: string | null;
  compact: boolean;
  onClose: () => void;
  onPrint: (registrationId: string) => void;
}) {
  const registration = useRegistration(registrationId ?? undefined);
  const [reopening, setReopening] = useState<Registration | null>(null);
  const data = registration.data;
  return (
    <Drawer
      open={registrationId !== null}
      onClose={onClose}
      size={compact ? '100%' : 820}
      title={data ? regTexts.detail.title(data.unit.name) : vi.app.loading}
      extra={
        data && (
          <Flex gap={8} wrap>
            <Button onClick={() => onPrint(data.id)}>{regTexts.form.print}</Button>
            {data.abilities.reopen && (
              <Button type="primary" onClick={() => setReopening(data)}>
                {regTexts.detail.reopen}
              </Button>
            )}
          </Flex>
        )
      }
    >
      {registration.isError ? (
        <LoadError error={registration.error} onRetry={() => void registration.refetch()} />
      ) : data ? (
        <RegistrationView registration={data} compact={compact} />
      ) : (
        <Spin description={vi.app.loading} />
      )}
      {reopening && <ReopenModal registration={reopening} onClose={() => setReopening(null)} />}
    </Drawer>
  );
}

function ReopenModal({ registration, onClose }: { registration: Registration; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setProblem(null);
    try {
      const reopened = await registrationCommands.reopen(registration.id, registration.version, reason);
      queryClient.setQueryData(registrationKeys.one(reopened.id), reopened);
      await queryClient.invalidateQueries(registrationKeys.all);
      void message.success(regTexts.detail.reopened);
      onClose();
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        await queryClient.invalidateQueries(registrationKeys.all);
        setProblem({ code: 'STALE', message: regTexts.form.stale, details: [error.message] });
      } else setProblem(showFieldErrors(form, error, ['reason']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={regTexts.detail.reopenTitle}
      okText={regTexts.detail.reopenOk}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
    >
      {problem && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={problem.message}
          description={problem.details.join('. ') || undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)}>
        <Form.Item name="reason" label={regTexts.detail.reopenReason}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
