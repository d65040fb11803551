import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { DecimalInput } from './decimal-input';
import { Field } from './field';
import { tc } from './texts';
import type { PlacedProblem } from './tree-keys';
import { asLeaf, withChildren, withKind } from './tree-edit';
import type { Band, CriterionInput, CriterionKind, OverPlanBonus } from './types';

const f = tc.form;
const KINDS = Object.keys(tc.kinds) as CriterionKind[];

interface CriterionFormProps {
  node: CriterionInput;
  /** The node's problems; `field` is relative to the node (`points`, `bands[1].points`). */
  problems: readonly PlacedProblem[];
  onChange: (next: CriterionInput) => void;
  readOnly: boolean;
  /** Keeps the ids unique per node (labels point at their inputs). */
  idPrefix: string;
}

/** The messages of one field of the node, with "not a number" when its text cannot be read. */
function useFieldProblems(problems: readonly PlacedProblem[]) {
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());
  const of = (field: string, ...more: string[]) => [
    ...(bad.has(field) ? [f.notANumber] : []),
    ...problems.filter((p) => p.field === field || more.includes(p.field)).map((p) => p.message),
  ];
  const validity = (field: string) => (valid: boolean) =>
    setBad((current) => {
      if (valid === !current.has(field)) return current;
      const next = new Set(current);
      if (valid) next.delete(field);
      else next.add(field);
      return next;
    });
  return { of, validity };
}

/** The fields of one criterion: common ones, then those of its kind (SPEC §6), all editable in place. */
export function CriterionForm({ node, problems, onChange, readOnly, idPrefix }: CriterionFormProps) {
  const { of, validity } = useFieldProblems(problems);
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (patch: Partial<CriterionInput>) => {
    const next: CriterionInput = { ...node, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof CriterionInput];
    onChange(next);
  };
  const container = node.children !== undefined;

  return (
    <Form layout="vertical" component="div" disabled={readOnly}>
      <Field id={id('code')} label={f.code} problems={of('code')} extra={readOnly ? undefined : f.codeHelp}>
        <Input
          id={id('code')}
          value={node.code}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => set({ code: e.target.value })}
        />
      </Field>
      <Field id={id('name')} label={f.name} problems={of('name')}>
        <Input.TextArea
          id={id('name')}
          value={node.name}
          autoSize={{ minRows: 1, maxRows: 6 }}
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      <Field
        id={id('points')}
        label={f.points}
        problems={of('points', 'children')}
        extra={container ? f.isContainerHelp : undefined}
      >
        <DecimalInput
          id={id('points')}
          value={node.points}
          onChange={(points) => set({ points: points ?? 0 })}
          onValidity={validity('points')}
          style={{ maxWidth: 160 }}
        />
      </Field>
      <Field id={id('container')} label={f.isContainer}>
        <Switch
          id={id('container')}
          checked={container}
          onChange={(checked) =>
            onChange(checked ? withChildren(node, tc.editor.newCriterionName) : asLeaf(node))
          }
        />
      </Field>
      {!container && (
        <>
          <Field id={id('kind')} label={f.kind} problems={of('kind')}>
            <Select
              id={id('kind')}
              value={node.kind}
              options={KINDS.map((k) => ({ value: k, label: tc.kinds[k] }))}
              onChange={(kind: CriterionKind) => onChange(withKind(node, kind))}
            />
          </Field>
          {node.kind === 'quantitative' && (
            <QuantitativeFields node={node} set={set} id={id} of={of} validity={validity} />
          )}
          {node.kind === 'bands' && <BandsFields node={node} set={set} id={id} of={of} validity={validity} />}
          {node.kind === 'rating' && (
            <OptionsFields node={node} set={set} id={id} of={of} validity={validity} />
          )}
        </>
      )}
      <Field id={id('description')} label={f.description} problems={of('description')}>
        <Input.TextArea
          id={id('description')}
          value={node.description ?? ''}
          autoSize={{ minRows: 1, maxRows: 6 }}
          onChange={(e) => set({ description: e.target.value === '' ? undefined : e.target.value })}
        />
      </Field>
    </Form>
  );
}

interface KindFieldsProps {
  node: CriterionInput;
  set: (patch: Partial<CriterionInput>) => void;
  id: (field: string) => string;
  of: (field: string, ...more: string[]) => string[];
  validity: (field: string) => (valid: boolean) => void;
}

