import { LockOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';

/** A screen the user's roles do not open: says so plainly, with the way home (never a crash). */
export function NoPermission({ title, body }: { title: string; body: string }) {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      icon={<LockOutlined />}
      title={title}
      subTitle={body}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {vi.common.backHome}
        </Button>
      }
    />
  );
}
