import { Alert, Button, Card, Checkbox, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useClusterResults } from '../ranking/api';
import type { UnitResult } from '../ranking/types';
import { CellDrawer, noteDraft } from './cell-drawer';
import { ConflictModal } from './conflict-modal';
import { engineValueErrors } from './engine-check';
import { choiceBlocker, PeriodClusterPicker, useScoringChoice } from './pickers';
import { ReasonModal } from './reason-modal';
import { rulesetInfo } from './ruleset-info';
import { type GridControls, type GridPosition, ScoringGrid } from './scoring-grid';
import { texts } from './texts';
import { useScoringCouncil } from './use-scoring-council';
import { ExportExcelButton, ImportExcelButton, TEMPLATE_LAYERS } from '../spreadsheets/excel-buttons';
import { xlsxTexts } from '../spreadsheets/texts';
import {
  type EntryValues,
  LAYERS,
  type Layer,
  type ReviewBatchResult,
  type Sheet,
  type SheetCriterion,
} from './types';
import { type CellAddress, cellKey, useCellWriter } from './use-cell-writer';
import { isApiError } from '../api/client';
import { resultsKey, saveReviewBatch, sheetKey, useRevision, useSheet } from './api';
import { type AcceptScope, BatchSummary, ReviewToolbar } from './review-toolbar';
import {
  agreedDiffers,
  type Draft,
  draftOf,
  kindOf,
  needsReason,
  preferredLayer,
  proposalValues,
  sameAsProposal,
  valuesOf,
} from './values';
import { ScreenHeader } from '../shared/page-header';

/**
 * Scoring and review of a cluster: period → cluster, then the units × criteria grid of the four layers
 * (self, focal department, standing office, agreed). The user edits the layer their role may write now;
 * a review change asks for a reason; every save is sent with the version read and the engine's totals
 * are read again after it. What the sheet shows is what the server lets the user see.
 */
function ScoringPage() {
  usePageTitle(texts.scoringTitle);
  const { councils, council, ownUnits } = useScoringCouncil();
  const choice = useScoringChoice();
  const { cluster } = choice;
  const sheet = useSheet(cluster?.id);
  const revision = useRevision(sheet.data?.criteriaVersion.id);
  // A focal department outside the cluster scores its criteria but does not read the cluster's results.
  const readsResults =
    choice.councilWide ||
    choice.workplaces.some((w) => w.clusterId === cluster?.id && w.roles.some((r) => r !== 'focal'));
  const results = useClusterResults(readsResults ? cluster?.id : undefined);

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={texts.noCouncil} />;

  let body;
  const blocker = choiceBlocker(choice);
  if (blocker) body = blocker;
  else if (sheet.isError) body = <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  else if (!sheet.data || !cluster)
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={texts.loading} />
      </Flex>
    );
  else
    body = (
      <SheetView
        key={cluster.id}
        sheet={sheet.data}
        ownUnits={ownUnits}
        info={rulesetInfo(revision.data)}
        ruleset={revision.data?.ruleset}
        results={results.isError || !readsResults ? null : results.data?.units}
      />
    );

  return (
    <>
      <ScreenHeader
        title={texts.scoringTitle}
        subtitle={council.name}
        pickers={<PeriodClusterPicker choice={choice} idPrefix="scoring" />}
      />
      <Card className="page-card">{body}</Card>
    </>
  );
}

/** A review value typed that differs from the proposal: saved with the next batch's reason. */
interface PendingChange {
  address: CellAddress;
  criterion: SheetCriterion;
  draft: Draft;
  values: EntryValues;
  /** The version of the review value read (0: none yet). */
  version: number;
}

function without<T>(all: Record<string, T>, key: string): Record<string, T> {
  if (!(key in all)) return all;
  const next = { ...all };
  delete next[key];
  return next;
}

interface PendingReason {
  address: CellAddress;
  criterion: SheetCriterion;
  draft: Draft;
  error?: string;
}

