import { ToolOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { isFeature, paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { NotFound } from './not-found-page';

/** Where the sidebar's items for screens not built yet lead: says so plainly. */
function UnderConstructionPage() {
  const { feature } = useParams();
  const navigate = useNavigate();
  usePageTitle(isFeature(feature) ? vi.nav[feature] : vi.errors.notFoundTitle);
  if (!isFeature(feature)) return <NotFound />;
  return (
    <Result
      icon={<ToolOutlined />}
      title={vi.underConstruction.heading(vi.nav[feature])}
      subTitle={
        <>
          <p>{vi.underConstruction.body}</p>
          <p>{vi.underConstruction.available}</p>
        </>
      }
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {vi.common.backHome}
        </Button>
      }
    />
  );
}

export { UnderConstructionPage as Component };
