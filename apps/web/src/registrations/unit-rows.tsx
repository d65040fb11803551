import { Flex, List, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';

/**
 * A cluster's units, one row each: a list of cards on a phone (`compact`), else a table whose first
 * column is the unit's name (then `columns`) under a caption only screen readers read.
 */
export function UnitRows<R extends { unit: { id: string; name: string } }>(props: {
  rows: R[];
  compact: boolean;
  caption: string;
  unitTitle: string;
  emptyText?: string;
  /** A card's buttons. */
  actions: (row: R) => ReactNode;
  /** A card's lines. */
  card: (row: R) => ReactNode;
  columns: TableColumnsType<R>;
}) {
  const locale = props.emptyText === undefined ? {} : { locale: { emptyText: props.emptyText } };
  return props.compact ? (
    <List
      bordered
      dataSource={props.rows}
      {...locale}
      renderItem={(row) => (
        <List.Item actions={[props.actions(row)]}>
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            {props.card(row)}
          </Flex>
        </List.Item>
      )}
    />
  ) : (
    <Table<R>
      size="middle"
      rowKey={(row) => row.unit.id}
      pagination={false}
      dataSource={props.rows}
      {...locale}
      caption={<span className="visually-hidden">{props.caption}</span>}
      columns={[
        {
          title: props.unitTitle,
          key: 'unit',
          render: (_, row) => <span className="wrap-anywhere">{row.unit.name}</span>,
        },
        ...props.columns,
      ]}
    />
  );
}
