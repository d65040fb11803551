import { App } from 'antd';
import { ReasonField } from '../shared/fields';
import { ModalForm } from '../shared/form-modal';
import { type Dossier, type StandingChange, useChangeStanding } from './api';
import { StandingFields } from './dossier-form';
import { texts } from './texts';

const FIELDS = ['candidateBars', 'candidateDisciplineEndedOn', 'reason'] as const;

/**
 * Records a change of an individual's standing after filing (khoản 4 Điều 4): a complaint that arrived,
 * an investigation opened, a discipline that ended. Saved with its reason in the audit log; while a bar
 * stands the dossier cannot be passed.
 */
export function StandingModal({ dossier, onClose }: { dossier: Dossier | null; onClose: () => void }) {
  const change = useChangeStanding();
  const { message } = App.useApp();
  if (!dossier) return null;
  return (
    <ModalForm<StandingChange>
      title={texts.standingTitle(dossier.candidateName)}
      okText={texts.save}
      name="dossier-standing"
      fields={FIELDS}
      onClose={onClose}
      initialValues={{
        candidateBars: dossier.candidateBars,
        candidateDisciplineEndedOn: dossier.candidateDisciplineEndedOn ?? undefined,
      }}
      save={async (values) => {
        await change.mutateAsync({
          dossier,
          change: {
            candidateBars: values.candidateBars ?? [],
            candidateDisciplineEndedOn: values.candidateDisciplineEndedOn || null,
            reason: values.reason.trim(),
          },
        });
        void message.success(texts.saved);
      }}
    >
      <StandingFields />
      <ReasonField
        label={texts.standingReason}
        id="dossier-standing-reason"
        required={texts.standingReasonRequired}
        rows={2}
      />
    </ModalForm>
  );
}
