import { App, Button, Card, Flex, List, Segmented, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { FullPageSpin } from '../app/full-page-spin';
import { useSignedIn } from '../auth/require-session';
import { LoadError } from '../app/load-error';
import {
  EmptyNote,
  PeriodScreenHeader,
  periodScreenState,
  useAddressItem,
  useCouncilUnits,
  useFailMessage,
  usePeriodScreen,
} from '../app/period-screen';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import {
  type Movement,
  type ReportCell,
  type ReportMatrix,
  useMovements,
  useReportMatrix,
  useAttachReportFile,
  useReviewReport,
} from './api';
import { MovementFormModal, ReturnReportModal, SubmitReportModal } from './movement-forms';
import { keepUnit, type ReportFilter, summariseDueDates } from './report-summary';
import { texts } from './texts';

const TIMING_COLORS = { onTime: 'green', late: 'orange', missing: 'default' } as const;
const STATUS_COLORS = { submitted: 'blue', accepted: 'green', returned: 'red' } as const;

/** What a submit or return dialog is about: one unit's report for one due date. */
export interface CellTarget {
  unitId: string;
  unitName: string;
  cell: ReportCell;
}

/**
 * The emulation movements of a period (`?ky=…&pt=…`) and, for the chosen one, the matrix of its units'
 * reports by due date. The standing office adds and edits movements and accepts or returns reports; a
 * unit's staff submits its own; council members read. The server decides every write and what is shown.
 */
function MovementsPage() {
  const { council, instead, choice, period } = usePeriodScreen(texts.pageTitle, texts.noCouncil);
  const { message } = App.useApp();
  const movements = useMovements(period?.id);
  const { item: movement, choose: chooseMovement } = useAddressItem(movements.data, 'pt');
  const matrix = useReportMatrix(movement?.id);
  const units = useCouncilUnits(council?.id);
  const [editing, setEditing] = useState<Movement | 'new' | null>(null);

  if (!council) return instead;
  const { list: unitList, nameOf: unitName } = units;
  const canCreate = period !== undefined && council.roles.includes('standingOffice');

  const body =
    periodScreenState(choice, texts.noPeriods, movements, texts.noMovements) ??
    (movements.isPending && period ? (
      <FullPageSpin />
    ) : (
      <List
        aria-label={texts.heading}
        dataSource={movements.data ?? []}
        renderItem={(m) => (
          <List.Item data-testid="movement" aria-current={m.id === movement?.id ? 'true' : undefined}>
            <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong className="wrap-anywhere">
                  {m.name}
                </Typography.Text>
                <Tag>{texts.status[m.status]}</Tag>
              </Flex>
              <MovementLines movement={m} unitName={unitName} />
              <Flex wrap gap={8}>
                <Button
                  size="small"
                  type={m.id === movement?.id ? 'primary' : 'default'}
                  aria-label={`${texts.showReports}: ${m.name}`}
                  onClick={() => chooseMovement(m.id)}
                >
                  {texts.showReports}
                </Button>
                {m.abilities.update && (
                  <Button size="small" aria-label={`${texts.edit}: ${m.name}`} onClick={() => setEditing(m)}>
                    {texts.edit}
                  </Button>
                )}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    ));

  return (
    <>
      <PeriodScreenHeader title={texts.heading} council={council.name} choice={choice} id="movements-period">
        {canCreate && <Button onClick={() => setEditing('new')}>{texts.add}</Button>}
        {!canCreate && period && <Typography.Text type="secondary">{texts.readOnly}</Typography.Text>}
      </PeriodScreenHeader>
      <Card className="page-card">{body}</Card>
      {movement && (
        <Card className="page-card" title={texts.reportsOf(movement.name)} data-testid="report-matrix">
          {matrix.isError ? (
            <LoadError error={matrix.error} onRetry={() => void matrix.refetch()} />
          ) : matrix.isPending ? (
            <FullPageSpin />
          ) : (
            <Matrix matrix={matrix.data} onSaved={() => void message.success(texts.saved)} />
          )}
        </Card>
      )}
      {editing && period && (
        <MovementFormModal
          periodId={period.id}
          movement={editing === 'new' ? null : editing}
          units={unitList}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            void message.success(texts.saved);
            chooseMovement(saved.id);
          }}
        />
      )}
    </>
  );
}

function MovementLines({ movement: m, unitName }: { movement: Movement; unitName: Map<string, string> }) {
  const standing = [m.standingUnitId ? unitName.get(m.standingUnitId) : null, m.standingBody]
    .filter(Boolean)
    .join('; ');
  return (
    <>
      {m.responsibleDeputyChair && (
        <Typography.Text className="wrap-anywhere">
          {texts.deputyLine(m.responsibleDeputyChair)}
        </Typography.Text>
      )}
      {standing && (
        <Typography.Text className="wrap-anywhere">{texts.standingLine(standing)}</Typography.Text>
      )}
      {(m.startsOn || m.endsOn) && (
        <Typography.Text>
          {texts.spanLine(m.startsOn ? formatDate(m.startsOn) : '…', m.endsOn ? formatDate(m.endsOn) : '…')}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">
        {m.reportDueDates.length > 0
          ? texts.dueLine(m.reportDueDates.map(formatDate).join(', '))
          : texts.noDueDates}
      </Typography.Text>
    </>
  );
}

/** The units × due dates matrix, one block per unit (no sideways scrolling on a phone). */
function Matrix({ matrix, onSaved }: { matrix: ReportMatrix; onSaved: () => void }) {
  const { message } = App.useApp();
  const review = useReviewReport();
  const attach = useAttachReportFile(useSignedIn().csrfToken);
  const [submitting, setSubmitting] = useState<CellTarget | null>(null);
  const [returning, setReturning] = useState<CellTarget | null>(null);
  const [filter, setFilter] = useState<ReportFilter>('all');
  const fail = useFailMessage();
  if (matrix.units.length === 0) return <EmptyNote title={texts.noParticipants} />;
  const accept = (cell: ReportCell) =>
    review.mutate(
      { report: cell.report!, outcome: 'accepted' },
      {
        onSuccess: () => void message.success(texts.accepted),
        onError: (error) => void message.error(isApiError(error) ? error.message : vi.errors.unexpected),
      },
    );
  const today = dayjs().format('YYYY-MM-DD');
  const shown = matrix.units.filter((u) => keepUnit(u.cells, filter, today));
  return (
    <>
      <DueSummaries matrix={matrix} />
      <Flex wrap gap={8} align="center" style={{ margin: '12px 0' }}>
        <Typography.Text id="movement-report-filter">{texts.filterLabel}</Typography.Text>
        <Segmented<ReportFilter>
          aria-labelledby="movement-report-filter"
          value={filter}
          onChange={setFilter}
          options={(['all', 'owing', 'waiting'] as const).map((value) => ({
            value,
            label: texts.filters[value],
          }))}
        />
      </Flex>
      <List
        dataSource={shown}
        locale={{ emptyText: texts.noneUnderFilter }}
        renderItem={(unit) => (
          <List.Item data-testid="report-unit" data-unit={unit.unitName}>
            <Flex vertical gap={8} style={{ minWidth: 0, width: '100%' }}>
              <Typography.Text strong className="wrap-anywhere">
                {unit.unitName}
              </Typography.Text>
              {unit.cells.map((cell) => {
                const date = formatDate(cell.dueOn);
                const target = { unitId: unit.unitId, unitName: unit.unitName, cell };
                const label = `${unit.unitName}, ${texts.reportFor(date)}`;
                return (
                  <Flex
                    key={cell.dueOn}
                    vertical
                    gap={2}
                    data-testid="report-cell"
                    data-due={cell.dueOn}
                    data-timing={cell.timing}
                  >
                    <Flex wrap gap={8} align="center">
                      <Typography.Text>{texts.reportFor(date)}</Typography.Text>
                      <Tag color={TIMING_COLORS[cell.timing]}>{texts.timing[cell.timing]}</Tag>
                      {cell.overdue && <Tag color="red">{texts.overdue}</Tag>}
                      {cell.report && (
                        <Tag color={STATUS_COLORS[cell.report.status]}>
                          {texts.reportStatus[cell.report.status]}
                        </Tag>
                      )}
                    </Flex>
                    {cell.report && (
                      <>
                        <Typography.Text type="secondary">
                          {texts.submittedOn(formatDate(cell.report.submittedOn))}
                        </Typography.Text>
                        <Typography.Text className="wrap-anywhere">{cell.report.summary}</Typography.Text>
                        {cell.report.fileName && (
                          <Typography.Text className="wrap-anywhere">
                            {texts.fileLine}{' '}
                            <a href={`/api/v1/movement-reports/${cell.report.id}/file`} download>
                              {cell.report.fileName}
                            </a>
                          </Typography.Text>
                        )}
                        {cell.report.returnReason && (
                          <Typography.Text type="danger" className="wrap-anywhere">
                            {texts.returnedBecause(cell.report.returnReason)}
                          </Typography.Text>
                        )}
                      </>
                    )}
                    <Flex wrap gap={8}>
                      {unit.canSubmit && cell.report?.status !== 'accepted' && (
                        <Button
                          size="small"
                          aria-label={`${cell.report ? texts.resubmit : texts.submit}: ${label}`}
                          onClick={() => setSubmitting(target)}
                        >
                          {cell.report ? texts.resubmit : texts.submit}
                        </Button>
                      )}
                      {unit.canSubmit && cell.report && cell.report.status !== 'accepted' && (
                        <Upload
                          showUploadList={false}
                          beforeUpload={(file) => {
                            attach.mutate(
                              { report: cell.report!, file },
                              { onSuccess: () => void message.success(texts.fileAttached), onError: fail },
                            );
                            return false;
                          }}
                        >
                          <Button
                            size="small"
                            loading={attach.isPending}
                            aria-label={`${texts.attachFile}: ${label}`}
                          >
                            {texts.attachFile}
                          </Button>
                        </Upload>
                      )}
                      {matrix.abilities.review && cell.report && cell.report.status !== 'accepted' && (
                        <Button
                          size="small"
                          loading={review.isPending}
                          aria-label={`${texts.accept}: ${label}`}
                          onClick={() => accept(cell)}
                        >
                          {texts.accept}
                        </Button>
                      )}
                      {matrix.abilities.review && cell.report && cell.report.status !== 'returned' && (
                        <Button
                          size="small"
                          danger
                          aria-label={`${texts.returnReport}: ${label}`}
                          onClick={() => setReturning(target)}
                        >
                          {texts.returnReport}
                        </Button>
                      )}
                    </Flex>
                  </Flex>
                );
              })}
            </Flex>
          </List.Item>
        )}
      />
      {submitting && (
        <SubmitReportModal
          movementId={matrix.movementId}
          target={submitting}
          onClose={() => setSubmitting(null)}
          onSaved={onSaved}
        />
      )}
      {returning && (
        <ReturnReportModal target={returning} onClose={() => setReturning(null)} onSaved={onSaved} />
      )}
    </>
  );
}

/** One line per due date: how many units sent, and of those late, accepted, waiting, returned; how many still owe. */
function DueSummaries({ matrix }: { matrix: ReportMatrix }) {
  const parts = ['late', 'accepted', 'waiting', 'returned', 'missing'] as const;
  return (
    <Flex vertical gap={4} role="group" aria-label={texts.summaryLabel} data-testid="report-summary">
      {summariseDueDates(matrix).map((s) => (
        <Flex key={s.dueOn} wrap gap={8} align="center" data-testid="due-summary" data-due={s.dueOn}>
          <Typography.Text strong>{texts.summaryLine(formatDate(s.dueOn), s.sent, s.units)}</Typography.Text>
          {parts
            .filter((p) => s[p] > 0)
            .map((p) => (
              <Tag key={p} color={p === 'missing' && s.overdue ? 'red' : undefined}>
                {s[p]} {texts.summaryParts[p]}
              </Tag>
            ))}
        </Flex>
      ))}
    </Flex>
  );
}

export { MovementsPage as Component };
