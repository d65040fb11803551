import { Alert, App, Form, type FormInstance, Input } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import { showFieldErrors } from '../api/form-errors';
import { FormModal, useSubmit } from '../shared/form-modal';
import { factTexts as t } from './texts';

/**
 * Saving a fact dialog: busy while the request runs, "saved" and closed when it is; a stale version or
 * a refusal not placed beside a field (`fields`) shown as the problem above the form.
 */
export function useFactSave(form: FormInstance, fields: readonly string[], onClose: () => void) {
  const { message } = App.useApp();
  const { problem, busy, run } = useSubmit<string>(
    (error) =>
      isApiError(error, 'STALE') ? t.stale : (showFieldErrors(form, error, fields)?.message ?? null),
    () => {
      void message.success(t.saved);
      onClose();
    },
  );
  return { problem, busy, save: run };
}

/** The frame of the facts screen's dialogs: title, the problem, then the form's fields. */
export function FactDialog<V extends object>(props: {
  title: string;
  form: FormInstance<V>;
  busy: boolean;
  problem: string | null;
  onClose: () => void;
  initialValues: Partial<V> | undefined;
  onFinish: (values: V) => void;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <FormModal
      title={props.title}
      okText={t.save}
      form={props.form}
      busy={props.busy}
      onClose={props.onClose}
      closesOnMask
      before={
        <>
          {props.before}
          {props.problem && (
            <Alert role="alert" type="error" showIcon title={props.problem} style={{ marginBottom: 16 }} />
          )}
        </>
      }
    >
      <Form
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={props.onFinish}
        disabled={props.busy}
      >
        {props.children}
      </Form>
    </FormModal>
  );
}

/** The reason for a change (required when changing a value or overriding). */
export function ReasonItem({ reasonNeeded }: { reasonNeeded: boolean }) {
  return (
    <Form.Item
      label={t.reason}
      name="reason"
      extra={t.reasonHelp}
      rules={reasonNeeded ? [{ required: true, whitespace: true, message: t.reasonRequired }] : []}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
    </Form.Item>
  );
}
