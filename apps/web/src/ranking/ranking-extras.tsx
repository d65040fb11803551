import { Flex } from 'antd';
import { useIssuedRuleset } from '../adjustments/api';
import type { Council } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { AwardDocumentsPanel } from '../documents/award-documents-panel';
import { QuotasPanel } from './quotas-panel';
import { RankingCharts } from './ranking-charts';
import type { Cluster, Period, ResultDocument } from './types';

/** Below the ranking table: the award quotas beside the ladder's result, and the charts. */
export function RankingExtras(props: {
  council: Council;
  period: Period;
  periods: Period[];
  cluster: Cluster;
  document: ResultDocument;
}) {
  const session = useSignedIn();
  const ruleset = useIssuedRuleset(props.cluster.id);
  const awards = ruleset.data?.ruleset?.awards ?? [];
  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      <QuotasPanel
        clusterId={props.cluster.id}
        awards={awards}
        document={props.document}
        canSet={managesCouncil(session, props.council) && !props.period.archivedAt}
      />
      <AwardDocumentsPanel council={props.council} periodId={props.period.id} />
      {props.document.units.length > 0 && (
        <RankingCharts
          units={props.document.units}
          cluster={props.cluster}
          period={props.period}
          periods={props.periods}
          clusterLabel={props.cluster.name}
          awards={awards}
        />
      )}
    </Flex>
  );
}
