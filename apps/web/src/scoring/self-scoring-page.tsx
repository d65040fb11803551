import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Progress, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { DownloadButtons } from '../documents/download-buttons';
import { docTexts } from '../documents/texts';
import { paths } from '../app/paths';
import { formatScore } from '../format';
import { useClusterResults } from '../ranking/api';
import { sheetKey, useRevision, useSheet } from './api';
import { CellDrawer } from './cell-drawer';
import { ConflictModal } from './conflict-modal';
import { choiceBlocker, PeriodClusterPicker, Picker, useSelfScoringChoice } from './pickers';
import { rulesetInfo } from './ruleset-info';
import { SelfCriterion } from './self-criterion';
import { selfCriteriaShown, selfDone } from './self-progress';
import { texts } from './texts';
import { useScoringCouncil } from './use-scoring-council';
import { ImportExcelButton } from '../spreadsheets/excel-buttons';
import type { Sheet, SheetUnit } from './types';
import { cellKey, useCellWriter } from './use-cell-writer';
import { draftOf as draftOfSelf } from './values';
import { ScreenHeader } from '../shared/page-header';

/**
 * Self-scoring of the user's own unit: the period and cluster (by default the one the unit sits in),
 * then every criterion as a form line with the inputs of its kind, a note and the evidence; the
 * progress, and the unit's totals as the engine computes them after each save.
 */
function SelfScoringPage() {
  usePageTitle(texts.selfTitle);
  const { councils, council, ownUnits } = useScoringCouncil();
  const choice = useSelfScoringChoice();
  const { cluster } = choice;
  const myMembers = (cluster?.members ?? []).filter((m) => ownUnits.has(m.unitId));
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const member = myMembers.find((m) => m.unitId === chosenUnit) ?? myMembers[0];
  const sheet = useSheet(member ? cluster?.id : undefined, member?.unitId);

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={texts.noCouncil} />;

  let body;
  if (ownUnits.size === 0) body = <Alert role="status" type="info" showIcon title={texts.noUnit} />;
  else if (choiceBlocker(choice)) body = choiceBlocker(choice);
  else if (!member) body = <Alert role="status" type="info" showIcon title={texts.noOwnCluster} />;
  else if (sheet.isError) body = <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  else if (!sheet.data || !cluster || !member)
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={texts.loading} />
      </Flex>
    );
  else {
    const row = sheet.data.rows.find((r) => r.unit.id === member.unitId);
    body = row ? (
      <SelfForm
        key={`${cluster.id}-${member.unitId}`}
        sheet={sheet.data}
        unit={row.unit}
        councilId={council.id}
      />
    ) : (
      <Alert role="status" type="info" showIcon title={texts.noOwnCluster} />
    );
  }

  return (
    <>
      <ScreenHeader
        title={texts.selfTitle}
        subtitle={council.name}
        pickers={
          <PeriodClusterPicker
            choice={choice}
            idPrefix="self"
            extra={
              myMembers.length > 1 ? (
                <Picker label={texts.unit} id="self-unit">
                  <Select
                    id="self-unit"
                    value={member?.unitId}
                    options={myMembers.map((m) => ({ value: m.unitId, label: m.name }))}
                    onChange={(id: string) => setChosenUnit(id)}
                    popupMatchSelectWidth={false}
                  />
                </Picker>
              ) : null
            }
          />
        }
      />
      {body}
    </>
  );
}

