import { Alert, Form, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { type Decision, type Proposal, type ProposalAction, useProposalAction } from './api';
import { ReasonField, SelectField, TextField } from '../shared/fields';
import { ProblemAlert } from '../shared/problem-alert';
import { texts } from './texts';

export type ActionKind = ProposalAction['kind'];

interface Values {
  reason?: string;
  awardCode?: string;
  note?: string;
  outcome?: 'approved' | 'rejected';
  decisionId?: string;
}

const TITLES: Record<ActionKind, (unit: string) => string> = {
  adjust: texts.adjustTitle,
  withdraw: texts.withdrawTitle,
  return: texts.returnTitle,
  decide: texts.decideTitle,
};

/**
 * One change of one proposal, always with its reason (the audit log keeps it): adjust the award or note,
 * withdraw, return to the cluster (the standing office), approve or reject under a council decision.
 * The server's refusal is shown in the dialog, beside the field it names when it names one.
 */
export function ActionModal({
  proposal,
  kind,
  awards,
  decisions,
  onClose,
  onDone,
}: {
  proposal: Proposal | null;
  kind: ActionKind;
  awards: { code: string; name: string }[];
  decisions: Decision[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const action = useProposalAction();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // The fields start afresh when a proposal is opened (or the first decision arrives), never on a mere
  // re-render: `decisions` is a new empty list on every render of a screen without them, and a reset
  // would wipe the reason being typed.
  const firstDecision = decisions[0]?.id;
  useEffect(() => {
    if (!proposal) return;
    setProblem(null);
    form.setFieldsValue({
      reason: '',
      awardCode: proposal.awardCode,
      note: proposal.note ?? '',
      outcome: 'approved',
      decisionId: firstDecision,
    });
  }, [proposal, form, firstDecision]);

  const submit = async () => {
    if (!proposal) return;
    // A field left wrong is shown beside it by the form; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const reason = (values.reason ?? '').trim();
    let body: ProposalAction;
    if (kind === 'adjust') body = { kind, awardCode: values.awardCode, note: values.note ?? null, reason };
    else if (kind === 'decide')
      body = { kind, outcome: values.outcome ?? 'approved', decisionId: values.decisionId ?? '', reason };
    else body = { kind, reason };
    try {
      await action.mutateAsync({ proposal, action: body });
      onDone(texts.saved);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['reason', 'awardCode', 'note', 'decisionId', 'outcome']));
    }
  };

  return (
    <Modal
      open={proposal !== null}
      title={proposal ? TITLES[kind](proposal.unitName) : ''}
      okText={texts.save}
      cancelText={texts.cancel}
      confirmLoading={action.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {kind === 'return' && <Typography.Paragraph type="secondary">{texts.returnHelp}</Typography.Paragraph>}
      {problem && <ProblemAlert problem={problem} />}
      <Form form={form} layout="vertical" name={`proposal-${kind}`}>
        {kind === 'adjust' && (
          <>
            <SelectField
              name="awardCode"
              label={texts.award}
              id="proposal-award"
              options={awards.map((a) => ({ value: a.code, label: a.name }))}
            />
            <TextField name="note" label={texts.note} id="proposal-note" maxLength={2000} />
          </>
        )}
        {kind === 'decide' && (
          <>
            {decisions.length === 0 && <Alert type="warning" showIcon title={texts.noDecision} />}
            <Form.Item name="outcome" label={texts.outcome}>
              <Radio.Group
                options={[
                  { value: 'approved', label: texts.approve },
                  { value: 'rejected', label: texts.reject },
                ]}
              />
            </Form.Item>
            <SelectField
              name="decisionId"
              label={texts.decision}
              id="proposal-decision"
              required={texts.chooseDecision}
              options={decisions.map((d) => ({ value: d.id, label: `${d.number} — ${d.title}` }))}
              select={{ placeholder: texts.chooseDecision }}
            />
          </>
        )}
        <ReasonField label={texts.reason} id="proposal-reason" required={texts.reasonRequired} rows={3} />
      </Form>
    </Modal>
  );
}
