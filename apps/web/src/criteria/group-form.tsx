import { Alert, Form, Input } from 'antd';
import { DecimalInput } from './decimal-input';
import { Field } from './field';
import { tc } from './texts';
import type { PlacedProblem } from './tree-keys';
import type { Group } from './types';

const f = tc.form;

interface GroupFormProps {
  group: Group;
  problems: readonly PlacedProblem[];
  onChange: (next: Omit<Group, 'criteria'>) => void;
  readOnly: boolean;
  /** A cluster keeps the framework's group codes and maxima: only the name is the cluster's. */
  frameworkLocked: boolean;
  idPrefix: string;
}

/** A content group: code, name, maximum points, and the cap of its over-plan bonuses. */
export function GroupForm({
  group,
  problems,
  onChange,
  readOnly,
  frameworkLocked,
  idPrefix,
}: GroupFormProps) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const of = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
  const fields: Omit<Group, 'criteria'> = {
    code: group.code,
    name: group.name,
    maxPoints: group.maxPoints,
    ...(group.overPlanBonusCap !== undefined ? { overPlanBonusCap: group.overPlanBonusCap } : {}),
  };
  const set = (patch: Partial<Omit<Group, 'criteria'>>) => {
    const next = { ...fields, ...patch };
    if (next.overPlanBonusCap === undefined) delete next.overPlanBonusCap;
    onChange(next);
  };
  const other = problems.filter((p) => !['code', 'name', 'maxPoints', 'overPlanBonusCap'].includes(p.field));
  return (
    <Form layout="vertical" component="div" disabled={readOnly}>
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={other.map((p) => p.message).join('. ')}
        />
      )}
      <Field id={id('code')} label={f.code} problems={of('code')}>
        <Input
          id={id('code')}
          value={group.code}
          disabled={readOnly || frameworkLocked}
          onChange={(e) => set({ code: e.target.value })}
        />
      </Field>
      <Field id={id('name')} label={f.name} problems={of('name')}>
        <Input.TextArea
          id={id('name')}
          value={group.name}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      <Field id={id('maxPoints')} label={f.maxPoints} problems={of('maxPoints')}>
        <DecimalInput
          id={id('maxPoints')}
          value={group.maxPoints}
          disabled={readOnly || frameworkLocked}
          onChange={(maxPoints) => set({ maxPoints: maxPoints ?? 0 })}
          style={{ maxWidth: 160 }}
        />
      </Field>
      <Field
        id={id('cap')}
        label={f.overPlanBonusCap}
        problems={of('overPlanBonusCap')}
        extra={readOnly ? undefined : f.overPlanBonusCapHelp}
      >
        <DecimalInput
          id={id('cap')}
          value={group.overPlanBonusCap ?? undefined}
          onChange={(cap) => set({ overPlanBonusCap: cap })}
          style={{ maxWidth: 160 }}
        />
      </Field>
    </Form>
  );
}
