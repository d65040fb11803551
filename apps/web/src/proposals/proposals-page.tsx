import { Alert, Card, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { choiceBlocker, PeriodClusterPicker } from '../app/period-cluster-picker';
import { useWorkChoice } from '../app/use-work-choice';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { useSetAddressParams } from '../app/address-params';
import { usePageTitle } from '../app/page-title';
import { managesCouncil } from '../auth/roles';
import { useSignedIn } from '../auth/require-session';
import type { ClusterWithMembers } from '../scoring/pickers';
import { ClusterProposals } from './cluster-proposals';
import { DecisionsPanel } from './decisions-panel';
import { NomineePanel } from './nominee-panel';
import { texts } from './texts';
import { ScreenHeader } from '../shared/page-header';

const TABS = ['cum', 'quyet-dinh', 'co-chinh-phu'] as const;
type Tab = (typeof TABS)[number];

/**
 * Award proposals of the year, in three tabs kept in the address (`?the=…`): the cluster's proposals
 * built from its result (period and cluster pickers, `?ky=…&cum=…`), the council's decisions, and the
 * Government-flag nominee. Unit staff see their cluster's tab; the standing office and council members
 * see all three. What each may do comes from the server (abilities and refusals).
 */
function ProposalsPage() {
  usePageTitle(texts.pageTitle);
  const session = useSignedIn();
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  const choice = useWorkChoice<ClusterWithMembers>();
  const { council, period, cluster, ownUnitIds: ownUnits } = choice;

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={texts.noCouncil} />;

  const isOffice = managesCouncil(session, council);
  const councilLevel = isOffice || council.roles.includes('councilMember');
  const seat = cluster?.members?.find((m) => ownUnits.has(m.unitId))?.seat;
  const canPropose = isOffice || seat === 'leader' || seat === 'deputy';
  const tab: Tab = councilLevel ? (TABS.find((t) => t === search.get('the')) ?? 'cum') : 'cum';
  const setTab = (key: string) => setAddress({ the: key });

  let clusterBody;
  const blocker = choiceBlocker(choice);
  if (blocker) clusterBody = blocker;
  else if (!period || !cluster) clusterBody = <FullPageSpin />;
  else
    clusterBody = (
      <ClusterProposals
        key={cluster.id}
        period={period}
        cluster={cluster}
        canPropose={canPropose}
        isOffice={isOffice}
      />
    );

  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'cum', label: texts.tabs.cluster, children: clusterBody },
  ];
  if (councilLevel && period) {
    items.push(
      {
        key: 'quyet-dinh',
        label: texts.tabs.decisions,
        children: <DecisionsPanel period={period} isOffice={isOffice} />,
      },
      {
        key: 'co-chinh-phu',
        label: texts.tabs.flag,
        children: <NomineePanel period={period} isOffice={isOffice} />,
      },
    );
  }

  return (
    <>
      <ScreenHeader
        title={texts.heading}
        subtitle={council.name}
        pickers={<PeriodClusterPicker choice={choice} idPrefix="proposals" />}
      />
      <Card className="page-card">
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
      </Card>
    </>
  );
}

export { ProposalsPage as Component };
