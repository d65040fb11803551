import { App, Button, Flex, Form, Spin, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { showFieldErrors, type FormProblem } from '../api/form-errors';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import type { Period } from '../ranking/types';
import { type Decision, useCreateDecision, useDecisions } from './api';
import { CalendarField, TextField } from '../shared/fields';
import { ProblemAlert } from '../shared/problem-alert';
import { texts } from './texts';

interface DecisionForm {
  number: string;
  title: string;
  signedOn?: Dayjs | null;
  signer?: string;
  note?: string;
}

const FIELDS = ['number', 'title', 'signedOn', 'signer', 'note'] as const;

/** The council's decisions of a period (quyết định khen thưởng); the standing office records them. */
export function DecisionsPanel({ period, isOffice: office }: { period: Period; isOffice: boolean }) {
  // An archived period is read only: its decisions are listed, none added (the server refuses it).
  const isOffice = office && period.stage !== 'archived';
  const { message } = App.useApp();
  const decisions = useDecisions(period.id);
  const create = useCreateDecision(period.id);
  const [form] = Form.useForm<DecisionForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [adding, setAdding] = useState(false);

  if (decisions.isError)
    return <LoadError error={decisions.error} onRetry={() => void decisions.refetch()} />;
  if (!decisions.data)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={texts.loading} />
      </Flex>
    );

  const save = async (values: DecisionForm) => {
    setProblem(null);
    try {
      await create.mutateAsync({
        number: values.number,
        title: values.title,
        signedOn: values.signedOn ? values.signedOn.format('YYYY-MM-DD') : null,
        signer: values.signer?.trim() || null,
        note: values.note?.trim() || null,
      });
      form.resetFields();
      setAdding(false);
      void message.success(texts.decisionAdded);
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{texts.decisionsHelp}</Typography.Text>
      <Table<Decision>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        aria-label={texts.tabs.decisions}
        dataSource={decisions.data}
        locale={{ emptyText: texts.noDecisions }}
        columns={[
          { title: texts.columns.number, dataIndex: 'number', key: 'number' },
          {
            title: texts.columns.title,
            key: 'title',
            render: (_: unknown, d: Decision) => <span className="wrap-anywhere">{d.title}</span>,
          },
          {
            title: texts.columns.signedOn,
            key: 'signedOn',
            render: (_: unknown, d: Decision) => formatDate(d.signedOn),
          },
          { title: texts.columns.signer, dataIndex: 'signer', key: 'signer' },
        ]}
      />
      {isOffice && !adding && (
        <div>
          <Button onClick={() => setAdding(true)}>{texts.addDecision}</Button>
        </div>
      )}
      {isOffice && adding && (
        <Form
          form={form}
          layout="vertical"
          name="decision"
          onFinish={(v) => void save(v)}
          style={{ maxWidth: 640 }}
        >
          {problem && <ProblemAlert problem={problem} />}
          <TextField
            name="number"
            label={texts.columns.number}
            id="decision-number"
            required
            maxLength={100}
            placeholder={texts.numberPlaceholder}
          />
          <TextField
            name="title"
            label={texts.columns.title}
            id="decision-title"
            required
            rows={2}
            maxLength={1000}
          />
          <CalendarField name="signedOn" label={texts.columns.signedOn} id="decision-signed-on" />
          <TextField name="signer" label={texts.columns.signer} id="decision-signer" maxLength={300} />
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {texts.save}
            </Button>
            <Button onClick={() => setAdding(false)}>{texts.cancel}</Button>
          </Flex>
        </Form>
      )}
    </Flex>
  );
}