function SheetView({
  sheet: fullSheet,
  ownUnits,
  info,
  ruleset,
  results,
}: {
  sheet: Sheet;
  ownUnits: ReadonlySet<string>;
  info: ReturnType<typeof rulesetInfo>;
  /** The revision's ruleset: a review value is checked by the engine before it waits for a reason. */
  ruleset: unknown;
  results: UnitResult[] | null | undefined;
}) {
  const queryClient = useQueryClient();
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const differing = useMemo(
    () =>
      fullSheet.criteria.filter((c) =>
        fullSheet.rows.some((r) => {
          const cell = r.cells.find((x) => x.criterionCode === c.code);
          return cell ? agreedDiffers(kindOf(c.kind), cell) : false;
        }),
      ),
    [fullSheet],
  );
  // The grid's lines: every criterion, or only those where a reviewer changed a unit's own value.
  const sheet = useMemo(
    () => (onlyDiffering ? { ...fullSheet, criteria: differing } : fullSheet),
    [fullSheet, differing, onlyDiffering],
  );
  const key = sheetKey(sheet.cluster.id);
  const writer = useCellWriter(key, sheet.cluster.id);
  const writable = useMemo(
    () => new Set(sheet.rows.flatMap((r) => r.cells.flatMap((c) => c.canWrite))),
    [sheet],
  );
  const [chosenLayer, setLayer] = useState<Layer | null>(null);
  const layer: Layer =
    chosenLayer ?? preferredLayer(writable) ?? (sheet.period.published ? 'agreed' : 'self');
  const [active, setActive] = useState<GridPosition>({ r: 0, c: 0 });
  const controls = useRef<GridControls>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [reason, setReason] = useState<PendingReason | null>(null);
  const [pending, setPending] = useState<Record<string, PendingChange>>({});
  const [batch, setBatch] = useState<{ scope: AcceptScope | null; count: number; error?: string } | null>(
    null,
  );
  const [summary, setSummary] = useState<ReviewBatchResult | null>(null);
  const [stale, setStale] = useState<string[] | null>(null);
  const pendingKeys = useMemo(() => new Set(Object.keys(pending)), [pending]);
  const pendingDrafts = useMemo(
    () => Object.fromEntries(Object.entries(pending).map(([k, p]) => [k, p.draft])),
    [pending],
  );
  const [savingReason, setSavingReason] = useState(false);
  // Changed review values wait in the browser for the batch's one reason: leaving the page (closing the
  // tab, reloading) first asks the browser's own confirmation so they are not lost without a word.
  useEffect(() => {
    if (pendingKeys.size === 0) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pendingKeys]);
  const byCode = useMemo(() => new Map((results ?? []).map((u) => [u.unit, u] as const)), [results]);

  const unit = sheet.rows[active.c]?.unit;
  const criterion = sheet.criteria[active.r];
  const cell = sheet.rows[active.c]?.cells.find((c) => c.criterionCode === criterion?.code);

  const cellOf = (unitId: string, code: string) =>
    fullSheet.rows.find((r) => r.unit.id === unitId)?.cells.find((c) => c.criterionCode === code);

  /** Saves a value; a layer that needs a reason asks for it in a dialog first (the drawer's note). */
  const commitWithReason = (address: CellAddress, crit: SheetCriterion, draft: Draft) => {
    const existing = cellOf(address.unitId, address.code)?.[address.layer];
    const checked = valuesOf(kindOf(crit.kind), draft);
    // Values are checked first: a reason is never asked for a value that cannot be saved.
    if (checked.ok && needsReason(address.layer, Boolean(existing))) {
      const proposal = cellOf(address.unitId, address.code)?.proposal ?? null;
      if (address.layer === 'agreed' && sameAsProposal(kindOf(crit.kind), checked.values, proposal)) {
        void writer.save(address, crit.kind, draft);
      } else setReason({ address, criterion: crit, draft });
    } else void writer.save(address, crit.kind, draft);
  };

  /**
   * A value typed in the grid. In the review, agreeing with the proposal saves at once (no reason);
   * a different value waits beside the others for one reason, given with a batch.
   */
  const commit = (address: CellAddress, crit: SheetCriterion, draft: Draft) => {
    const key = cellKey(address);
    if (address.layer !== 'agreed') return commitWithReason(address, crit, draft);
    const kind = kindOf(crit.kind);
    const checked = valuesOf(kind, draft);
    const cell = cellOf(address.unitId, address.code);
    if (!checked.ok || sameAsProposal(kind, checked.values, cell?.proposal ?? null)) {
      setPending((all) => without(all, key));
      void writer.save(address, crit.kind, draft);
      return;
    }
    const refused = engineValueErrors(ruleset, crit.code, checked.values);
    if (Object.keys(refused).length > 0) {
      setPending((all) => without(all, key));
      writer.refuse(address, draft, refused);
      return;
    }
    writer.clearState(key);
    setPending((all) => ({
      ...all,
      [key]: { address, criterion: crit, draft, values: checked.values, version: cell?.agreed?.version ?? 0 },
    }));
  };

  /** The D key and the button: the cell's proposal becomes its review value. */
  const accept = (p: GridPosition) => {
    const row = sheet.rows[p.c];
    const crit = sheet.criteria[p.r];
    const target = row?.cells.find((c) => c.criterionCode === crit?.code);
    if (!row || !crit || !target?.proposal || layer !== 'agreed' || !target.canWrite.includes('agreed')) {
      return;
    }
    const address = { unitId: row.unit.id, code: crit.code, layer: 'agreed' as const };
    setPending((all) => without(all, cellKey(address)));
    void writer.save(address, crit.kind, draftOf(proposalValues(target.proposal)));
    setActive({ r: Math.min(p.r + 1, sheet.criteria.length - 1), c: p.c });
  };

  const submitBatch = async (text: string) => {
    if (!batch) return;
    setSavingReason(true);
    const changes = Object.values(pending).map((p) => ({
      unitId: p.address.unitId,
      criterionCode: p.address.code,
      version: p.version,
      ...p.values,
    }));
    const cells = fullSheet.rows.flatMap((row) =>
      row.cells
        .filter((c) => c.proposal && !c.agreed)
        .map((c) => ({
          unitId: row.unit.id,
          criterionCode: c.criterionCode,
          from: c.proposal!.from,
          version: c.proposal!.version,
        })),
    );
    try {
      const result = await saveReviewBatch(sheet.cluster.id, {
        reason: text,
        ...(batch.scope ? { accept: batch.scope } : {}),
        cells,
        changes,
      });
      setPending({});
      setBatch(null);
      setStale(null);
      setSummary(result);
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        setBatch(null);
        setSummary(null);
        setStale(error.fields.map((f) => f.message));
      } else {
        setBatch({ ...batch, error: isApiError(error) ? error.message : texts.errors.saveFailed });
      }
    } finally {
      setSavingReason(false);
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: resultsKey(sheet.cluster.id) });
    }
  };

  const submitReason = async (text: string) => {
    if (!reason) return;
    setSavingReason(true);
    const ok = await writer.save(reason.address, reason.criterion.kind, reason.draft, text);
    setSavingReason(false);
    const state = writer.states[cellKey(reason.address)];
    if (ok || !(state?.status === 'error' && state.errors.reason)) setReason(null);
    else setReason({ ...reason, error: state.errors.reason });
  };

  const ownRowOnly =
    !sheet.period.published &&
    sheet.rows.length > 0 &&
    sheet.rows.every((r) => ownUnits.has(r.unit.id)) &&
    !writable.has('agreed');
  const focalOnly = info.leafCount > 0 && fullSheet.criteria.length < info.leafCount;
  const conflictKind =
    sheet.criteria.find((c) => c.code === writer.conflict?.address.code)?.kind ?? 'qualitative';
  const canEditActive = Boolean(cell?.canWrite.includes(layer));
  const reviewer = fullSheet.rows.some((r) => r.review !== 'notReviewer');

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
          {sheet.cluster.name}
          <Tag style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>
            {texts.revision(sheet.criteriaVersion.revision)}
          </Tag>
          <Tag color={sheet.period.published ? 'green' : 'default'} style={{ verticalAlign: 'middle' }}>
            {sheet.period.published ? texts.published : texts.notPublished}
          </Tag>
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          {results && (
            <ExportExcelButton
              path={`/clusters/${sheet.cluster.id}/spreadsheets/results`}
              title={xlsxTexts.sheetTitle(sheet.cluster.name)}
            />
          )}
          <ImportExcelButton
            clusterId={sheet.cluster.id}
            layers={TEMPLATE_LAYERS.filter((l) => writable.has(l))}
          />
          <span id="layer-label">{writable.size === 0 ? texts.viewingLayer : texts.editingLayer}:</span>
          <Segmented<Layer>
            aria-labelledby="layer-label"
            value={layer}
            onChange={(value) => setLayer(value)}
            options={LAYERS.map((l) => ({
              value: l,
              label: writable.has(l) ? <strong>{texts.layers[l]} ✎</strong> : texts.layers[l],
            }))}
          />
        </Flex>
      </Flex>
      {ownRowOnly && sheet.rows[0] && (
        <Alert type="info" showIcon role="status" title={texts.ownRowOnly(sheet.rows[0].unit.name)} />
      )}
      {focalOnly && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={texts.focalOnly(fullSheet.criteria.length, info.leafCount)}
        />
      )}
      {writable.size === 0 && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={sheet.period.stage === 'archived' ? texts.archivedReadOnly : texts.readOnly}
        />
      )}

      <Flex wrap gap={8} align="center" className="score-toolbar">
        {unit && criterion ? (
          <>
            <span className="wrap-anywhere" style={{ flex: '1 1 320px', minWidth: 0 }}>
              <strong>{texts.activeCell}:</strong> {unit.name} — {criterion.code}. {criterion.name}
            </span>
            <Button size="small" disabled={!canEditActive} onClick={() => controls.current?.edit()}>
              {texts.editCell}
            </Button>
            <Button size="small" onClick={() => setDetailsOpen(true)}>
              {texts.openDetails}
            </Button>
          </>
        ) : (
          <span>{texts.noActiveCell}</span>
        )}
      </Flex>

      {layer === 'agreed' && reviewer && (
        <ReviewToolbar
          sheet={fullSheet}
          unit={unit}
          criterion={criterion}
          cell={cell}
          activeReview={sheet.rows[active.c]?.review}
          pendingKeys={pendingKeys}
          onAccept={() => accept(active)}
          onBatch={(scope, count) => setBatch({ scope, count })}
        />
      )}
      {summary && <BatchSummary result={summary} onClose={() => setSummary(null)} />}
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: () => setStale(null) }}
          title={texts.review.stale}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {stale.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Checkbox
        checked={onlyDiffering}
        onChange={(e) => {
          setOnlyDiffering(e.target.checked);
          setActive({ r: 0, c: 0 });
        }}
      >
        {texts.onlyDiffering(differing.length)}
      </Checkbox>
      {onlyDiffering && differing.length === 0 && (
        <Typography.Text type="secondary">{texts.noneDiffering}</Typography.Text>
      )}
      <ScoringGrid
        controls={controls}
        sheet={sheet}
        layer={layer}
        groupNames={info.groupNames}
        ratingPoints={info.ratingPoints}
        results={results === null ? null : byCode}
        states={writer.states}
        active={active}
        onActiveChange={setActive}
        onCommit={commit}
        pending={pendingDrafts}
        onAccept={accept}
        onOpenDetails={(p) => {
          setActive(p);
          setDetailsOpen(true);
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {texts.legend} {texts.keyboardHelp} {texts.totals.engineNote}
      </Typography.Text>

      <ReasonModal
        open={reason !== null}
        subject={
          reason
            ? `${sheet.rows.find((r) => r.unit.id === reason.address.unitId)?.unit.name ?? ''} — ${reason.criterion.code}. ${reason.criterion.name}`
            : ''
        }
        serverError={reason?.error}
        saving={savingReason}
        onSubmit={(text) => void submitReason(text)}
        onCancel={() => setReason(null)}
      />
      <ReasonModal
        open={batch !== null}
        title={texts.review.batchTitle}
        help={texts.review.batchHelp}
        placeholder={texts.review.batchPlaceholder}
        subject={batch ? texts.review.batchSubject(batch.count, Object.keys(pending).length) : ''}
        serverError={batch?.error}
        saving={savingReason}
        onSubmit={(text) => void submitBatch(text)}
        onCancel={() => setBatch(null)}
      />
      <ConflictModal
        conflict={writer.conflict}
        kind={conflictKind}
        onResolve={(keep) => void writer.resolveConflict(keep)}
      />
      <CellDrawer
        details={detailsOpen && unit && criterion && cell ? { unit, criterion, cell, layer } : null}
        result={unit ? byCode.get(unit.code) : undefined}
        measure={criterion ? info.measures.get(criterion.code) : undefined}
        noteError={
          unit && criterion
            ? errorsOf(writer.states[cellKey({ unitId: unit.id, code: criterion.code })])
            : undefined
        }
        onClose={() => setDetailsOpen(false)}
        onSaveNote={(note) => {
          if (!unit || !criterion || !cell) return;
          commitWithReason(
            { unitId: unit.id, code: criterion.code, layer },
            criterion,
            noteDraft(cell, layer, note),
          );
        }}
        onEvidenceChanged={() => void queryClient.invalidateQueries({ queryKey: key })}
      />
    </Flex>
  );
}

function errorsOf(state: ReturnType<typeof useCellWriter>['states'][string] | undefined) {
  return state?.status === 'error' ? state.errors : undefined;
}

export { ScoringPage as Component };
