import { Alert, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { OBJECTION_STATUSES, PERIOD_STAGES, type PeriodStage } from '@thidua/vocabulary';
import { useSearchParams } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { vi } from '../i18n/vi';
import { useClusterResults } from '../ranking/api';
import { useObjectionActions, useObjections, useSheet } from './api';
import { reviewsCluster, useClusterChoice } from './cluster-choice';
import { ObjectionThread } from './objection-thread';
import { RaiseObjection } from './raise-objection';
import { choiceTexts, objectionTexts as t } from './texts';
import { ScreenHeader } from '../shared/page-header';
import { useSetAddressParams } from '../app/address-params';

/** The window of objections (the server's guards): raised in review, answered until the preparatory meeting. */
function windowNotice(stage: string, stageName: string): { type: 'info' | 'warning'; text: string } {
  if (stage === 'review') return { type: 'info', text: t.windowOpen };
  if (stage === 'preparatory') return { type: 'warning', text: t.windowAnswersOnly(stageName) };
  const before = PERIOD_STAGES.indexOf(stage as PeriodStage) < PERIOD_STAGES.indexOf('review');
  return { type: 'warning', text: before ? t.windowNotYet(stageName) : t.windowClosed(stageName) };
}

/**
 * Objections to the proposed table (SPEC §4.7): per unit and criterion a thread — the unit's objection,
 * its own and the agreed score side by side, the answer of the leader, a deputy or the standing office.
 */
function ObjectionsPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const choice = useClusterChoice('objections');
  const { council, period, cluster } = choice;
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  const objections = useObjections(cluster?.id);
  const sheet = useSheet(cluster?.id);
  const results = useClusterResults(cluster?.id);
  const actions = useObjectionActions(cluster?.id);

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={choiceTexts.noCouncil} />;

  const members = cluster?.members ?? [];
  const unitName = (id: string) => members.find((m) => m.unitId === id)?.name ?? '';
  const reviewer = reviewsCluster(session, council, cluster);
  const myUnits = members.filter((m) => choice.myUnitIds.has(m.unitId));
  const unitFilter = search.get('donVi') ?? '';
  const statusFilter = search.get('trangThai') ?? '';
  const setFilter = (key: string, value: string) => setAddress({ [key]: value });

  let body;
  if (choice.error) body = <LoadError error={choice.error} onRetry={choice.retry} />;
  else if (choice.loading) body = <Spin description={vi.app.loading} />;
  else if (!period) body = <Alert role="status" type="info" showIcon title={choiceTexts.noPeriods} />;
  else if (!cluster) body = <Alert role="status" type="info" showIcon title={choiceTexts.noClusters} />;
  else if (objections.isError)
    body = <LoadError error={objections.error} onRetry={() => void objections.refetch()} />;
  else if (objections.isPending) body = <Spin description={vi.app.loading} />;
  else {
    const notice = windowNotice(period.stage, period.stageName);
    const shown = objections.data.filter(
      (o) => (!unitFilter || o.unitId === unitFilter) && (!statusFilter || o.status === statusFilter),
    );
    const resultUnits = results.data?.units ?? [];
    body = (
      <Flex vertical gap={16}>
        <Alert role="status" type={notice.type} showIcon title={notice.text} />
        {myUnits.length > 0 && period.stage === 'review' && (
          <RaiseObjection
            units={myUnits.map((m) => ({ id: m.unitId, name: m.name }))}
            sheet={sheet.data}
            results={resultUnits}
            onRaise={(values) => actions.raise.mutateAsync(values)}
          />
        )}
        {myUnits.length === 0 && !reviewer && (
          <Alert role="status" type="info" showIcon title={t.notMember} />
        )}
        <section aria-labelledby="objection-threads">
          <Flex wrap gap={12} align="flex-end" justify="space-between" style={{ marginBottom: 12 }}>
            <Typography.Title level={2} id="objection-threads" style={{ fontSize: 18, margin: 0 }}>
              {t.threads} ({shown.length})
            </Typography.Title>
            <Flex wrap gap={12}>
              {reviewer && (
                <Select
                  aria-label={t.filterUnit}
                  value={unitFilter}
                  style={{ minWidth: 220 }}
                  options={[
                    { value: '', label: choiceTexts.allUnits },
                    ...members.map((m) => ({ value: m.unitId, label: m.name })),
                  ]}
                  onChange={(value: string) => setFilter('donVi', value)}
                />
              )}
              <Select
                aria-label={t.filterStatus}
                value={statusFilter}
                style={{ minWidth: 180 }}
                options={[
                  { value: '', label: t.allStatuses },
                  ...OBJECTION_STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
                ]}
                onChange={(value: string) => setFilter('trangThai', value)}
              />
            </Flex>
          </Flex>
          {shown.length === 0 ? (
            <Empty description={objections.data.length === 0 ? t.empty : t.emptyFiltered} />
          ) : (
            <Row gutter={[16, 16]}>
              {shown.map((objection) => {
                const row = sheet.data?.rows.find((r) => r.unit.id === objection.unitId);
                const cell = row?.cells.find((c) => c.criterionCode === objection.criterionCode);
                return (
                  <Col key={objection.id} xs={24} xl={12}>
                    <ObjectionThread
                      objection={objection}
                      unitName={unitName(objection.unitId)}
                      criterion={sheet.data?.criteria.find((c) => c.code === objection.criterionCode)}
                      self={cell?.self ?? null}
                      agreed={cell?.agreed ?? null}
                      result={resultUnits.find((r) => r.unit === row?.unit.code)}
                      onAnswer={(answer) => actions.answer.mutateAsync({ objection, answer })}
                      onWithdraw={() => actions.withdraw.mutateAsync(objection)}
                      onReload={actions.refresh}
                    />
                  </Col>
                );
              })}
            </Row>
          )}
        </section>
      </Flex>
    );
  }

  return (
    <>
      <ScreenHeader title={t.heading} subtitle={t.intro} pickers={choice.pickers} />
      {body}
    </>
  );
}

export { ObjectionsPage as Component };
