import { Alert } from 'antd';
import { formatDate } from '../format';
import { periodOverrun, vietnamToday } from './period-overrun';
import { homeTexts as t } from './texts';

/**
 * Tells the standing office that a period has run past its end date before review, and which step to
 * take (home page and the period's page). Nothing when the period is on time.
 */
export function PeriodOverrunAlert({
  period,
}: {
  period: { name: string; endsOn: string; stage: string; archivedAt: string | null };
}) {
  const overrun = periodOverrun(period, vietnamToday());
  if (!overrun) return null;
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      data-testid="period-overrun"
      title={t.overrunTitle(period.name, formatDate(overrun.endsOn), overrun.daysPast, overrun.stageName)}
      description={t.overrunStep(overrun.nextStageName)}
      style={{ marginBottom: 16 }}
    />
  );
}
