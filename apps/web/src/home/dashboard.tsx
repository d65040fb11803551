import { Alert, Col, Flex, Row, Select, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { Council } from '../api/types';
import { LoadError } from '../app/load-error';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { vi } from '../i18n/vi';
import { usePeriods } from '../ranking/api';
import { myUnits } from '../review/periods';
import { useWorkplaces } from '../api/workplaces';
import { rememberedChoice } from '../app/remembered-choice';
import { resolvePeriod, WITH_FOCAL } from '../app/work-choice';
import { useProgress } from './api';
import { clusterOfMine } from './due-items';
import { DuePanel, LateTasksPanel } from './due-panel';
import { overrunPeriods, vietnamToday } from './period-overrun';
import { PeriodOverrunAlert } from './period-overrun-alert';
import { ProgressPanel } from './progress-panel';
import { MovementReportsPanel } from '../movements/reports-panel';
import { RecentChanges } from './recent-changes';
import { homeTexts as t } from './texts';

/**
 * The home dashboard of a council, by role (SPEC §4: "the UI shows what is due, by whom, and what is
 * late"): the deadlines and late tasks that concern the user, each cluster's progress and the latest
 * changes the user may see. The period is one still running, kept in the address (`?ky=`).
 */
export function HomeDashboard({ council }: { council: Council }) {
  const session = useSignedIn();
  const [search, setSearch] = useSearchParams();
  const periods = usePeriods(council.id);
  const workplaces = useWorkplaces(council.id);
  const manages = managesCouncil(session, council);
  // The running periods where the user works (a school's school year); the office sees them all.
  const { options: running, period } = resolvePeriod(
    (periods.data ?? []).filter((p) => !p.archivedAt),
    workplaces.data ?? [],
    {
      councilWide: manages || council.roles.includes('councilMember'),
      accept: WITH_FOCAL,
      prefer: WITH_FOCAL,
    },
    [{ ky: search.get('ky'), cum: null }, rememberedChoice(session.user.id, council.id)],
  );
  const progress = useProgress(period?.id);
  const units = myUnits(session, council.id);
  const mine = clusterOfMine(progress.data?.clusters ?? [], units);
  const myUnit = mine?.members.find((m) => units.has(m.unitId));
  const clusterNames = new Map((progress.data?.clusters ?? []).map((c) => [c.id, c.name]));

  let body;
  if (periods.isError) body = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.isPending || workplaces.isPending) body = <Spin description={vi.app.loading} />;
  else if (!period) body = <Alert role="status" type="info" showIcon title={t.noRunning} />;
  else
    body = (
      <Flex vertical gap={16}>
        {manages &&
          overrunPeriods(periods.data ?? [], vietnamToday()).map((p) => (
            <PeriodOverrunAlert key={p.id} period={p} />
          ))}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            {progress.isPending ? (
              <Spin description={vi.app.loading} />
            ) : (
              <DuePanel
                periodId={period.id}
                cluster={manages ? undefined : mine}
                unitType={manages ? undefined : myUnit?.type}
                clusterNames={clusterNames}
              />
            )}
          </Col>
          <Col xs={24} lg={12}>
            {progress.isPending ? null : (
              <LateTasksPanel periodId={period.id} unitId={manages ? undefined : myUnit?.unitId} />
            )}
          </Col>
        </Row>
        <MovementReportsPanel councilId={council.id} periodId={period.id} />
        <ProgressPanel progress={progress} mineId={mine?.id} />
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <section aria-labelledby="dashboard-heading">
        <Flex wrap gap={12} align="flex-end" justify="space-between" style={{ marginBottom: 12 }}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={2} id="dashboard-heading" style={{ fontSize: 18, margin: 0 }}>
              {t.dashboard}
            </Typography.Title>
            {period && <Typography.Text type="secondary">{t.stageNow(period.stageName)}</Typography.Text>}
          </div>
          {running.length > 1 && (
            <Flex vertical gap={4} className="ranking-picker">
              <label htmlFor="home-period">{t.period}</label>
              <Select
                id="home-period"
                value={period?.id}
                options={running.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id: string) =>
                  setSearch(
                    (current) => {
                      const next = new URLSearchParams(current);
                      next.set('ky', id);
                      return next;
                    },
                    { replace: true },
                  )
                }
                popupMatchSelectWidth={false}
              />
            </Flex>
          )}
        </Flex>
        {body}
      </section>
      <RecentChanges councilId={council.id} seesAll={manages} />
    </Flex>
  );
}
