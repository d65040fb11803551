import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';

export function NotFound() {
  usePageTitle(vi.errors.notFoundTitle);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={vi.errors.notFoundTitle}
      subTitle={vi.errors.notFound}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {vi.common.backHome}
        </Button>
      }
    />
  );
}

export { NotFound as Component };
