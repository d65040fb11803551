import { EditOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useUnits } from '../api/organisation';
import type { Unit } from '../api/types';
import { LoadError } from '../app/load-error';
import { tablePages } from '../shared/use-list-params';
import { vi } from '../i18n/vi';
import { useUnitListParams } from './use-unit-list-params';

interface UnitTableProps {
  councilId: string;
  /** Given: an edit button on each unit the user may change (`abilities.update`). */
  onEdit?: (unit: Unit) => void;
}

/** A council's units, a page at a time, searchable by name or code. */
export function UnitTable({ councilId, onEdit }: UnitTableProps) {
  const list = useUnitListParams();
  const units = useUnits(councilId, list.params);

  const columns: TableColumnsType<Unit> = [
    {
      title: vi.units.name,
      dataIndex: 'name',
      key: 'name',
      render: (_, unit) => (
        <div className="wrap-anywhere">
          <Typography.Text strong={unit.active} type={unit.active ? undefined : 'secondary'}>
            {unit.name}
          </Typography.Text>
          {/* No slug under the name (issue #11 §3): the code is the edit form's; the type shows on phones. */}
          <div className="show-on-phone">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {vi.unitTypes[unit.type]}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: vi.units.type,
      dataIndex: 'type',
      key: 'type',
      width: 170,
      responsive: ['sm'],
      render: (_, unit) => (
        <>
          {vi.unitTypes[unit.type]}
          {unit.schoolLevel && <Typography.Text type="secondary"> ({unit.schoolLevel})</Typography.Text>}
        </>
      ),
    },
    {
      title: vi.units.parentBody,
      dataIndex: 'parentBody',
      key: 'parentBody',
      width: 220,
      responsive: ['xl'],
      render: (_, unit) => unit.parentBody ?? '—',
    },
    {
      title: vi.units.calendar,
      dataIndex: 'calendar',
      key: 'calendar',
      width: 150,
      responsive: ['lg'],
      render: (_, unit) => vi.calendars[unit.calendar],
    },
    {
      title: vi.units.status,
      dataIndex: 'active',
      key: 'active',
      width: 150,
      responsive: ['md'],
      render: (_, unit) =>
        unit.active ? <Tag color="green">{vi.units.active}</Tag> : <Tag>{vi.units.inactive}</Tag>,
    },
  ];
  if (onEdit) {
    columns.push({
      title: vi.common.actions,
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_, unit) =>
        unit.abilities.update ? (
          <Button
            icon={<EditOutlined />}
            aria-label={`${vi.common.edit} ${unit.name}`}
            onClick={() => onEdit(unit)}
          >
            <span className="hide-on-phone">{vi.common.edit}</span>
          </Button>
        ) : null,
    });
  }

  const data = units.data;
  const emptyText = list.params.q ? vi.units.noMatch(list.params.q) : vi.units.empty;

  return (
    <Flex vertical gap={12}>
      <Input.Search
        value={list.text}
        onChange={(event) => list.setText(event.target.value)}
        onSearch={list.searchNow}
        placeholder={vi.units.searchPlaceholder}
        aria-label={vi.units.searchPlaceholder}
        allowClear
        enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={vi.common.search} />}
        style={{ maxWidth: 460 }}
      />
      {units.isError && !data ? (
        <LoadError error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<Unit>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={units.isFetching}
          locale={{ emptyText }}
          size="middle"
          pagination={tablePages(list.params, list, data?.total ?? 0, vi.units.total)}
        />
      )}
    </Flex>
  );
}
