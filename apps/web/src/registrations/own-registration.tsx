import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { stageOpen } from '@thidua/vocabulary';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useCriteriaVersion, useIssuedCriteria, useRegistration, useRegistrationList } from './api';
import { quantitativeLeaves } from './form-model';
import { RegistrationForm } from './registration-form';
import { RegistrationView } from './registration-view';
import { regTexts } from './texts';
import type { ClusterMember, PeriodSummary } from './types';

const t = regTexts.own;

/**
 * The user's own unit's registration in the chosen cluster: a form while the period is in its
 * registration stage and the registration is a draft (or not made yet), else the saved registration.
 */
export function OwnRegistration({
  clusterId,
  unit,
  period,
  compact,
  onPrint,
}: {
  clusterId: string;
  unit: ClusterMember;
  period: PeriodSummary;
  compact: boolean;
  onPrint: (registrationId: string) => void;
}) {
  const list = useRegistrationList(clusterId, 1, 500);
  const row = list.data?.items.find((r) => r.unit.id === unit.unitId);
  const registrationId = row?.registration?.id;
  const registration = useRegistration(registrationId);
  const issued = useIssuedCriteria(registrationId || list.isPending ? undefined : clusterId);
  const version = useCriteriaVersion(registration.data?.criteriaVersionId);
  const criteria = registrationId ? version.data : issued.data;
  const failed = [list, registration, issued, version].find((q) => q.isError);

  let body;
  if (failed) body = <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (
    list.isPending ||
    (registrationId && (registration.isPending || version.isPending)) ||
    (!registrationId && issued.isPending)
  )
    body = (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else if (!criteria) body = <Alert role="status" type="info" showIcon title={t.noCriteria} />;
  else {
    const saved = registration.data;
    const open = stageOpen(period.stage, Boolean(period.archivedAt), 'writeRegistration');
    const editable = open && (!saved || (saved.status === 'draft' && saved.abilities.update));
    body = (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" className="wrap-anywhere">
          {t.criteriaOf(criteria.ruleset.name, criteria.documentNumber)}
        </Typography.Text>
        {!open && <Alert role="status" type="info" showIcon title={t.notOpen(period.stageName)} />}
        {saved?.status === 'submitted' && (
          <Alert
            role="status"
            type="success"
            showIcon
            title={t.submittedOn(formatDate(saved.submittedAt))}
            description={open ? t.reopenHint : undefined}
          />
        )}
        {!saved && open && <Typography.Paragraph style={{ margin: 0 }}>{t.notStarted}</Typography.Paragraph>}
        {editable ? (
          <RegistrationForm
            key={unit.unitId}
            clusterId={clusterId}
            unitId={unit.unitId}
            criteria={criteria}
            leaves={quantitativeLeaves(criteria.ruleset)}
            saved={saved}
            onPrint={onPrint}
          />
        ) : saved ? (
          <>
            <RegistrationView registration={saved} compact={compact} />
            <div>
              <Button onClick={() => onPrint(saved.id)}>{regTexts.form.print}</Button>
            </div>
          </>
        ) : null}
      </Flex>
    );
  }

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }} className="wrap-anywhere">
        {t.title(unit.name)}
      </Typography.Title>
      {body}
    </Card>
  );
}
