import { Button, Descriptions, Divider, Drawer, Flex, Grid, Input, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitResult } from '../ranking/types';
import { formatDateTime, formatScore } from '../format';
import { texts } from './texts';
import { LAYERS, type Cell, type Layer, type SheetCriterion, type SheetUnit } from './types';
import type { FieldErrors } from './use-cell-writer';
import { EvidenceList } from './evidence-list';
import { draftOf, kindOf, valueText } from './values';

export interface CellDetails {
  unit: SheetUnit;
  criterion: SheetCriterion;
  cell: Cell;
  /** The layer the user works in (its note and evidence can be changed when writable). */
  layer: Layer | null;
}

/**
 * One cell in full: the criterion, the four layers side by side (value, note, reason, when), the
 * engine's points for it with its explanation, the note of the user's layer, and the evidence files.
 */
export function CellDrawer({
  details,
  result,
  measure,
  noteError,
  onClose,
  onSaveNote,
  onEvidenceChanged,
}: {
  details: CellDetails | null;
  result: UnitResult | undefined;
  measure: string | undefined;
  noteError: FieldErrors | undefined;
  onClose: () => void;
  onSaveNote: (note: string) => void;
  onEvidenceChanged: () => void;
}) {
  const screens = Grid.useBreakpoint();
  const [note, setNote] = useState('');
  const layer = details?.layer ?? null;
  const own = details && layer ? details.cell[layer] : null;
  const writable = Boolean(details && layer && details.cell.canWrite.includes(layer));
  useEffect(() => setNote(own?.note ?? ''), [own?.note, details?.cell.criterionCode, details?.unit.id]);

  if (!details) return <Drawer open={false} onClose={onClose} />;
  const { unit, criterion, cell } = details;
  const kind = kindOf(criterion.kind);
  const line = result?.criteria.find((c) => c.code === criterion.code);

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={<span className="wrap-anywhere">{texts.details.title(unit.name, criterion.code)}</span>}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph className="wrap-anywhere" style={{ margin: 0 }}>
          {criterion.name}
        </Typography.Paragraph>
        <Flex wrap gap={4}>
          <Tag>{`${texts.standard}: ${formatScore(criterion.points)}`}</Tag>
          <Tag>{texts.kinds[kind]}</Tag>
          {measure && <Tag>{measure}</Tag>}
          <Tag>{texts.owners[criterion.owner]}</Tag>
          {criterion.evidenceRequired && <Tag color="orange">{texts.evidence.required}</Tag>}
        </Flex>
        {criterion.evidenceHint && (
          <Typography.Text type="secondary" className="wrap-anywhere">
            {criterion.evidenceHint}
          </Typography.Text>
        )}

        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {texts.details.layers}
        </Typography.Title>
        <Descriptions column={1} size="small" bordered>
          {LAYERS.map((l) => {
            const entry = cell[l];
            return (
              <Descriptions.Item key={l} label={texts.layers[l]}>
                {entry ? (
                  <Flex vertical gap={2}>
                    <strong data-testid={`detail-${l}`}>{valueText(kind, entry)}</strong>
                    {entry.note && <span className="wrap-anywhere">{entry.note}</span>}
                    {entry.reason && (
                      <span className="wrap-anywhere">
                        {texts.fields.reason}: {entry.reason}
                      </span>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(entry.updatedAt)}
                      {entry.evidenceCount > 0 ? ` · ${texts.evidence.count(entry.evidenceCount)}` : ''}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{texts.details.empty}</Typography.Text>
                )}
              </Descriptions.Item>
            );
          })}
        </Descriptions>

        {line && (
          <div>
            <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
              {texts.details.engine}
            </Typography.Title>
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>
              <strong>{formatScore(line.base)}</strong>
              {line.bonus ? ` + ${texts.details.bonus(formatScore(line.bonus))}` : ''}
            </Typography.Paragraph>
            <Typography.Text type="secondary" className="wrap-anywhere">
              {line.explanation}
            </Typography.Text>
          </div>
        )}

        {layer && writable && (
          <div>
            <Divider style={{ margin: '8px 0' }} />
            <label htmlFor="cell-note" style={{ fontWeight: 500 }}>
              {texts.details.noteFor(texts.layers[layer])}
            </label>
            <Input.TextArea
              id="cell-note"
              rows={3}
              maxLength={4000}
              value={note}
              disabled={!own}
              onChange={(e) => setNote(e.target.value)}
              status={noteError?.note ? 'error' : undefined}
              aria-invalid={noteError?.note ? true : undefined}
              aria-describedby={noteError?.note ? 'cell-note-error' : undefined}
            />
            {!own && <Typography.Text type="secondary">{texts.details.noteNeedsValue}</Typography.Text>}
            {noteError?.note && (
              <div id="cell-note-error" role="alert" className="field-error">
                {noteError.note}
              </div>
            )}
            {own && (
              <Button
                style={{ marginTop: 8 }}
                onClick={() => onSaveNote(note)}
                disabled={note === (own.note ?? '')}
              >
                {texts.details.saveNote}
              </Button>
            )}
          </div>
        )}

        <Divider style={{ margin: '8px 0' }} />
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {texts.evidence.title}
        </Typography.Title>
        {LAYERS.map((l) => {
          const entry = cell[l];
          const canChange = l === layer && writable;
          if (!entry) {
            return canChange ? (
              <Typography.Text key={l} type="secondary">
                {texts.evidence.needsEntry}
              </Typography.Text>
            ) : null;
          }
          if (!canChange && entry.evidenceCount === 0) return null;
          return (
            <div key={l}>
              <Typography.Text strong>{texts.evidence.ofLayer(texts.layers[l])}</Typography.Text>
              <EvidenceList entry={entry} canChange={canChange} onChanged={onEvidenceChanged} />
            </div>
          );
        })}
      </Flex>
    </Drawer>
  );
}

/** The note of a layer saved with its current value (the API writes value and note together). */
export function noteDraft(cell: Cell, layer: Layer, note: string) {
  return { ...draftOf(cell[layer]), note };
}
