import { Card, Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface DocumentRow {
  key: string;
  label: string;
  /** Its download buttons. */
  node: ReactNode;
}

/** A card listing documents, each with its download buttons (the period's and the award paperwork). */
export function DocumentList({ title, rows }: { title: string; rows: DocumentRow[] }) {
  return (
    <Card className="page-card" title={title} role="region" aria-label={title} style={{ marginBottom: 16 }}>
      <List
        dataSource={rows}
        renderItem={(row) => (
          <List.Item key={row.key}>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
              <Typography.Text>{row.label}</Typography.Text>
              {row.node}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
