import { CheckCircleFilled, LoadingOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import { type FocusEvent, useState } from 'react';
import { formatScore } from '../format';
import type { UnitResult } from '../ranking/types';
import { texts } from './texts';
import type { Cell, Layer, SheetCriterion } from './types';
import type { SaveState } from './use-cell-writer';
import { ValueInputs } from './value-inputs';
import { type Draft, draftOf, fieldsOf, isBlank, kindOf, valueText } from './values';

/**
 * One criterion of the self-scoring form: its name, standard points and evidence requirement; the
 * value inputs of its kind and a note, saved when the user leaves them; the evidence files; what the
 * scorer of a criterion the unit does not score itself gave.
 */
export function SelfCriterion({
  criterion,
  cell,
  state,
  measure,
  ratingPoints,
  engine,
  onSave,
  onOpenDetails,
}: {
  criterion: SheetCriterion;
  cell: Cell;
  state: SaveState | undefined;
  measure: string | undefined;
  ratingPoints: Record<string, number> | undefined;
  engine: UnitResult['criteria'][number] | undefined;
  onSave: (draft: Draft) => void;
  onOpenDetails: () => void;
}) {
  const kind = kindOf(criterion.kind);
  const entry = cell.self;
  const writable = cell.canWrite.includes('self');
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [sent, setSent] = useState<Draft | null>(null);
  const [syncedVersion, setSyncedVersion] = useState(entry?.version);
  // A newer entry from the server replaces the inputs unless the user typed since sending.
  if (entry?.version !== syncedVersion) {
    setSyncedVersion(entry?.version);
    if (sent === null || JSON.stringify(sent) === JSON.stringify(draft)) setDraft(draftOf(entry));
  }
  const errors = state?.status === 'error' ? state.errors : undefined;
  const idPrefix = `self-${criterion.code.replace(/[^A-Za-z0-9]/g, '-')}`;
  const label = `${criterion.code}`;

  const saveIfChanged = (next: Draft) => {
    const before = draftOf(entry);
    const changed = JSON.stringify(next) !== JSON.stringify(before);
    if (!changed && state?.status !== 'error') return;
    if (!entry && isBlank(kind, next) && next.note.trim() === '') return;
    setSent(next);
    onSave(next);
  };

  const leaveGroup = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    saveIfChanged(draft);
  };

  const otherLayer: Layer | null =
    criterion.owner === 'focalUnit'
      ? 'focal'
      : criterion.owner === 'standingOffice'
        ? 'standingOffice'
        : null;
  const missing = criterion.owner === 'self' && !entry;

  return (
    <section
      className={`self-criterion${missing ? ' self-criterion--missing' : ''}`}
      aria-labelledby={`${idPrefix}-title`}
      data-testid={`self-${criterion.code}`}
    >
      <div style={{ minWidth: 0 }}>
        <Typography.Text strong id={`${idPrefix}-title`} className="wrap-anywhere">
          {criterion.code}. {criterion.name}
        </Typography.Text>
        <Flex wrap gap={4} style={{ marginTop: 4 }}>
          <Tag>{`${texts.standard}: ${formatScore(criterion.points)}`}</Tag>
          <Tag>{texts.kinds[kind]}</Tag>
          {measure && <Tag>{measure}</Tag>}
          {criterion.evidenceRequired && <Tag color="orange">{texts.evidence.required}</Tag>}
          {missing && <Tag color="gold">{texts.self.missing}</Tag>}
        </Flex>
        {criterion.evidenceHint && (
          <Typography.Paragraph
            type="secondary"
            style={{ margin: '4px 0 0', fontSize: 12 }}
            className="wrap-anywhere"
          >
            {criterion.evidenceHint}
          </Typography.Paragraph>
        )}
        {engine && (
          <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 12 }} className="wrap-anywhere">
            <strong>
              {formatScore(engine.base)}
              {engine.bonus ? ` + ${formatScore(engine.bonus)}` : ''}
            </strong>{' '}
            <Typography.Text type="secondary">— {engine.explanation}</Typography.Text>
          </Typography.Paragraph>
        )}
      </div>
      <Flex vertical gap={8} style={{ minWidth: 0 }}>
        {otherLayer ? (
          <Typography.Text type="secondary">
            {texts.self.scoredBy(texts.owners[criterion.owner])}{' '}
            {cell[otherLayer] ? <strong>{valueText(kind, cell[otherLayer])}</strong> : null}
            {entry ? (
              <span>
                {' '}
                ({texts.layers.self}: {valueText(kind, entry)})
              </span>
            ) : null}
          </Typography.Text>
        ) : (
          <>
            <div onBlur={writable && kind !== 'rating' && kind !== 'yesno' ? leaveGroup : undefined}>
              <ValueInputs
                kind={kind}
                draft={draft}
                errors={errors}
                disabled={!writable}
                measure={measure}
                ratingOptions={(criterion.ratingOptions ?? []).map((code) => ({
                  code,
                  points: ratingPoints?.[code],
                }))}
                idPrefix={idPrefix}
                labelPrefix={label}
                onChange={(next) => {
                  setDraft(next);
                  // A choice is complete as soon as it is made.
                  if (fieldsOf(kind).some((f) => f === 'rating' || f === 'done')) saveIfChanged(next);
                }}
              />
            </div>
            <div>
              <label htmlFor={`${idPrefix}-note`} className="value-inputs__label">
                {texts.fields.note}
              </label>
              <Input.TextArea
                id={`${idPrefix}-note`}
                aria-label={`${label}: ${texts.fields.note}`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={4000}
                disabled={!writable}
                value={draft.note}
                onChange={(e) => setDraft({ ...draft, note: e.target.value })}
                onBlur={() => saveIfChanged(draft)}
                status={errors?.note ? 'error' : undefined}
                aria-invalid={errors?.note ? true : undefined}
                aria-describedby={errors?.note ? `${idPrefix}-note-error` : undefined}
              />
              {errors?.note && (
                <div id={`${idPrefix}-note-error`} role="alert" className="field-error">
                  {errors.note}
                </div>
              )}
            </div>
            {errors?.form && (
              <div role="alert" className="field-error">
                {errors.form}
              </div>
            )}
          </>
        )}
        <Flex gap={8} align="center" wrap>
          <Button
            size="small"
            icon={<PaperClipOutlined />}
            onClick={onOpenDetails}
            aria-label={`${texts.evidence.title} ${criterion.code}`}
          >
            {texts.evidence.title} ({entry?.evidenceCount ?? 0})
          </Button>
          <SaveStatus state={state} />
        </Flex>
      </Flex>
    </section>
  );
}

function SaveStatus({ state }: { state: SaveState | undefined }) {
  if (!state) return null;
  if (state.status === 'saving')
    return (
      <Typography.Text type="secondary" role="status">
        <LoadingOutlined /> {texts.saving}
      </Typography.Text>
    );
  if (state.status === 'saved')
    return (
      <Typography.Text type="success" role="status">
        <CheckCircleFilled /> {texts.savedAt(state.at)}
      </Typography.Text>
    );
  return (
    <Typography.Text type="danger" role="status">
      {texts.notSaved}
    </Typography.Text>
  );
}
