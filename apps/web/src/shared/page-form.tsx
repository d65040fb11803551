import { Button, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { FormProblem } from '../api/form-errors';
import { ProblemAlert } from './problem-alert';

/**
 * A page's own form (signing in, passwords, the profile): the refusal above it (`problem`), its fields
 * stacked without required marks, all of it held while it is sent, and (`submit`) its one button.
 */
export function PageForm<V>(props: {
  form: FormInstance<V>;
  name: string;
  busy: boolean;
  problem?: FormProblem | null;
  submit?: string;
  onFinish: (values: V) => Promise<unknown>;
  children: ReactNode;
}) {
  return (
    <>
      {props.problem !== undefined && <ProblemAlert problem={props.problem} />}
      <Form<V>
        form={props.form}
        name={props.name}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void props.onFinish(values)}
        disabled={props.busy}
      >
        {props.children}
        {props.submit !== undefined && (
          <Button type="primary" htmlType="submit" loading={props.busy}>
            {props.submit}
          </Button>
        )}
      </Form>
    </>
  );
}
