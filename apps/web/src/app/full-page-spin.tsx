import { Flex, Spin } from 'antd';
import { vi } from '../i18n/vi';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={vi.app.loading} />
    </Flex>
  );
}
