import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDate } from '../format';
import { ModalForm } from '../shared/form-modal';
import { CalendarField, optionsOf, SelectField, TextField } from '../shared/fields';
import { blank, isoDay } from '../shared/form-values';
import { type Movement, type MovementStatus, useReviewReport, useSaveMovement, useSubmitReport } from './api';
import type { CellTarget } from './movements-page';
import { texts } from './texts';

/**
 * The report due dates as typed: days `dd/mm/yyyy` separated by commas or spaces ("10/06/2067,
 * 10/09/2067"), as the documents write them. Null when one of them is not a real day.
 */
export function parseDueDates(text: string | undefined): string[] | null {
  const parts = (text ?? '').split(/[,;\s]+/).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(part);
    if (!m) return null;
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (!dayjs(iso, 'YYYY-MM-DD', true).isValid() || dayjs(iso).format('YYYY-MM-DD') !== iso) return null;
    out.push(iso);
  }
  return out;
}

interface MovementValues {
  name: string;
  responsibleDeputyChair?: string | null;
  standingUnitId?: string | null;
  standingBody?: string | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  reportDueDates?: string;
  status: MovementStatus;
  participantUnitIds?: string[];
}
const MOVEMENT_FIELDS = [
  'name',
  'responsibleDeputyChair',
  'standingUnitId',
  'standingBody',
  'startsOn',
  'endsOn',
  'reportDueDates',
  'status',
  'participantUnitIds',
] as const;

/** Adds a movement to the period or changes one (the standing office). */
export function MovementFormModal({
  periodId,
  movement,
  units,
  onClose,
  onSaved,
}: {
  periodId: string;
  movement: Movement | null;
  units: { id: string; name: string }[];
  onClose: () => void;
  onSaved: (movement: Movement) => void;
}) {
  const save = useSaveMovement(periodId);
  const f = texts.fields;
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <ModalForm<MovementValues>
      title={movement ? texts.edit : texts.add}
      okText={texts.save}
      notSaved={texts.notSaved}
      name="movement"
      fields={MOVEMENT_FIELDS}
      onClose={onClose}
      width={640}
      initialValues={{
        name: movement?.name,
        responsibleDeputyChair: movement?.responsibleDeputyChair,
        standingUnitId: movement?.standingUnitId ?? undefined,
        standingBody: movement?.standingBody,
        startsOn: movement?.startsOn ? dayjs(movement.startsOn) : null,
        endsOn: movement?.endsOn ? dayjs(movement.endsOn) : null,
        reportDueDates: (movement?.reportDueDates ?? []).map(formatDate).join(', '),
        status: movement?.status ?? 'active',
        participantUnitIds: movement?.participantUnitIds ?? [],
      }}
      save={async (values) => {
        const saved = await save.mutateAsync({
          movement,
          body: {
            name: values.name,
            responsibleDeputyChair: blank(values.responsibleDeputyChair),
            standingUnitId: values.standingUnitId ?? null,
            standingBody: blank(values.standingBody),
            startsOn: isoDay(values.startsOn),
            endsOn: isoDay(values.endsOn),
            reportDueDates: parseDueDates(values.reportDueDates) ?? [],
            status: values.status,
            participantUnitIds:
              values.participantUnitIds && values.participantUnitIds.length > 0
                ? values.participantUnitIds
                : null,
          },
        });
        onSaved(saved);
      }}
    >
      <TextField name="name" label={f.name} id="movement-name" required grow maxLength={1000} />
      <TextField
        name="responsibleDeputyChair"
        label={f.responsibleDeputyChair}
        id="movement-deputy"
        maxLength={500}
        placeholder="Ví dụ: Đ/c Nguyễn Văn A - PCT UBND"
      />
      <SelectField
        name="standingUnitId"
        label={f.standingUnitId}
        id="movement-standing-unit"
        options={unitOptions}
        select={{ allowClear: true, showSearch: true, optionFilterProp: 'label' }}
      />
      <TextField name="standingBody" label={f.standingBody} id="movement-standing-body" maxLength={500} />
      <CalendarField
        name="startsOn"
        label={f.startsOn}
        id="movement-starts-on"
        placeholder={texts.datePlaceholder}
      />
      <CalendarField
        name="endsOn"
        label={f.endsOn}
        id="movement-ends-on"
        placeholder={texts.datePlaceholder}
      />
      <Form.Item
        name="reportDueDates"
        label={f.reportDueDates}
        htmlFor="movement-due-dates"
        extra={texts.dueDatesHelp}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              parseDueDates(value) === null
                ? Promise.reject(new Error(texts.badDueDates))
                : Promise.resolve(),
          },
        ]}
      >
        <Input id="movement-due-dates" placeholder="10/06/2026, 10/09/2026" />
      </Form.Item>
      <SelectField name="status" label={f.status} id="movement-status" options={optionsOf(texts.status)} />
      <SelectField
        name="participantUnitIds"
        label={f.participantUnitIds}
        id="movement-participants"
        extra={texts.participantsHelp}
        options={unitOptions}
        select={{ mode: 'multiple', allowClear: true, optionFilterProp: 'label' }}
      />
    </ModalForm>
  );
}

/** A unit's staff (or the standing office) submits a report for one due date, or submits it again. */
export function SubmitReportModal({
  movementId,
  target,
  onClose,
  onSaved,
}: {
  movementId: string;
  target: CellTarget;
  onClose: () => void;
  onSaved: () => void;
}) {
  const save = useSubmitReport(movementId);
  const { cell } = target;
  return (
    <ModalForm<{ summary: string }>
      title={texts.submitTitle(target.unitName, formatDate(cell.dueOn))}
      okText={cell.report ? texts.resubmit : texts.submit}
      notSaved={texts.notSaved}
      name="movement-report"
      fields={['summary']}
      onClose={onClose}
      initialValues={{ summary: cell.report?.summary }}
      save={async (values) => {
        await save.mutateAsync({
          unitId: target.unitId,
          dueOn: cell.dueOn,
          summary: values.summary,
          version: cell.report?.version ?? 0,
        });
        onSaved();
      }}
    >
      <TextField
        name="summary"
        label={texts.fields.summary}
        id="report-summary"
        required
        grow={{ minRows: 4 }}
        maxLength={5000}
      />
    </ModalForm>
  );
}

/** The standing office returns a report, saying why. */
export function ReturnReportModal({
  target,
  onClose,
  onSaved,
}: {
  target: CellTarget;
  onClose: () => void;
  onSaved: () => void;
}) {
  const review = useReviewReport();
  return (
    <ModalForm<{ reason: string }>
      title={texts.returnTitle(target.unitName, formatDate(target.cell.dueOn))}
      okText={texts.returnReport}
      notSaved={texts.notSaved}
      name="movement-report-return"
      fields={['reason']}
      onClose={onClose}
      save={async (values) => {
        await review.mutateAsync({
          report: target.cell.report!,
          outcome: 'returned',
          reason: values.reason,
        });
        onSaved();
      }}
    >
      <TextField
        name="reason"
        label={texts.fields.reason}
        id="report-return-reason"
        required
        grow={{ minRows: 3 }}
        maxLength={2000}
      />
    </ModalForm>
  );
}
