import { Alert } from 'antd';
import type { ReactNode } from 'react';

/**
 * A refusal that lists every problem, one per line (a file's cells, a period file's places): the title
 * says what was refused, `before` what the server said as a whole.
 */
export function ErrorListAlert({
  title,
  lines,
  before,
}: {
  title: string;
  lines: string[];
  before?: ReactNode;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {before}
          {lines.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-errors">
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
