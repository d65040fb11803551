import { Alert } from 'antd';
import type { ReactNode } from 'react';

/**
 * A refusal that lists every problem, one per line (a file's cells, a period file's places): the title
 * says what was refused, `before` what the server said as a whole. As a warning it lists what will not
 * be saved (an import's conflicts).
 */
export function ErrorListAlert({
  title,
  lines,
  before,
  type = 'error',
  testId = type === 'error' ? 'import-errors' : 'import-conflicts',
}: {
  title: string;
  lines: string[];
  before?: ReactNode;
  type?: 'error' | 'warning';
  testId?: string;
}) {
  return (
    <Alert
      type={type}
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {before}
          {lines.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid={testId}>
              {lines.map((line, i) => (
                <li key={i} className="wrap-anywhere">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
