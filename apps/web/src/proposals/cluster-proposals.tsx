import { Alert, App, Button, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { stageOpen } from '@thidua/vocabulary';
import { useState } from 'react';
import { useIssuedRuleset } from '../adjustments/api';
import { LoadError } from '../app/load-error';
import { formatScore } from '../format';
import { AwardNamesProvider, isIncomplete, useAwardName } from '../ranking/award-names';
import { useClusterResults } from '../ranking/api';
import type { Period, UnitResult } from '../ranking/types';
import type { ClusterWithMembers } from '../scoring/pickers';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { ActionModal, type ActionKind } from './action-modal';
import { type Decision, type Proposal, useClusterProposals, useDecisions } from './api';
import { SubmitPanel } from './submit-panel';
import { texts } from './texts';

/** Proposals are made and adjusted at the summary meeting and until the council decides (SPEC §4). */
const STATUS_COLOURS: Record<Proposal['status'], string> = {
  proposed: 'blue',
  withdrawn: 'default',
  returned: 'orange',
  approved: 'green',
  rejected: 'red',
};

/**
 * A cluster's proposals beside the engine's result: every unit in ranking order with its score, the
 * award the result gives, whether its data is complete (provisional otherwise), and its proposals with
 * what the user may do to each (the server's abilities). Leaders, deputies and the standing office
 * build the list from the result; the standing office returns or decides.
 */
export function ClusterProposals(props: {
  period: Period;
  cluster: ClusterWithMembers;
  canPropose: boolean;
  isOffice: boolean;
}) {
  return (
    <AwardNamesProvider clusterId={props.cluster.id}>
      <ClusterProposalsBody {...props} />
    </AwardNamesProvider>
  );
}

function ClusterProposalsBody({
  period,
  cluster,
  canPropose,
  isOffice,
}: {
  period: Period;
  cluster: ClusterWithMembers;
  canPropose: boolean;
  isOffice: boolean;
}) {
  const { message } = App.useApp();
  const nameOf = useAwardName();
  const results = useClusterResults(cluster.id);
  const proposals = useClusterProposals(cluster.id);
  const decisions = useDecisions(period.id, isOffice);
  const ruleset = useIssuedRuleset(cluster.id);
  const [acting, setActing] = useState<{ proposal: Proposal; kind: ActionKind } | null>(null);

  if (results.isError) return <LoadError error={results.error} onRetry={() => void results.refetch()} />;
  if (proposals.isError)
    return <LoadError error={proposals.error} onRetry={() => void proposals.refetch()} />;
  if (!results.data || !proposals.data)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={texts.loading} />
      </Flex>
    );

  const idOf = new Map((cluster.members ?? []).map((m) => [m.code, m.unitId]));
  const byUnit = new Map<string, Proposal[]>();
  for (const p of proposals.data) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const proposalsOpen = stageOpen(period.stage, false, 'writeProposals');
  const awards = (ruleset.data?.ruleset?.awards ?? []).map((a) => ({ code: a.code, name: nameOf(a.code) }));

  const actionsOf = (p: Proposal) => {
    const buttons: { kind: ActionKind; label: string; shown: boolean }[] = [
      { kind: 'adjust', label: texts.adjust, shown: p.abilities.adjust },
      { kind: 'withdraw', label: texts.withdraw, shown: p.abilities.withdraw },
      { kind: 'return', label: texts.return, shown: p.abilities.return },
      {
        kind: 'decide',
        label: `${texts.approve} / ${texts.reject}`,
        shown: p.abilities.decide && stageOpen(period.stage, false, 'decideProposals'),
      },
    ];
    return buttons
      .filter((b) => b.shown)
      .map((b) => (
        <Button
          key={b.kind}
          size="small"
          onClick={() => setActing({ proposal: p, kind: b.kind })}
          aria-label={`${b.label}: ${p.unitName}`}
        >
          {b.label}
        </Button>
      ));
  };

  const columns = [
    { title: texts.columns.rank, dataIndex: 'rank', key: 'rank', width: 64 },
    {
      title: texts.columns.unit,
      key: 'unit',
      render: (_: unknown, u: UnitResult) => <span className="wrap-anywhere">{u.name}</span>,
    },
    {
      title: texts.columns.final,
      key: 'final',
      align: 'right' as const,
      render: (_: unknown, u: UnitResult) => formatScore(u.final),
    },
    {
      title: texts.columns.engineAward,
      key: 'award',
      render: (_: unknown, u: UnitResult) =>
        u.award ? (
          <span>
            {nameOf(u.award)}
            {isIncomplete(u) && <Typography.Text type="secondary"> ({texts.provisional})</Typography.Text>}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: texts.columns.data,
      key: 'data',
      render: (_: unknown, u: UnitResult) =>
        isIncomplete(u) ? (
          <Space direction="vertical" size={0}>
            <Tag color="orange">{texts.dataIncomplete}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                u.missing.length > 0 ? texts.missingEntries(u.missing.length) : null,
                u.missingFacts.length > 0 ? texts.missingFacts(u.missingFacts.length) : null,
              ]
                .filter(Boolean)
                .join('; ')}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="green">{texts.dataComplete}</Tag>
        ),
    },
    {
      title: texts.columns.proposal,
      key: 'proposal',
      render: (_: unknown, u: UnitResult) => {
        const list = byUnit.get(idOf.get(u.unit) ?? '') ?? [];
        if (list.length === 0) return <Typography.Text type="secondary">{texts.notProposed}</Typography.Text>;
        return (
          <Flex vertical gap={6}>
            {list.map((p) => (
              <Flex key={p.id} vertical gap={2} data-proposal={p.id}>
                <span>
                  <Tag color={STATUS_COLOURS[p.status]}>{texts.statuses[p.status]}</Tag>
                  {nameOf(p.awardCode)}
                </span>
                {p.incompleteConfirmation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} className="wrap-anywhere">
                    {texts.confirmedIncomplete(p.incompleteConfirmation)}
                  </Typography.Text>
                )}
                {p.reason && p.status !== 'proposed' && (
                  <Typography.Text style={{ fontSize: 12 }} className="wrap-anywhere">
                    {texts.reasonLine(p.reason)}
                  </Typography.Text>
                )}
                {p.decision && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {texts.decisionLine(p.decision.number)}
                  </Typography.Text>
                )}
                <Space wrap size={4}>
                  {actionsOf(p)}
                </Space>
              </Flex>
            ))}
          </Flex>
        );
      },
    },
  ];

  const caption = texts.caption(cluster.name, period.name);
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
          {caption}
        </Typography.Title>
        <ExportExcelButton path={`/clusters/${cluster.id}/spreadsheets/ranking`} title={caption} />
      </Flex>
      {!proposalsOpen && (
        <Alert type="info" showIcon role="status" title={texts.stageClosed(period.stageName)} />
      )}
      {proposalsOpen && !canPropose && <Alert type="info" showIcon role="status" title={texts.readOnly} />}
      {proposalsOpen && canPropose && (
        <SubmitPanel
          clusterId={cluster.id}
          result={results.data}
          proposals={proposals.data}
          unitIdOf={(code) => idOf.get(code)}
          isOffice={isOffice}
        />
      )}
      {isOffice && period.stage === 'summary' && (
        <Typography.Text type="secondary">{texts.decideClosed}</Typography.Text>
      )}
      <Table<UnitResult>
        rowKey="unit"
        size="small"
        columns={columns}
        dataSource={results.data.units}
        pagination={false}
        scroll={{ x: 900 }}
        aria-label={caption}
      />
      <ActionModal
        proposal={acting?.proposal ?? null}
        kind={acting?.kind ?? 'withdraw'}
        awards={awards}
        decisions={(decisions.data ?? []) satisfies Decision[]}
        onClose={() => setActing(null)}
        onDone={(text) => {
          setActing(null);
          void message.success(text);
        }}
      />
    </Flex>
  );
}
