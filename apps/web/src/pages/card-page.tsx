import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page of its own outside the application's frame (passwords): one card in the middle, its heading first. */
export function CardPage({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    <Flex component="main" align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 460 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {heading}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
