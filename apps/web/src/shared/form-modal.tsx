import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { ProblemAlert } from './problem-alert';

/**
 * The frame of a dialog holding one form: OK submits the form, Cancel closes, a click outside does not,
 * the refusal (if any) above what the dialog holds (`before` goes above the refusal).
 */
export function FormModal(props: {
  title: ReactNode;
  okText: string;
  form: FormInstance;
  busy: boolean;
  onClose: () => void;
  problem?: FormProblem | null;
  /** The refusal's title ("Chưa lưu được…"); null: the server's message is its title, the rest a list. */
  notSaved?: string | null;
  width?: number;
  /** A click outside closes the dialog (it does not unless asked: typed text would be lost). */
  closesOnMask?: boolean;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={vi.common.cancel}
      onOk={() => props.form.submit()}
      onCancel={props.onClose}
      confirmLoading={props.busy}
      {...(props.closesOnMask ? {} : { mask: { closable: false } })}
      {...(props.width === undefined ? {} : { width: props.width })}
    >
      {props.before}
      <ProblemAlert
        problem={props.problem ?? null}
        {...(props.notSaved === null ? {} : { title: props.notSaved ?? '' })}
      />
      {props.children}
    </Modal>
  );
}

/**
 * Submitting a form: `busy` while the request runs, `done` when it succeeds; a refusal becomes the
 * problem `describe` makes of it (null when it is all shown beside the fields).
 */
export function useSubmit<P>(describe: (error: unknown) => P | null, done: () => void) {
  const [problem, setProblem] = useState<P | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    setBusy(true);
    try {
      await action();
      done();
    } catch (error) {
      setProblem(describe(error));
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run };
}

/**
 * Submitting a form that closes when saved: the refusal's field errors beside the fields `fields`
 * names, the rest as the problem above the form.
 */
export function useFormSubmit(form: FormInstance, fields: readonly string[], onClose: () => void) {
  return useSubmit<FormProblem>((error) => showFieldErrors(form, error, fields), onClose);
}

/**
 * A dialog holding one vertical form that saves and closes: OK validates the form and hands its values
 * to `save`, the fields wait while it runs; a refusal's field errors stand beside the fields `fields`
 * names, the rest above the form (or as `refusal` says, for a refusal the form reads its own way).
 * Pass `form` when the dialog watches its own fields (`Form.useWatch`) or sets them.
 */
export function ModalForm<V extends object>(props: {
  title: ReactNode;
  okText: string;
  /** The refusal's title; without it the server's message is the title, the rest a list. */
  notSaved?: string;
  name?: string;
  fields: readonly string[];
  initialValues?: Partial<V>;
  form?: FormInstance<V>;
  width?: number;
  before?: ReactNode;
  onClose: () => void;
  save: (values: V) => Promise<unknown>;
  refusal?: (error: unknown) => FormProblem | null;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  children: ReactNode;
}) {
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const submit = useSubmit<FormProblem>(
    props.refusal ?? ((error) => showFieldErrors(form, error, props.fields)),
    props.onClose,
  );
  return (
    <FormModal
      title={props.title}
      okText={props.okText}
      form={form}
      busy={submit.busy}
      problem={submit.problem}
      notSaved={props.notSaved ?? null}
      onClose={props.onClose}
      before={props.before}
      {...(props.width === undefined ? {} : { width: props.width })}
    >
      <Form<V>
        form={form}
        layout="vertical"
        disabled={submit.busy}
        {...(props.name === undefined ? {} : { name: props.name })}
        {...(props.initialValues === undefined ? {} : { initialValues: props.initialValues })}
        {...(props.onValuesChange === undefined ? {} : { onValuesChange: props.onValuesChange })}
        onFinish={(values) => void submit.run(() => props.save(values))}
      >
        {props.children}
      </Form>
    </FormModal>
  );
}
