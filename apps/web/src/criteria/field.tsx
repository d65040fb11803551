import { Form } from 'antd';
import type { ReactNode } from 'react';
import { capitalise } from '../api/field-paths';

interface FieldProps {
  id: string;
  label: ReactNode;
  /** Validation messages of this field (engine, server, or "not a number"), shown beside it. */
  problems?: readonly string[];
  extra?: ReactNode;
  children: ReactNode;
}

/** A labelled field of the side panel with its problems beside it, in red. */
export function Field({ id, label, problems = [], extra, children }: FieldProps) {
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      validateStatus={problems.length > 0 ? 'error' : undefined}
      help={
        problems.length > 0 ? (
          <span role="alert" id={`${id}-problems`}>
            {problems.map((p) => capitalise(p)).join('. ')}
          </span>
        ) : undefined
      }
      extra={extra}
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  );
}
