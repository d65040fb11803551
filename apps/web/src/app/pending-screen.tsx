import { ToolOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from './page-title';
import { type Feature, paths } from './paths';
import { vi } from '../i18n/vi';

/** A screen whose folder exists but whose work is not finished: says so plainly. */
export function PendingScreen({ feature }: { feature: Feature }) {
  const navigate = useNavigate();
  usePageTitle(vi.nav[feature]);
  return (
    <Result
      icon={<ToolOutlined />}
      title={vi.underConstruction.heading(vi.nav[feature])}
      subTitle={vi.underConstruction.body}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {vi.common.backHome}
        </Button>
      }
    />
  );
}
