import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { stageOpen } from '@thidua/vocabulary';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useCriteriaVersion, useRegistration, useRegistrationBasis, useRegistrationList } from './api';
import { quantitativeLeaves } from './form-model';
import { RegistrationForm } from './registration-form';
import { DroppedNotice, RegistrationView } from './registration-view';
import { regTexts } from './texts';
import type { ClusterMember, CriteriaVersion, PeriodSummary, RegistrationBasis } from './types';

const t = regTexts.own;

/** Says plainly which criteria the targets are against: issued, the cluster's draft, or none yet. */
function BasisNotice({
  basis,
  criteria,
}: {
  basis: RegistrationBasis;
  criteria: CriteriaVersion | undefined;
}) {
  if (basis.kind === 'issued' && criteria)
    return (
      <Typography.Text type="secondary" className="wrap-anywhere" data-basis="issued">
        {t.criteriaOf(criteria.ruleset.name, criteria.documentNumber)}
      </Typography.Text>
    );
  if (basis.kind === 'draft' && criteria)
    return (
      <Alert
        role="status"
        type="info"
        showIcon
        data-basis="draft"
        title={t.againstDraft(criteria.ruleset.name, criteria.revision)}
        description={t.againstDraftHint}
      />
    );
  return (
    <Alert
      role="status"
      type="info"
      showIcon
      data-basis="none"
      title={t.noCriteriaYet}
      description={t.noCriteriaYetHint}
    />
  );
}

/**
 * The user's own unit's registration in the chosen cluster: a form while the period is in a stage that
 * takes registrations (from the criteria stage on, issue #14 §3) and the registration is a draft (or not
 * made yet), else the saved registration.
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
  // What a new registration is made against: issued criteria, the draft before issue, or none yet.
  const fresh = useRegistrationBasis(registrationId || list.isPending ? undefined : clusterId);
  const basis = registrationId ? registration.data?.criteria : fresh.data;
  const version = useCriteriaVersion(basis?.versionId ?? undefined);
  const failed = [list, registration, fresh, version].find((q) => q.isError);

  let body;
  if (failed) body = <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!basis || (basis.versionId && version.isPending))
    body = (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else {
    const saved = registration.data;
    const criteria = basis.versionId ? version.data : undefined;
    const open = stageOpen(period.stage, Boolean(period.archivedAt), 'writeRegistration');
    const editable = open && (!saved || (saved.status === 'draft' && saved.abilities.update));
    body = (
      <Flex vertical gap={12}>
        <BasisNotice basis={basis} criteria={criteria} />
        {editable && saved?.droppedAtIssue && <DroppedNotice dropped={saved.droppedAtIssue} />}
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
            awards={basis.titleOptions}
            leaves={criteria ? quantitativeLeaves(criteria.ruleset) : []}
            noPlansText={criteria ? undefined : t.noCriteriaYetHint}
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