function SelfForm({ sheet, unit, councilId }: { sheet: Sheet; unit: SheetUnit; councilId: string }) {
  const queryClient = useQueryClient();
  const key = sheetKey(sheet.cluster.id, unit.id);
  const writer = useCellWriter(key, sheet.cluster.id);
  const revision = useRevision(sheet.criteriaVersion.id);
  const info = rulesetInfo(revision.data);
  const results = useClusterResults(sheet.cluster.id);
  const result = results.data?.units.find((u) => u.unit === unit.code);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [details, setDetails] = useState<string | null>(null);
  const [resets, setResets] = useState<Record<string, number>>({});

  const row = sheet.rows.find((r) => r.unit.id === unit.id)!;
  const cells = new Map(row.cells.map((c) => [c.criterionCode, c] as const));
  const own = sheet.criteria.filter((c) => c.owner === 'self');
  // Done: the unit's value, and a file where the criteria require evidence (as the home's progress counts).
  const done = own.filter((c) => selfDone(c, cells.get(c.code))).length;
  const open = row.cells.some((c) => c.canWrite.includes('self'));
  const reviews =
    unit.seat !== 'member' || sheet.rows.length > 1 || row.cells.some((c) => c.canWrite.includes('focal'));
  const shown = selfCriteriaShown(sheet.criteria, cells, onlyMissing);
  const detailsCriterion = sheet.criteria.find((c) => c.code === details);
  const detailsCell = details ? cells.get(details) : undefined;
  const conflictKind =
    sheet.criteria.find((c) => c.code === writer.conflict?.address.code)?.kind ?? 'qualitative';

  const reviewPath = `${paths.feature(councilId, 'scoring')}?ky=${sheet.period.id}&cum=${sheet.cluster.id}`;
  let lastGroup = '';
  return (
    <Flex vertical gap={16}>
      <Card className="page-card">
        <Flex vertical gap={8}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
            {unit.name} — {sheet.cluster.name}
          </Typography.Title>
          <Typography.Text>{texts.self.intro}</Typography.Text>
          <DownloadButtons
            path={`/clusters/${sheet.cluster.id}/units/${unit.id}/documents/self-score`}
            query={{ criteriaVersionId: sheet.criteriaVersion.id }}
            title={docTexts.selfScore}
          />
          {open && (
            <Flex gap={8}>
              <ImportExcelButton clusterId={sheet.cluster.id} layers={['self']} />
            </Flex>
          )}
          <div role="status" aria-live="polite">
            <Typography.Text strong data-testid="self-progress">
              {texts.self.progress(done, own.length)}
            </Typography.Text>
            <Progress
              percent={own.length ? Math.round((done / own.length) * 100) : 0}
              size="small"
              aria-label={texts.self.progress(done, own.length)}
            />
          </div>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
            <Descriptions.Item label={texts.totals.scored}>
              {result ? formatScore(result.scored) : '…'}
            </Descriptions.Item>
            <Descriptions.Item label={texts.totals.deductions}>
              {result ? formatScore(result.deductionTotal) : '…'}
            </Descriptions.Item>
            <Descriptions.Item label={texts.totals.final}>
              <strong data-testid="self-final">{result ? formatScore(result.final) : '…'}</strong>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {texts.totals.engineNote} {open ? texts.self.noSubmit : ''}
          </Typography.Text>
          {!open && <Alert type="warning" showIcon role="status" title={texts.self.closed} />}
          {reviews ? (
            <Alert
              type="info"
              showIcon
              title={texts.self.reviewHint}
              action={
                <Link to={reviewPath}>
                  <Button size="small">{texts.self.openReview}</Button>
                </Link>
              }
            />
          ) : (
            <Link to={reviewPath}>{texts.self.openSheet}</Link>
          )}
          <Checkbox checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)}>
            {texts.self.filter}
          </Checkbox>
        </Flex>
      </Card>
      <Card className="page-card">
        <Flex vertical gap={8}>
          {shown.length === 0 && onlyMissing && (
            <Typography.Text type="success" role="status">
              {texts.self.allDone}
            </Typography.Text>
          )}
          {shown.map((criterion) => {
            const cell = cells.get(criterion.code);
            if (!cell) return null;
            const header =
              criterion.groupCode !== lastGroup ? (
                <Typography.Title
                  key={`g-${criterion.groupCode}`}
                  level={3}
                  style={{ fontSize: 16, margin: '8px 0 0' }}
                  className="wrap-anywhere"
                >
                  {texts.group(criterion.groupCode, info.groupNames.get(criterion.groupCode))}
                </Typography.Title>
              ) : null;
            lastGroup = criterion.groupCode;
            const k = cellKey({ unitId: unit.id, code: criterion.code });
            return [
              header,
              <SelfCriterion
                key={`${criterion.code}-${resets[k] ?? 0}`}
                criterion={criterion}
                cell={cell}
                state={writer.states[k]}
                measure={info.measures.get(criterion.code)}
                ratingPoints={info.ratingPoints.get(criterion.code)}
                engine={result?.criteria.find((c) => c.code === criterion.code)}
                onSave={(draft) =>
                  void writer.save(
                    { unitId: unit.id, code: criterion.code, layer: 'self' },
                    criterion.kind,
                    draft,
                  )
                }
                onOpenDetails={() => setDetails(criterion.code)}
              />,
            ];
          })}
        </Flex>
      </Card>
      <ConflictModal
        conflict={writer.conflict}
        kind={conflictKind}
        onResolve={(keep) => {
          const address = writer.conflict?.address;
          if (address && !keep) {
            const k = cellKey(address);
            setResets((all) => ({ ...all, [k]: (all[k] ?? 0) + 1 }));
            writer.clearState(k);
          }
          void writer.resolveConflict(keep);
        }}
      />
      <CellDrawer
        details={
          detailsCriterion && detailsCell
            ? { unit, criterion: detailsCriterion, cell: detailsCell, layer: 'self' }
            : null
        }
        result={result}
        measure={detailsCriterion ? info.measures.get(detailsCriterion.code) : undefined}
        noteError={undefined}
        onClose={() => setDetails(null)}
        onSaveNote={(note) => {
          if (!detailsCriterion || !detailsCell?.self) return;
          const k = cellKey({ unitId: unit.id, code: detailsCriterion.code });
          setResets((all) => ({ ...all, [k]: (all[k] ?? 0) + 1 }));
          void writer.save(
            { unitId: unit.id, code: detailsCriterion.code, layer: 'self' },
            detailsCriterion.kind,
            { ...draftOfSelf(detailsCell.self), note },
          );
        }}
        onEvidenceChanged={() => void queryClient.invalidateQueries({ queryKey: key })}
      />
    </Flex>
  );
}

export { SelfScoringPage as Component };
