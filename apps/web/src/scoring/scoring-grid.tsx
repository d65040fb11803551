import { LoadingOutlined, PaperClipOutlined, MessageOutlined, WarningFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import {
  Fragment,
  type KeyboardEvent,
  memo,
  type Ref,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { UnitResult } from '../ranking/types';
import { formatScore } from '../format';
import { texts } from './texts';
import { type GridPosition, useGridCursor } from './grid-cursor';
import { type AxisSlice, useGridWindow } from './grid-window';
import { LAYERS, type Cell, type Layer, type Sheet, type SheetCriterion, type SheetUnit } from './types';
import { type CellAddress, cellKey, type FieldErrors, type SaveState } from './use-cell-writer';
import { ValueInputs } from './value-inputs';
import {
  agreedDiffers,
  type Draft,
  draftOf,
  fieldsOf,
  kindOf,
  proposalValues,
  sameValue,
  valueText,
} from './values';

export type { GridPosition } from './grid-cursor';

interface Props {
  sheet: Sheet;
  layer: Layer | null;
  groupNames: Map<string, string>;
  ratingPoints: Map<string, Record<string, number>>;
  /** The engine's results by unit code; null when the user may not read them yet. */
  results: Map<string, UnitResult> | null;
  states: Record<string, SaveState>;
  /** The active cell as the page knows it; a move reaches `onActiveChange` once painted (grid-cursor.ts). */
  active: GridPosition;
  onActiveChange: (position: GridPosition) => void;
  /** Saves an edited value (the page asks for a reason first where a review needs one). */
  onCommit: (address: CellAddress, criterion: SheetCriterion, draft: Draft) => void;
  onOpenDetails: (position: GridPosition) => void;
  /** Review values typed that differ from the proposal, waiting for the batch's reason. */
  pending: Record<string, Draft>;
  /** Accepts the proposal of a cell (the D key). */
  onAccept: (position: GridPosition) => void;
  /** Lets the page's "Sửa" button start editing the active cell. */
  controls?: Ref<GridControls>;
}

export interface GridControls {
  edit: () => void;
}

/** A line of the grid: a content group's heading, or a criterion (line `r` of the sheet's criteria). */
type Line =
  { kind: 'group'; groupCode: string } | { kind: 'criterion'; r: number; criterion: SheetCriterion };

/** Estimated heights (px) of lines not drawn yet, and the width of a unit's column (styles.css). */
const GROUP_LINE = 31;
const CRITERION_LINE = 52;
const COLUMN_WIDTH = 144;

/**
 * The sheet as a grid: criteria as lines grouped by content group (30–150 of them read down), units as
 * columns (10–60 read across), both headers sticky. Each cell shows the layer being edited in bold and
 * the other layers small beneath; a cell whose agreed value differs from the unit's own is tinted.
 * Keyboard: arrows and Tab move, Enter edits, Enter or Tab saves, Esc cancels, I opens notes and evidence.
 * Virtualised: only the lines and columns in the scroll box (and a few around) are drawn, plus the
 * active cell's line and column wherever they are, so the focus stays put when scrolled away;
 * aria-rowcount/aria-colcount and aria-rowindex/aria-colindex give screen readers the whole size.
 * Lines and cells are memoised: an arrow key re-renders the grid alone (the page hears of it after the
 * frame, see grid-cursor.ts), and in it the two lines and two cells whose activity changed.
 */
export function ScoringGrid(props: Props) {
  const { sheet, layer } = props;
  const [active, onActiveChange] = useGridCursor(props.active, props.onActiveChange);
  const [editing, setEditing] = useState<{ key: string; draft: Draft } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLTableSectionElement>(null);
  const corner = useRef<HTMLTableCellElement>(null);
  const touched = useRef(false);
  const criteria = sheet.criteria;
  const units = useMemo(() => sheet.rows.map((r) => r.unit), [sheet]);
  const reviewOf = useMemo(() => new Map(sheet.rows.map((r) => [r.unit.id, r.review] as const)), [sheet]);

  const cells = useMemo(() => {
    const map = new Map<string, Cell>();
    for (const row of sheet.rows)
      for (const cell of row.cells) map.set(cellKey({ unitId: row.unit.id, code: cell.criterionCode }), cell);
    return map;
  }, [sheet]);

  const { lines, lineOf } = useMemo(() => {
    const all: Line[] = [];
    const of: number[] = [];
    criteria.forEach((criterion, r) => {
      if (criterion.groupCode !== (all.length ? criteria[r - 1]?.groupCode : undefined)) {
        all.push({ kind: 'group', groupCode: criterion.groupCode });
      }
      of[r] = all.length;
      all.push({ kind: 'criterion', r, criterion });
    });
    return { lines: all, lineOf: of };
  }, [criteria]);

  const view = useGridWindow({
    scroller,
    header,
    corner,
    lines: lines.length,
    columns: units.length,
    lineSize: (i) => (lines[i]?.kind === 'group' ? GROUP_LINE : CRITERION_LINE),
    columnSize: COLUMN_WIDTH,
    activeLine: lineOf[active.r] ?? -1,
    activeColumn: active.c,
  });

  const cellAt = (p: GridPosition) => {
    const unit = units[p.c];
    const criterion = criteria[p.r];
    if (!unit || !criterion) return null;
    const cell = cells.get(cellKey({ unitId: unit.id, code: criterion.code }));
    return cell ? { unit, criterion, cell } : null;
  };

  useEffect(() => {
    if (!touched.current || editing) return;
    const td = table.current?.querySelector<HTMLElement>(`[data-r="${active.r}"][data-c="${active.c}"]`);
    td?.focus({ preventScroll: false });
  }, [active, editing]);

  const move = (dr: number, dc: number) => {
    const r = Math.min(Math.max(active.r + dr, 0), criteria.length - 1);
    const c = Math.min(Math.max(active.c + dc, 0), units.length - 1);
    onActiveChange({ r, c });
  };

  const startEditing = (p: GridPosition, typed?: string) => {
    const at = cellAt(p);
    if (!at || !layer || !at.cell.canWrite.includes(layer)) return;
    const key = cellKey({ unitId: at.unit.id, code: at.criterion.code });
    const failed = props.states[key];
    // A review starts from the proposal, so the reviewer changes only what differs.
    const stored = layer === 'agreed' && !at.cell.agreed ? proposalValues(at.cell.proposal) : at.cell[layer];
    let draft =
      failed?.status === 'error' && failed.layer === layer
        ? failed.draft
        : (props.pending[key] ?? draftOf(stored));
    const first = fieldsOf(kindOf(at.criterion.kind))[0];
    // Typing a number on a cell starts editing its first input with what was typed (as in a spreadsheet).
    if (typed !== undefined && first && first !== 'rating' && first !== 'done') {
      draft = { ...draft, [first]: typed };
    }
    setEditing({ key, draft });
  };

  useImperativeHandle(props.controls, () => ({
    edit: () => {
      touched.current = true;
      startEditing(active);
    },
  }));

  const commit = (next: 'stay' | 'down' | 'right' | 'left') => {
    const at = cellAt(active);
    if (!editing || !at || !layer) return;
    const { draft } = editing;
    setEditing(null);
    const before = draftOf(at.cell[layer]);
    const kind = kindOf(at.criterion.kind);
    const changed = fieldsOf(kind).some((f) => draft[f] !== before[f]);
    if (changed || props.states[editing.key]?.status === 'error') {
      props.onCommit({ unitId: at.unit.id, code: at.criterion.code, layer }, at.criterion, draft);
    }
    touched.current = true;
    if (next === 'down') move(1, 0);
    else if (next === 'right') move(0, 1);
    else if (next === 'left') move(0, -1);
    else onActiveChange({ ...active });
  };

  // One stable object for every cell (so a memoised cell re-renders only when its own data changes);
  // it calls the latest closures of this render.
  const latest = useRef<CellHandlers | null>(null);
  latest.current = {
    draft: (draft) => setEditing((current) => (current ? { ...current, draft } : current)),
    commit,
    cancel: () => {
      setEditing(null);
      touched.current = true;
      onActiveChange({ ...active });
    },
    select: (p) => {
      touched.current = true;
      if (p.r !== active.r || p.c !== active.c) onActiveChange(p);
    },
    edit: (p) => startEditing(p),
  };
  const [handlers] = useState<CellHandlers>(() => ({
    draft: (d) => latest.current?.draft(d),
    commit: (n) => latest.current?.commit(n),
    cancel: () => latest.current?.cancel(),
    select: (p) => latest.current?.select(p),
    edit: (p) => latest.current?.edit(p),
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    touched.current = true;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1, 0),
      ArrowUp: () => move(-1, 0),
      ArrowRight: () => move(0, 1),
      ArrowLeft: () => move(0, -1),
      Home: () => onActiveChange({ r: active.r, c: 0 }),
      End: () => onActiveChange({ r: active.r, c: units.length - 1 }),
      Enter: () => startEditing(active),
      F2: () => startEditing(active),
      d: () => props.onAccept(active),
      D: () => props.onAccept(active),
      i: () => props.onOpenDetails(active),
      I: () => props.onOpenDetails(active),
    };
    if (event.key === 'Tab') {
      const last = active.c === units.length - 1 && active.r === criteria.length - 1;
      const first = active.c === 0 && active.r === 0;
      if ((event.shiftKey && first) || (!event.shiftKey && last)) return;
      event.preventDefault();
      if (event.shiftKey) {
        if (active.c > 0) move(0, -1);
        else onActiveChange({ r: active.r - 1, c: units.length - 1 });
      } else if (active.c < units.length - 1) move(0, 1);
      else onActiveChange({ r: active.r + 1, c: 0 });
      return;
    }
    if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(active, event.key);
      return;
    }
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // The cells of a drawn line: its heading, the columns drawn, and the gaps that stand for the others.
  const span =
    1 +
    view.columns.items.length +
    view.columns.items.filter((i) => i.before > 0).length +
    (view.columns.after > 0 ? 1 : 0);
  const gapLine = (key: string, height: number) => (
    <tr key={key} aria-hidden className="score-grid__gap">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
  return (
    <div
      ref={scroller}
      className="score-grid-wrap"
      role="region"
      aria-label={texts.scoringTitle}
      tabIndex={-1}
    >
      <table
        ref={table}
        className="score-grid"
        role="grid"
        aria-rowcount={lines.length + 1}
        aria-colcount={units.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead ref={header}>
          <HeaderRow
            units={units}
            columns={view.columns}
            measure={view.measureColumn}
            corner={corner}
            results={props.results}
            layer={layer}
            reviewOf={reviewOf}
          />
        </thead>
        <tbody>
          {view.lines.items.map(({ index, before }) => {
            const line = lines[index];
            if (!line) return null;
            const gap = before > 0 ? gapLine(`gap-${index}`, before) : null;
            if (line.kind === 'group') {
              return (
                <Fragment key={`g-${line.groupCode}`}>
                  {gap}
                  <tr
                    ref={view.measureLine}
                    data-index={index}
                    aria-rowindex={index + 2}
                    className="score-grid__group"
                  >
                    <th colSpan={span} aria-colspan={units.length + 1} scope="colgroup">
                      <span className="score-grid__group-name wrap-anywhere">
                        {texts.group(line.groupCode, props.groupNames.get(line.groupCode))}
                      </span>
                    </th>
                  </tr>
                </Fragment>
              );
            }
            const here = active.r === line.r;
            return (
              <Fragment key={line.criterion.code}>
                {gap}
                <GridRow
                  index={index}
                  r={line.r}
                  criterion={line.criterion}
                  units={units}
                  columns={view.columns}
                  cells={cells}
                  layer={layer}
                  activeC={here ? active.c : -1}
                  editing={here ? editing : null}
                  states={props.states}
                  pending={props.pending}
                  ratingPoints={props.ratingPoints.get(line.criterion.code)}
                  handlers={handlers}
                  measure={view.measureLine}
                />
              </Fragment>
            );
          })}
          {view.lines.after > 0 && gapLine('gap-end', view.lines.after)}
        </tbody>
      </table>
    </div>
  );
}

/** The empty cell that stands for the columns not drawn (`width` px of them). */
function columnGap(width: number, header = false) {
  const style = { width, minWidth: width, maxWidth: width };
  return header ? (
    <th aria-hidden className="score-grid__gap" style={style} />
  ) : (
    <td aria-hidden className="score-grid__gap" style={style} />
  );
}

/** The units' header: names, seats and the engine's totals, for the columns drawn. */
const HeaderRow = memo(function HeaderRow(props: {
  units: readonly SheetUnit[];
  columns: AxisSlice;
  measure: (element: HTMLElement | null) => void;
  corner: Ref<HTMLTableCellElement>;
  results: Map<string, UnitResult> | null;
  layer: Layer | null;
  reviewOf: Map<string, string>;
}) {
  const { layer, results } = props;
  return (
    <tr aria-rowindex={1}>
      <th ref={props.corner} scope="col" className="score-grid__corner" aria-colindex={1}>
        {texts.criterion}
      </th>
      {props.columns.items.map(({ index: c, before }) => {
        const unit = props.units[c];
        if (!unit) return null;
        const result = results?.get(unit.code);
        return (
          <Fragment key={unit.id}>
            {before > 0 && columnGap(before, true)}
            <th
              ref={props.measure}
              data-index={c}
              aria-colindex={c + 2}
              scope="col"
              className="score-grid__unit"
            >
              <div className="wrap-anywhere">{unit.name}</div>
              {unit.seat !== 'member' && (
                <Tag color={unit.seat === 'leader' ? 'blue' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
                  {texts.seat[unit.seat]}
                </Tag>
              )}
              {layer === 'agreed' && props.reviewOf.get(unit.id) === 'conflictOfInterest' && (
                <div className="score-grid__coi">{texts.review.conflictOfInterest}</div>
              )}
              <div className="score-grid__final" data-testid={`final-${unit.code}`}>
                {result ? (
                  <>
                    <span className="score-grid__final-label">{texts.totals.final}: </span>
                    <strong>{formatScore(result.final)}</strong>
                    {result.deductionTotal > 0 && (
                      <div className="score-grid__final-label">
                        {texts.totals.scored} {formatScore(result.scored)} −{' '}
                        {formatScore(result.deductionTotal)}
                      </div>
                    )}
                  </>
                ) : results === null ? null : (
                  '…'
                )}
              </div>
            </th>
          </Fragment>
        );
      })}
      {props.columns.after > 0 && columnGap(props.columns.after, true)}
    </tr>
  );
});

/** One criterion's line: its heading and its cells in the columns drawn. */
const GridRow = memo(function GridRow(props: {
  index: number;
  r: number;
  criterion: SheetCriterion;
  units: readonly SheetUnit[];
  columns: AxisSlice;
  cells: Map<string, Cell>;
  layer: Layer | null;
  /** The active cell's column when it is on this line, else −1. */
  activeC: number;
  editing: { key: string; draft: Draft } | null;
  states: Record<string, SaveState>;
  pending: Record<string, Draft>;
  ratingPoints: Record<string, number> | undefined;
  handlers: CellHandlers;
  measure: (element: HTMLElement | null) => void;
}) {
  const { criterion, r } = props;
  return (
    <tr ref={props.measure} data-index={props.index} aria-rowindex={props.index + 2}>
      <th scope="row" className="score-grid__criterion" aria-colindex={1}>
        <div className="score-grid__code">
          {criterion.code} <span className="score-grid__points">({formatScore(criterion.points)})</span>
        </div>
        <div className="score-grid__name wrap-anywhere" title={criterion.name}>
          {criterion.name}
        </div>
      </th>
      {props.columns.items.map(({ index: c, before }) => {
        const unit = props.units[c];
        if (!unit) return null;
        const key = cellKey({ unitId: unit.id, code: criterion.code });
        const isActive = props.activeC === c;
        return (
          <Fragment key={unit.id}>
            {before > 0 && columnGap(before)}
            <GridCell
              r={r}
              c={c}
              unitName={unit.name}
              criterion={criterion}
              cell={props.cells.get(key)}
              layer={props.layer}
              active={isActive}
              state={props.states[key]}
              editing={isActive && props.editing?.key === key ? props.editing.draft : null}
              pending={props.pending[key]}
              ratingPoints={props.ratingPoints}
              handlers={props.handlers}
            />
          </Fragment>
        );
      })}
      {props.columns.after > 0 && columnGap(props.columns.after)}
    </tr>
  );
});

interface CellProps {
  r: number;
  c: number;
  unitName: string;
  criterion: SheetCriterion;
  cell: Cell | undefined;
  layer: Layer | null;
  active: boolean;
  state: SaveState | undefined;
  editing: Draft | null;
  pending: Draft | undefined;
  ratingPoints: Record<string, number> | undefined;
  handlers: CellHandlers;
}

interface CellHandlers {
  draft: (draft: Draft) => void;
  commit: (next: 'stay' | 'down' | 'right' | 'left') => void;
  cancel: () => void;
  select: (position: GridPosition) => void;
  edit: (position: GridPosition) => void;
}

const GridCell = memo(function GridCell(props: CellProps) {
  const { cell, criterion, layer, state, r, c } = props;
  const kind = kindOf(criterion.kind);
  const label = texts.cellLabel(props.unitName, criterion.code);
  if (!cell) {
    return (
      <td
        className="score-cell score-cell--hidden"
        data-r={r}
        data-c={c}
        data-unit={props.unitName}
        data-criterion={criterion.code}
        role="gridcell"
        aria-colindex={c + 2}
        tabIndex={props.active ? 0 : -1}
      >
        <span className="visually-hidden">{texts.details.empty}</span>
      </td>
    );
  }
  const writable = Boolean(layer && cell.canWrite.includes(layer));
  const differs = agreedDiffers(kind, cell);
  const failed = state?.status === 'error' && state.layer === layer ? state : null;
  const main = layer ? cell[layer] : null;
  // In the review, a cell not reviewed yet shows what the reviewer is proposed to agree with.
  const proposed = layer === 'agreed' && !main && !props.pending ? cell.proposal : null;
  const pendingText = props.pending ? failedText(kind, props.pending) : null;
  const mainText = pendingText ?? valueText(kind, main ?? proposalValues(proposed));
  const others = LAYERS.filter((l) => l !== layer && cell[l]);
  const differsFromProposal = Boolean(
    layer === 'agreed' && cell.proposal && main && !sameValue(kind, main, proposalValues(cell.proposal)),
  );
  const spoken = texts.cellDescription([
    layer
      ? proposed
        ? `${texts.review.proposal} (${texts.review.proposalFrom[proposed.from]})`
        : props.pending
          ? `${texts.layers[layer]}, ${texts.review.pending}`
          : texts.layers[layer]
      : '',
    ...others.map((l) => texts.layerValue(texts.layers[l], valueText(kind, cell[l]))),
    differs ? texts.review.differsFromSelf : '',
    differsFromProposal ? texts.review.differsFromProposal : '',
    cell.objectionOpen ? texts.review.objection : '',
  ]);
  const evidence = LAYERS.reduce((n, l) => n + (cell[l]?.evidenceCount ?? 0), 0);
  const hasNote = LAYERS.some((l) => cell[l]?.note);
  // The scorer's own layer carries the evidence the criterion asks for.
  const ownerLayer: Layer =
    criterion.owner === 'focalUnit'
      ? 'focal'
      : criterion.owner === 'standingOffice'
        ? 'standingOffice'
        : 'self';
  const missingEvidence = criterion.evidenceRequired && cell[ownerLayer]?.evidenceCount === 0;
  const classes = [
    'score-cell',
    writable ? 'score-cell--writable' : 'score-cell--readonly',
    differs ? 'score-cell--differs' : '',
    props.active ? 'score-cell--active' : '',
    failed ? 'score-cell--error' : '',
  ].join(' ');

  return (
    <td
      className={classes}
      data-r={r}
      data-c={c}
      data-unit={props.unitName}
      data-criterion={criterion.code}
      role="gridcell"
      aria-colindex={c + 2}
      tabIndex={props.active ? 0 : -1}
      aria-selected={props.active}
      aria-readonly={!writable}
      onClick={() => props.handlers.select({ r, c })}
      onDoubleClick={() => props.handlers.edit({ r, c })}
    >
      {props.editing ? (
        <ValueInputs
          kind={kind}
          draft={props.editing}
          onChange={props.handlers.draft}
          errors={failed?.errors}
          ratingOptions={(criterion.ratingOptions ?? []).map((code) => ({
            code,
            points: props.ratingPoints?.[code],
          }))}
          idPrefix={`cell-${r}-${c}`}
          labelPrefix={label}
          compact
          autoFocus
          onCommit={props.handlers.commit}
          onCancel={props.handlers.cancel}
        />
      ) : (
        <>
          <div className="score-cell__main" data-testid="cell-main">
            {failed ? (
              <span className="score-cell__failed">{failedText(kind, failed.draft)}</span>
            ) : proposed ? (
              <span className="score-cell__proposal">{mainText}</span>
            ) : (
              mainText || <span className="score-cell__empty">—</span>
            )}
            {proposed && (
              <span className="score-cell__proposal-from" aria-hidden>
                {' '}
                {texts.review.proposal} {texts.layerShort[proposed.from]}
              </span>
            )}
            {props.pending && (
              <span className="score-cell__pending" aria-hidden>
                {' '}
                {texts.review.pending}
              </span>
            )}
            {state?.status === 'saving' && (
              <LoadingOutlined className="score-cell__icon" aria-label={texts.saving} />
            )}
          </div>
          {others.length > 0 && (
            <div className="score-cell__layers">
              {others.map((l) => (
                <span key={l} className={`score-cell__layer score-cell__layer--${l}`}>
                  {texts.layerShort[l]} {valueText(kind, cell[l])}
                </span>
              ))}
            </div>
          )}
          {(evidence > 0 || hasNote || differs || missingEvidence) && (
            <div className="score-cell__marks">
              {missingEvidence && (
                <span className="score-cell__missing-evidence" title={texts.missingEvidence}>
                  {texts.missingEvidence}
                </span>
              )}
              {differs && <WarningFilled aria-hidden className="score-cell__differs-icon" />}
              {hasNote && <MessageOutlined aria-hidden />}
              {evidence > 0 && (
                <span>
                  <PaperClipOutlined aria-hidden />
                  {evidence}
                  <span className="visually-hidden"> {texts.evidence.title}</span>
                </span>
              )}
            </div>
          )}
          <span className="visually-hidden"> {spoken}</span>
          {failed && (
            <div role="alert" className="field-error score-cell__error">
              {errorText(failed.errors)}
            </div>
          )}
        </>
      )}
    </td>
  );
});

/** Every refusal of a cell, each naming its input (`Kế hoạch: chưa nhập`). */
function errorText(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, message]) =>
      field in texts.fields ? `${texts.fields[field as keyof typeof texts.fields]}: ${message}` : message,
    )
    .join('; ');
}

function failedText(kind: ReturnType<typeof kindOf>, draft: Draft): string {
  if (kind === 'quantitative') return `${draft.actual}/${draft.plan}`;
  return fieldsOf(kind)
    .map((f) => draft[f])
    .filter((v) => v !== '')
    .join('/');
}
