import { Alert, Button } from 'antd';
import { vi } from '../i18n/vi';

/** A query that failed: the server's message and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : vi.errors.unexpected;
  return (
    <Alert
      type="error"
      showIcon
      title={vi.errors.loadFailed}
      description={message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {vi.common.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