const DEFAULT_BONUS: OverPlanBonus = {
  per: 'percentOfPoints',
  amount: 1,
  capPercentOfPoints: 10,
  step: 'whole',
};

function QuantitativeFields({ node, set, id, of, validity }: KindFieldsProps) {
  const bonus = node.overPlanBonus;
  const setBonus = (patch: Partial<OverPlanBonus>) =>
    set({ overPlanBonus: { ...(bonus ?? DEFAULT_BONUS), ...patch } });
  return (
    <>
      <Field id={id('direction')} label={f.direction} problems={of('direction')}>
        <Radio.Group
          id={id('direction')}
          value={node.direction ?? 'increase'}
          onChange={(e) => set({ direction: e.target.value as 'increase' | 'decrease' })}
          options={[
            { value: 'increase', label: f.increase },
            { value: 'decrease', label: f.decrease },
          ]}
        />
      </Field>
      <Field id={id('unit')} label={f.unit} problems={of('unit')}>
        <Input
          id={id('unit')}
          value={node.unit ?? ''}
          placeholder={f.unitPlaceholder}
          onChange={(e) => set({ unit: e.target.value === '' ? undefined : e.target.value })}
          style={{ maxWidth: 240 }}
        />
      </Field>
      <Field id={id('overPlanBonus')} label={f.overPlanBonus} problems={of('overPlanBonus')}>
        <Switch
          id={id('overPlanBonus')}
          checked={bonus !== undefined}
          onChange={(on) => set({ overPlanBonus: on ? DEFAULT_BONUS : undefined })}
        />
      </Field>
      {bonus && (
        <div className="criteria-subfields">
          <Field id={id('per')} label={f.per} problems={of('overPlanBonus.per')}>
            <Select
              id={id('per')}
              value={bonus.per}
              onChange={(per: OverPlanBonus['per']) => setBonus({ per })}
              options={[
                { value: 'percentOfPoints', label: f.perPercentOfPoints },
                { value: 'points', label: f.perPoints },
              ]}
            />
          </Field>
          <Flex gap={12} wrap>
            <Field id={id('amount')} label={f.amount} problems={of('overPlanBonus.amount')}>
              <DecimalInput
                id={id('amount')}
                value={bonus.amount}
                onChange={(amount) => setBonus({ amount: amount ?? 0 })}
                onValidity={validity('overPlanBonus.amount')}
                style={{ width: 120 }}
              />
            </Field>
            <Field
              id={id('cap')}
              label={f.capPercentOfPoints}
              problems={of('overPlanBonus.capPercentOfPoints')}
            >
              <DecimalInput
                id={id('cap')}
                value={bonus.capPercentOfPoints}
                onChange={(cap) => setBonus({ capPercentOfPoints: cap ?? 0 })}
                onValidity={validity('overPlanBonus.capPercentOfPoints')}
                style={{ width: 120 }}
              />
            </Field>
          </Flex>
          <Field id={id('step')} label={f.step} problems={of('overPlanBonus.step')}>
            <Radio.Group
              id={id('step')}
              value={bonus.step ?? 'whole'}
              onChange={(e) => setBonus({ step: e.target.value as 'whole' | 'exact' })}
              options={[
                { value: 'whole', label: f.stepWhole },
                { value: 'exact', label: f.stepExact },
              ]}
            />
          </Field>
        </div>
      )}
    </>
  );
}

