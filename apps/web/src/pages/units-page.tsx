import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Unit } from '../api/types';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { vi } from '../i18n/vi';
import { ImportUnitsButton } from '../spreadsheets/list-imports';
import { UnitFormModal } from '../units/unit-form-modal';
import { UnitTable } from '../units/unit-table';

/** A council's units: everyone in the council reads them, the standing office adds and edits. */
function UnitsPage() {
  usePageTitle(vi.units.pageTitle);
  const session = useSignedIn();
  const { councilId = '' } = useParams();
  const councils = useCouncils();
  const [form, setForm] = useState<{ unit: Unit | null } | null>(null);

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  const council = councils.data.find((c) => c.id === councilId);
  if (!council) return <Alert role="status" type="warning" showIcon title={vi.units.noCouncil} />;
  const manages = managesCouncil(session, council);

  return (
    <>
      <div className="page-header">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {vi.units.heading}
          </Typography.Title>
          <Typography.Text type="secondary" className="wrap-anywhere">
            {council.name}
          </Typography.Text>
        </div>
        {manages && (
          <Flex gap={8} wrap align="center">
            <ImportUnitsButton councilId={council.id} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ unit: null })}>
              {vi.units.add}
            </Button>
          </Flex>
        )}
      </div>
      {!manages && (
        <Alert role="status" type="info" showIcon title={vi.units.readOnly} style={{ marginBottom: 16 }} />
      )}
      <Card className="page-card">
        <UnitTable councilId={council.id} onEdit={manages ? (unit) => setForm({ unit }) : undefined} />
      </Card>
      {form && <UnitFormModal councilId={council.id} unit={form.unit} onClose={() => setForm(null)} />}
    </>
  );
}

export { UnitsPage as Component };
