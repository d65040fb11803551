import { Alert } from 'antd';
import type { FormProblem } from '../api/form-errors';

/**
 * A refusal shown above a form. With a `title` (the screen's "not saved"), the server's message and the
 * field messages it could not place follow it in one line; without, the server's message is the title
 * and those field messages a list under it. Nothing when there is no problem.
 */
export function ProblemAlert({ problem, title }: { problem: FormProblem | null; title?: string }) {
  if (!problem) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={title ?? problem.message}
      description={
        title !== undefined ? (
          [problem.message, ...problem.details].join('. ')
        ) : problem.details.length > 0 ? (
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
