import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { TextField } from '../shared/fields';
import { ProblemAlert } from '../shared/problem-alert';
import { type Dossier, type StandingChange, useChangeStanding } from './api';
import { StandingFields } from './dossier-form';
import { texts } from './texts';

const FIELDS = ['candidateBars', 'candidateDisciplineEndedOn', 'reason'] as const;

/**
 * Records a change of an individual's standing after filing (khoản 4 Điều 4): a complaint that arrived,
 * an investigation opened, a discipline that ended. Saved with its reason in the audit log; while a bar
 * stands the dossier cannot be passed.
 */
export function StandingModal({ dossier, onClose }: { dossier: Dossier | null; onClose: () => void }) {
  const [form] = Form.useForm<StandingChange>();
  const change = useChangeStanding();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { message } = App.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !dossier) return;
    setProblem(null);
    try {
      await change.mutateAsync({
        dossier,
        change: {
          candidateBars: values.candidateBars ?? [],
          candidateDisciplineEndedOn: values.candidateDisciplineEndedOn || null,
          reason: values.reason.trim(),
        },
      });
      void message.success(texts.saved);
      onClose();
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open={dossier !== null}
      title={dossier ? texts.standingTitle(dossier.candidateName) : ''}
      okText={texts.save}
      cancelText={texts.cancel}
      confirmLoading={change.isPending}
      onOk={() => void submit()}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      destroyOnHidden
    >
      {problem && <ProblemAlert problem={problem} />}
      {dossier && (
        <Form
          form={form}
          layout="vertical"
          name="dossier-standing"
          preserve={false}
          initialValues={{
            candidateBars: dossier.candidateBars,
            candidateDisciplineEndedOn: dossier.candidateDisciplineEndedOn ?? undefined,
          }}
        >
          <StandingFields />
          <TextField
            name="reason"
            label={texts.standingReason}
            id="dossier-standing-reason"
            required={texts.standingReasonRequired}
            rows={2}
            maxLength={2000}
          />
        </Form>
      )}
    </Modal>
  );
}
