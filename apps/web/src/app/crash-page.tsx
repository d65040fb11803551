import { Button, Result } from 'antd';
import { vi } from '../i18n/vi';

/**
 * What a route shows when rendering it failed, including a screen's code that could not be loaded
 * (after an update, the old files are gone: reloading fetches the new ones).
 */
export function CrashPage() {
  return (
    <Result
      status="error"
      title={vi.errors.crashedTitle}
      subTitle={vi.errors.crashed}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {vi.errors.reload}
        </Button>
      }
    />
  );
}
