import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, isApiError } from '../api/client';
import { capitalise } from '../api/field-paths';
import type { FormProblem } from '../api/form-errors';
import { useUnits } from '../api/organisation';
import { apiKey } from '../api/keys';
import { type Unit, UNIT_TYPES, type UnitType } from '../api/types';
import { downloadApiFile } from '../documents/download-file';
import { vi } from '../i18n/vi';
import { ProblemAlert } from '../shared/problem-alert';
import { useUserList } from './api';
import { bulkTexts as t } from './texts';

type Delivery = 'sheet' | 'invitation';

/** What a browser accepts as an address before the server checks it again. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Tạo tài khoản hàng loạt": one staff account for each chosen unit (those without one preselected),
 * delivered as the printable credential sheet or as invitation e-mails, each unit's address typed or
 * pasted here and checked row by row. One request: the server makes everything or nothing, as one
 * audit batch.
 */
export function BulkAccountsModal({ councilId, onClose }: { councilId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits(councilId, { q: '', page: 1, pageSize: 500 });
  const staff = useUserList(councilId, {
    q: '',
    role: 'unitStaff',
    includeEnded: false,
    page: 1,
    pageSize: 500,
  });
  const staffed = useMemo(
    () =>
      new Set(
        (staff.data?.items ?? []).flatMap((u) =>
          u.memberships
            .filter((m) => m.councilId === councilId && m.role === 'unitStaff' && !m.endedAt && m.unitId)
            .map((m) => m.unitId!),
        ),
      ),
    [staff.data, councilId],
  );
  const active = useMemo(() => (units.data?.items ?? []).filter((u) => u.active), [units.data]);
  const loaded = units.isSuccess && staff.isSuccess;

  const [type, setType] = useState<UnitType | ''>('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [prefix, setPrefix] = useState('tdkt');
  const [delivery, setDelivery] = useState<Delivery>('sheet');
  const [emails, setEmails] = useState<Record<string, string>>({});
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  // Every unit without an account is chosen until the administrator changes the choice.
  const selected = chosen ?? (loaded ? active.filter((u) => !staffed.has(u.id)).map((u) => u.id) : []);
  const shown = active.filter((u) => type === '' || u.type === type);
  // In the table's order, so "dòng N" means the same row to the administrator and to the server.
  const rows = active.filter((u) => selected.includes(u.id));

  const fillFromPaste = () => {
    const next = { ...emails };
    const unmatched: string[] = [];
    pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .forEach((line, i) => {
        const parts = line.split(/[\t,;]+|\s+/).filter(Boolean);
        const email = parts.at(-1) ?? '';
        const key = parts.slice(0, -1).join(' ').toLowerCase();
        const unit = active.find((u) => u.code.toLowerCase() === key || u.name.toLowerCase() === key);
        if (unit && parts.length > 1) next[unit.id] = email;
        else unmatched.push(t.pasteUnmatched(i + 1, line));
      });
    setEmails(next);
    setProblem(unmatched.length ? { code: 'PASTE', message: t.pasteProblem, details: unmatched } : null);
  };

  const rowProblems = (): string[] =>
    rows.flatMap((u, i) => {
      const email = (emails[u.id] ?? '').trim();
      if (!email) return [t.rowNoEmail(i + 1, u.name)];
      if (!EMAIL.test(email)) return [t.rowBadEmail(i + 1, u.name, email)];
      return [];
    });

  const submit = async () => {
    setProblem(null);
    if (rows.length === 0) return setProblem({ code: 'EMPTY', message: t.noneChosen, details: [] });
    const usernamePrefix = prefix.trim();
    if (delivery === 'invitation') {
      const problems = rowProblems();
      if (problems.length) return setProblem({ code: 'VALIDATION', message: t.checkRows, details: problems });
    }
    setSaving(true);
    try {
      if (delivery === 'sheet') {
        await downloadApiFile(
          `/councils/${councilId}/users/bulk/sheet`,
          {},
          'Phiếu cấp tài khoản.pdf',
          t.failed,
          { unitIds: rows.map((u) => u.id), usernamePrefix },
        );
        void message.success(t.sheetDone(rows.length));
      } else {
        const result = await api.post<{ created: unknown[]; skipped: unknown[] }>(
          `/councils/${councilId}/users/bulk/invitations`,
          {
            invitations: rows.map((u) => ({ unitId: u.id, email: (emails[u.id] ?? '').trim() })),
            usernamePrefix,
          },
        );
        void message.success(t.invitationsDone(result.created.length));
      }
      await queryClient.invalidateQueries({ queryKey: apiKey(`/councils/${councilId}/users`) });
      onClose();
    } catch (error) {
      setSaving(false);
      setProblem(
        isApiError(error)
          ? {
              code: error.code,
              message: error.message,
              details: error.fields.map((f) => capitalise(f.message)),
            }
          : {
              code: 'FAILED',
              message: error instanceof Error ? error.message : vi.errors.unexpected,
              details: [],
            },
      );
    }
  };

  const columns = [
    { title: t.unit, key: 'name', render: (_: unknown, u: Unit) => u.name },
    { title: t.code, dataIndex: 'code', key: 'code', responsive: ['md' as const] },
    { title: t.type, key: 'type', render: (_: unknown, u: Unit) => vi.unitTypes[u.type] },
    {
      title: t.account,
      key: 'account',
      render: (_: unknown, u: Unit) =>
        staffed.has(u.id) ? <Tag>{t.hasAccount}</Tag> : <Tag color="blue">{t.noAccount}</Tag>,
    },
    ...(delivery === 'invitation'
      ? [
          {
            title: t.email,
            key: 'email',
            render: (_: unknown, u: Unit) => {
              const value = emails[u.id] ?? '';
              const on = selected.includes(u.id);
              return (
                <Input
                  aria-label={t.emailOf(u.name)}
                  value={value}
                  disabled={!on}
                  status={on && value.trim() && !EMAIL.test(value.trim()) ? 'error' : undefined}
                  onChange={(event) => setEmails({ ...emails, [u.id]: event.target.value })}
                  placeholder="donvi@xa.gov.vn"
                />
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Modal
      open
      title={t.title}
      width={900}
      onCancel={onClose}
      okText={delivery === 'sheet' ? t.submitSheet : t.submitInvitations}
      cancelText={vi.common.cancel}
      onOk={() => void submit()}
      okButtonProps={{ loading: saving, disabled: !loaded }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t.intro}
        </Typography.Paragraph>
        <ProblemAlert problem={problem} />
        <Form layout="vertical" requiredMark={false} component="div">
          <Flex gap={16} wrap>
            <Form.Item label={t.prefix} extra={t.prefixHelp(prefix.trim())} style={{ marginBottom: 0 }}>
              <Input
                aria-label={t.prefix}
                value={prefix}
                onChange={(e) => setPrefix(e.target.value)}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Form.Item label={t.typeFilter} style={{ marginBottom: 0 }}>
              <Select
                aria-label={t.typeFilter}
                value={type}
                onChange={setType}
                style={{ minWidth: 200 }}
                options={[
                  { value: '', label: t.allTypes },
                  ...UNIT_TYPES.map((value) => ({ value, label: vi.unitTypes[value] })),
                ]}
              />
            </Form.Item>
            <Form.Item label={t.delivery} style={{ marginBottom: 0 }}>
              <Radio.Group
                value={delivery}
                onChange={(e) => setDelivery(e.target.value as Delivery)}
                options={[
                  { value: 'sheet', label: t.bySheet },
                  { value: 'invitation', label: t.byInvitation },
                ]}
              />
            </Form.Item>
          </Flex>
        </Form>
        {delivery === 'invitation' && (
          <Flex vertical gap={4}>
            <Alert role="note" type="info" showIcon title={t.invitationHelp} />
            <Input.TextArea
              aria-label={t.paste}
              placeholder={t.pastePlaceholder}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
            <Button onClick={fillFromPaste} disabled={!pasted.trim()} style={{ alignSelf: 'flex-start' }}>
              {t.fill}
            </Button>
          </Flex>
        )}
        <Flex gap={8} wrap align="center">
          <Typography.Text>{t.chosen(rows.length)}</Typography.Text>
          <Button
            size="small"
            onClick={() => setChosen(active.filter((u) => !staffed.has(u.id)).map((u) => u.id))}
          >
            {t.chooseAll}
          </Button>
          <Button size="small" onClick={() => setChosen([])}>
            {t.chooseNone}
          </Button>
        </Flex>
        <Table<Unit>
          rowKey="id"
          size="small"
          aria-label={t.unitsTable}
          loading={!loaded}
          columns={columns}
          dataSource={shown}
          pagination={false}
          scroll={{ y: 360 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => {
              // The filter hides rows; what is hidden stays as chosen.
              const hidden = selected.filter((id) => !shown.some((u) => u.id === id));
              setChosen([...hidden, ...keys.map(String)]);
            },
            getCheckboxProps: (u) => ({ disabled: staffed.has(u.id), 'aria-label': t.choose(u.name) }),
          }}
        />
      </Flex>
    </Modal>
  );
}