function BandsFields({ node, set, id, of, validity }: KindFieldsProps) {
  const bands = node.bands ?? [];
  const setBand = (i: number, patch: Partial<Band>) =>
    set({
      bands: bands.map((b, j) => {
        if (j !== i) return b;
        const next: Band = { ...b, ...patch };
        for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof Band];
        return next;
      }),
    });
  return (
    <fieldset className="criteria-subfields">
      <legend>{f.bands}</legend>
      {of('bands').map((m) => (
        <Typography.Text key={m} type="danger" role="alert">
          {m}
        </Typography.Text>
      ))}
      {bands.map((band, i) => {
        const n = i + 1;
        const prefix = `bands[${i}]`;
        return (
          <div key={i} className="criteria-row">
            <Typography.Text strong>{f.band(n)}</Typography.Text>
            {of(prefix).map((m) => (
              <Typography.Text key={m} type="danger" role="alert" style={{ display: 'block' }}>
                {m}
              </Typography.Text>
            ))}
            <Flex gap={8} wrap align="flex-end">
              <Field id={id(`band${i}-min`)} label={f.bandMin} problems={of(`${prefix}.min`)}>
                <DecimalInput
                  id={id(`band${i}-min`)}
                  value={band.min}
                  onChange={(min) => setBand(i, { min })}
                  onValidity={validity(`${prefix}.min`)}
                  style={{ width: 100 }}
                />
              </Field>
              <Field id={id(`band${i}-max`)} label={f.bandMax} problems={of(`${prefix}.max`)}>
                <DecimalInput
                  id={id(`band${i}-max`)}
                  value={band.max}
                  onChange={(max) => setBand(i, { max })}
                  onValidity={validity(`${prefix}.max`)}
                  style={{ width: 100 }}
                />
              </Field>
              <Field id={id(`band${i}-points`)} label={f.bandPoints} problems={of(`${prefix}.points`)}>
                <DecimalInput
                  id={id(`band${i}-points`)}
                  value={band.points}
                  onChange={(points) => setBand(i, { points: points ?? 0 })}
                  onValidity={validity(`${prefix}.points`)}
                  style={{ width: 100 }}
                />
              </Field>
              <Button
                icon={<DeleteOutlined />}
                aria-label={f.removeBand(n)}
                title={f.removeBand(n)}
                onClick={() => set({ bands: bands.filter((_, j) => j !== i) })}
                style={{ marginBottom: 12 }}
              />
            </Flex>
            <Flex gap={16} wrap>
              <Checkbox
                checked={band.minExclusive ?? false}
                onChange={(e) => setBand(i, { minExclusive: e.target.checked || undefined })}
              >
                {f.bandMinExclusive}
              </Checkbox>
              <Checkbox
                checked={band.maxExclusive ?? false}
                onChange={(e) => setBand(i, { maxExclusive: e.target.checked || undefined })}
              >
                {f.bandMaxExclusive}
              </Checkbox>
            </Flex>
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => set({ bands: [...bands, { points: 0 }] })}>
        {f.addBand}
      </Button>
    </fieldset>
  );
}

function OptionsFields({ node, set, id, of, validity }: KindFieldsProps) {
  const entries = Object.entries(node.options ?? {});
  const setEntries = (next: [string, number][]) => set({ options: Object.fromEntries(next) });
  const optionProblems = (code: string) => [
    ...of(`options.${code}`),
    ...of(`options[${JSON.stringify(code)}]`),
  ];
  return (
    <fieldset className="criteria-subfields">
      <legend>{f.options}</legend>
      {of('options').map((m) => (
        <Typography.Text key={m} type="danger" role="alert">
          {m}
        </Typography.Text>
      ))}
      {entries.map(([code, points], i) => (
        <Flex key={i} gap={8} wrap align="flex-end">
          <Field id={id(`option${i}-code`)} label={f.optionCode}>
            <Input
              id={id(`option${i}-code`)}
              value={code}
              style={{ width: 140 }}
              onChange={(e) => {
                const renamed = e.target.value;
                if (renamed !== code && entries.some(([c]) => c === renamed)) return;
                setEntries(entries.map(([c, p], j) => (j === i ? [renamed, p] : [c, p])));
              }}
            />
          </Field>
          <Field id={id(`option${i}-points`)} label={f.optionPoints} problems={optionProblems(code)}>
            <DecimalInput
              id={id(`option${i}-points`)}
              value={points}
              onChange={(p) => setEntries(entries.map(([c, q], j) => (j === i ? [c, p ?? 0] : [c, q])))}
              onValidity={validity(`options.${code}`)}
              style={{ width: 100 }}
            />
          </Field>
          <Button
            icon={<DeleteOutlined />}
            aria-label={f.removeOption(code)}
            title={f.removeOption(code)}
            onClick={() => setEntries(entries.filter((_, j) => j !== i))}
            style={{ marginBottom: 12 }}
          />
        </Flex>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => {
          let n = entries.length + 1;
          while (entries.some(([c]) => c === `MUC${n}`)) n++;
          setEntries([...entries, [`MUC${n}`, 0]]);
        }}
      >
        {f.addOption}
      </Button>
    </fieldset>
  );
}
