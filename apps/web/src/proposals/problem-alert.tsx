import { Alert } from 'antd';
import type { FormProblem } from '../api/form-errors';

/** A refusal shown above a form: the server's message, and the field messages it could not place. */
export function ProblemAlert({ problem }: { problem: FormProblem }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={problem.message}
      description={
        problem.details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problem.details.map((detail) => (
              <li key={detail} className="wrap-anywhere">
                {detail}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
