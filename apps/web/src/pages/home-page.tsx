import { ApartmentOutlined, CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { Council } from '../api/types';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { HomeDashboard } from '../home/dashboard';
import { SetupChecklist } from '../home/setup-checklist';
import { vi } from '../i18n/vi';
import { useCurrentCouncil } from '../layout/current-council';
import { UnitTable } from '../units/unit-table';

/** The user's councils and, for the one chosen, its units. */
function HomePage() {
  usePageTitle(vi.home.pageTitle);
  const session = useSignedIn();
  const { council, councils, loading, error, retry } = useCurrentCouncil();
  const [, setSearch] = useSearchParams();
  const navigate = useNavigate();

  if (loading) return <FullPageSpin />;
  if (error) return <LoadError error={error} onRetry={retry} />;

  const choose = (chosen: Council) => setSearch({ hoiDong: chosen.id });

  return (
    <Flex vertical gap={24}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} className="wrap-anywhere">
        {vi.home.greeting(session.user.displayName)}
      </Typography.Title>

      <section aria-labelledby="councils-heading">
        <Typography.Title level={2} id="councils-heading" style={{ fontSize: 18 }}>
          {vi.home.councils}
        </Typography.Title>
        {councils.length === 0 ? (
          <Alert role="status" type="info" showIcon title={vi.home.noCouncils} />
        ) : (
          <Row gutter={[16, 16]}>
            {councils.map((c) => (
              <Col key={c.id} xs={24} md={12} xl={8}>
                <CouncilCard council={c} selected={c.id === council?.id} onChoose={() => choose(c)} />
              </Col>
            ))}
          </Row>
        )}
      </section>

      {council && managesCouncil(session, council) && <SetupChecklist key={council.id} council={council} />}

      {council && <HomeDashboard key={council.id} council={council} />}

      {council && (
        <section aria-labelledby="units-heading">
          <div className="page-header">
            <Typography.Title level={2} id="units-heading" style={{ fontSize: 18 }} className="wrap-anywhere">
              {vi.home.unitsOf(council.name)}
            </Typography.Title>
            {managesCouncil(session, council) && (
              <Button icon={<ApartmentOutlined />} onClick={() => void navigate(paths.units(council.id))}>
                {vi.home.manageUnits}
              </Button>
            )}
          </div>
          <Card className="page-card">
            <UnitTable key={council.id} councilId={council.id} />
          </Card>
        </section>
      )}
    </Flex>
  );
}

function CouncilCard({
  council,
  selected,
  onChoose,
}: {
  council: Council;
  selected: boolean;
  onChoose: () => void;
}) {
  return (
    <Card
      size="small"
      style={{ height: '100%', borderColor: selected ? '#1f5fad' : undefined }}
      title={
        <span className="wrap-anywhere" style={{ whiteSpace: 'normal', display: 'block', paddingBlock: 8 }}>
          {council.name}
        </span>
      }
    >
      <Flex vertical gap={8}>
        {council.level && (
          <Typography.Text type="secondary">
            {vi.councilLevels[council.level] ?? council.level}
          </Typography.Text>
        )}
        <Flex wrap gap={4} align="center">
          <Typography.Text>{vi.home.myRoles}:</Typography.Text>
          {council.roles.map((role) => (
            <Tag key={role} color="blue">
              {vi.roles[role]}
            </Tag>
          ))}
        </Flex>
        {selected ? (
          <Typography.Text type="success">
            <CheckCircleFilled /> {vi.home.selected}
          </Typography.Text>
        ) : (
          <Button onClick={onChoose} style={{ alignSelf: 'flex-start' }}>
            {vi.home.select}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

export { HomePage as Component };
