import { Alert, Drawer, Grid, Typography } from 'antd';
import { stageOpen } from '@thidua/vocabulary';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { useClusterChoice } from './cluster-context';
import { ClusterPickers } from './cluster-pickers';
import { choiceBlocker } from '../app/period-cluster-picker';
import { OwnRegistration } from './own-registration';
import { PactCard } from './pact-card';
import { PrintPage } from './print-page';
import { useRegistrationList } from './api';
import { RegistrationDrawer, RegistrationList } from './registration-list';
import { regTexts } from './texts';
import { ScreenHeader } from '../shared/page-header';
import { useSetAddressParams } from '../app/address-params';

const t = regTexts;

/**
 * Registrations and the pact of a cluster: the user's own unit's registration (plans, titles, models,
 * topics; save, submit, print), every unit's status for those who follow the cluster, the pact signing.
 * The chosen period and cluster and the opened registration (`?dk=`) live in the address; the print
 * view is `in/:registrationId`.
 */
function RegistrationsScreen() {
  return (
    <Routes>
      <Route index element={<RegistrationsPage />} />
      <Route path="in/:registrationId" element={<PrintPage />} />
      <Route path="*" element={<RegistrationsPage />} />
    </Routes>
  );
}

function RegistrationsPage() {
  usePageTitle(t.pageTitle);
  const choice = useClusterChoice();
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = !(screens.md ?? true);
  const { council, period, cluster, roles } = choice;
  // A member sees the others' registrations once all have sent theirs (the same query the list reads).
  const allSent = useRegistrationList(cluster?.id, 1, 500).data?.allSubmitted === true;

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={t.pickers.noCouncil} />;

  const opened = search.get('dk');
  const actingFor = search.get('dv');
  const setActingFor = (unitId: string | null) => setAddress({ dv: unitId });
  const setOpened = (id: string | null) => setAddress({ dk: id });
  const print = (registrationId: string) => {
    const query = new URLSearchParams(search);
    query.delete('dk');
    query.delete('dv');
    void navigate({
      pathname: paths.feature(council.id, 'registrations', `in/${registrationId}`),
      search: query.toString(),
    });
  };

  let body;
  const blocker = choiceBlocker(choice);
  if (blocker || !period || !cluster) body = blocker;
  else {
    const ownUnit = cluster.members.find((m) => roles.ownUnitIds.includes(m.unitId));
    const pactOpen = stageOpen(period.stage, Boolean(period.archivedAt), 'recordPact');
    const registrationOpen = stageOpen(period.stage, Boolean(period.archivedAt), 'writeRegistration');
    const actedFor = cluster.members.find((m) => m.unitId === actingFor);
    body = (
      <>
        {ownUnit ? (
          <OwnRegistration
            key={`${cluster.id}:${ownUnit.unitId}`}
            clusterId={cluster.id}
            unit={ownUnit}
            period={period}
            compact={compact}
            onPrint={print}
          />
        ) : (
          !roles.followsCluster && (
            <Alert role="status" type="info" showIcon title={t.own.notMember} style={{ marginBottom: 16 }} />
          )
        )}
        {(roles.followsCluster || !ownUnit || allSent) && (
          <RegistrationList
            clusterId={cluster.id}
            clusterName={cluster.name}
            kind={cluster.kind}
            compact={compact}
            onOpen={setOpened}
            onActFor={registrationOpen && roles.standingOffice ? setActingFor : undefined}
          />
        )}
        {ownUnit && !roles.followsCluster && !allSent && (
          <Typography.Paragraph type="secondary">{t.list.onlyOwn}</Typography.Paragraph>
        )}
        <PactCard
          clusterId={cluster.id}
          clusterName={cluster.name}
          canRecord={pactOpen && (roles.standingOffice || roles.seats.has('leader'))}
          compact={compact}
        />
        <RegistrationDrawer
          registrationId={opened}
          compact={compact}
          onClose={() => setOpened(null)}
          onPrint={print}
        />
        <Drawer
          open={Boolean(actedFor)}
          onClose={() => setActingFor(null)}
          size={compact ? '100%' : 900}
          title={actedFor ? t.list.actForTitle(actedFor.name) : ''}
        >
          {actedFor && (
            <OwnRegistration
              key={`${cluster.id}:${actedFor.unitId}`}
              clusterId={cluster.id}
              unit={actedFor}
              period={period}
              compact={compact}
              onPrint={print}
            />
          )}
        </Drawer>
      </>
    );
  }

  return (
    <>
      <ScreenHeader
        title={t.heading}
        subtitle={council.name}
        pickers={<ClusterPickers choice={choice} idPrefix="registrations" />}
      />
      {body}
    </>
  );
}

export { RegistrationsScreen as Component };
