import { Alert, App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import {
  EmptyNote,
  ItemPicker,
  PeriodScreenHeader,
  periodScreenState,
  useAddressItem,
  useCouncilUnits,
  useFailMessage,
  usePeriodScreen,
} from '../app/period-screen';
import { DownloadButtons } from '../documents/download-buttons';
import { formatDate } from '../format';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { ImportTasksButton } from '../spreadsheets/list-imports';
import { type Plan, type Task, usePlans, useSavePlan, useTasks } from './api';
import { groupByQuarter } from './groups';
import { CompletionModal, PlanFormModal, TaskFormModal } from './plan-forms';
import { texts } from './texts';

/**
 * The council's work plans of a period (`?ky=…&kh=…`) and a plan's tasks by quarter, late ones said in
 * words. The standing office drafts, edits and issues plans and their tasks; the executing unit's staff
 * report their task done with evidence; everyone else in the council reads. The server decides every write.
 */
function PlansPage() {
  const { council, instead, choice, period } = usePeriodScreen(texts.pageTitle, texts.noCouncil);
  const { message } = App.useApp();
  const fail = useFailMessage();
  const plans = usePlans(period?.id);
  const { item: plan, choose: choosePlan } = useAddressItem(plans.data, 'kh');
  const tasks = useTasks(plan?.id);
  const units = useCouncilUnits(council?.id);
  const savePlan = useSavePlan(period?.id);
  const [editingPlan, setEditingPlan] = useState<Plan | 'new' | null>(null);
  const [editingTask, setEditingTask] = useState<Task | 'new' | null>(null);
  const [completing, setCompleting] = useState<Task | null>(null);

  if (!council) return instead;
  const canCreate = period !== undefined && council.roles.includes('standingOffice');

  const issue = (p: Plan) =>
    savePlan.mutate(
      { plan: p, body: { title: p.title, status: 'issued' } },
      { onSuccess: () => void message.success(texts.saved), onError: fail },
    );

  const body =
    periodScreenState(choice, texts.noPeriods, plans, texts.noPlans) ??
    (tasks.isError ? (
      <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />
    ) : (
      plan && (
        <PlanTasks
          plan={plan}
          tasks={tasks.data}
          loading={tasks.isPending}
          unitName={units.nameOf}
          onEdit={(task) => setEditingTask(task)}
          onComplete={(task) => setCompleting(task)}
        />
      )
    ));

  const issueBlocked = plan && (!plan.number || !plan.issuedOn);
  return (
    <>
      <PeriodScreenHeader
        title={texts.heading}
        council={council.name}
        choice={choice}
        id="plans-period"
        below={
          <>
            {plan && (
              <Flex vertical gap={8} style={{ marginTop: 12 }}>
                <Typography.Text className="wrap-anywhere">
                  {texts.planLine(
                    plan.number,
                    plan.issuedOn ? formatDate(plan.issuedOn) : null,
                    texts.planStatus[plan.status] ?? '',
                  )}
                  {' — '}
                  {texts.taskCount(plan.taskCount)}
                </Typography.Text>
                <Flex wrap gap={8} align="center">
                  <DownloadButtons path={`/plans/${plan.id}/documents/work-plan`} title={plan.title} />
                  <ExportExcelButton
                    path={`/plans/${plan.id}/spreadsheets/tasks`}
                    title={texts.tasksOf(plan.title)}
                    size="middle"
                  />
                </Flex>
                {plan.abilities.update ? (
                  <Flex wrap gap={8} align="center">
                    <Button type="primary" onClick={() => setEditingTask('new')}>
                      {texts.addTask}
                    </Button>
                    <Button onClick={() => setEditingPlan(plan)}>{texts.editPlan}</Button>
                    <ImportTasksButton planId={plan.id} draft={plan.status === 'draft'} />
                    {plan.status === 'draft' && (
                      <>
                        <Button
                          disabled={Boolean(issueBlocked)}
                          loading={savePlan.isPending}
                          onClick={() => issue(plan)}
                        >
                          {texts.issuePlan}
                        </Button>
                        {issueBlocked && (
                          <Typography.Text type="secondary">{texts.issueNeeds}</Typography.Text>
                        )}
                      </>
                    )}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">
                    {texts.readOnly} {texts.completeOnlyOwn}
                  </Typography.Text>
                )}
              </Flex>
            )}
          </>
        }
      >
        <ItemPicker
          label={texts.plan}
          id="plans-plan"
          placeholder={texts.choosePlan}
          items={plans.data}
          labelOf={(p) => p.title}
          value={plan?.id}
          disabled={!period}
          onChoose={choosePlan}
        />
        {canCreate && <Button onClick={() => setEditingPlan('new')}>{texts.addPlan}</Button>}
      </PeriodScreenHeader>
      <Card className="page-card">{body}</Card>
      {editingPlan && period && (
        <PlanFormModal
          periodId={period.id}
          plan={editingPlan === 'new' ? null : editingPlan}
          onClose={() => setEditingPlan(null)}
          onSaved={(saved) => {
            void message.success(texts.saved);
            choosePlan(saved.id);
          }}
        />
      )}
      {editingTask && plan && (
        <TaskFormModal
          planId={plan.id}
          task={editingTask === 'new' ? null : editingTask}
          units={units.list}
          onClose={() => setEditingTask(null)}
          onSaved={() => void message.success(texts.saved)}
        />
      )}
      {completing && <CompletionModal task={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}

/** A plan's tasks, one table per quarter and per recurrence. */
function PlanTasks({
  plan,
  tasks,
  loading,
  unitName,
  onEdit,
  onComplete,
}: {
  plan: Plan;
  tasks: Task[] | undefined;
  loading: boolean;
  unitName: Map<string, string>;
  onEdit: (task: Task) => void;
  onComplete: (task: Task) => void;
}) {
  if (loading) return <FullPageSpin />;
  if (!tasks || tasks.length === 0) return <EmptyNote title={texts.noTasks} />;
  const late = tasks.filter((t) => t.daysLate > 0).length;
  const names = (ids: string[]) => ids.map((id) => unitName.get(id) ?? '').filter(Boolean);
  return (
    <Flex vertical gap={24}>
      {late > 0 && <Alert role="status" type="warning" showIcon title={texts.lateCount(late)} />}
      {groupByQuarter(tasks).map((group) => (
        <section key={group.key} aria-label={group.label}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {group.label}
          </Typography.Title>
          <Table<Task>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 960 }}
            aria-label={`${plan.title} — ${group.label}`}
            dataSource={group.tasks}
            rowClassName={(t) => (t.daysLate > 0 ? 'plan-task-late' : '')}
            columns={[
              {
                title: texts.columns.content,
                key: 'content',
                width: 320,
                render: (_: unknown, t: Task) => <span className="wrap-anywhere">{t.content}</span>,
              },
              { title: texts.columns.lead, key: 'lead', render: (_: unknown, t: Task) => t.lead ?? '' },
              {
                title: texts.columns.executing,
                key: 'executing',
                render: (_: unknown, t: Task) =>
                  [t.executingUnitId ? unitName.get(t.executingUnitId) : null, t.executingBody]
                    .filter(Boolean)
                    .join('; '),
              },
              {
                title: texts.columns.coordinating,
                key: 'coordinating',
                render: (_: unknown, t: Task) =>
                  [...names(t.coordinatingUnitIds), t.coordinatingBodies].filter(Boolean).join('; '),
              },
              {
                title: texts.columns.deadline,
                key: 'deadline',
                render: (_: unknown, t: Task) => (
                  <Flex vertical>
                    <span>{t.deadlineText}</span>
                    {t.deadlineNote && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t.deadlineNote}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                title: texts.columns.status,
                key: 'status',
                render: (_: unknown, t: Task) => (
                  <Flex vertical gap={4} align="flex-start">
                    <Tag
                      color={t.status === 'done' ? 'green' : t.status === 'cancelled' ? 'default' : 'blue'}
                    >
                      {texts.taskStatus[t.status]}
                    </Tag>
                    {t.daysLate > 0 && <Tag color="red">{texts.late(t.daysLate)}</Tag>}
                    {t.completedOn && (
                      <Typography.Text style={{ fontSize: 12 }}>
                        {texts.completedOn(formatDate(t.completedOn))}
                      </Typography.Text>
                    )}
                    {t.completionEvidence && (
                      <Typography.Text style={{ fontSize: 12 }} className="wrap-anywhere">
                        {texts.evidenceLine(t.completionEvidence)}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                title: texts.columns.actions,
                key: 'actions',
                render: (_: unknown, t: Task) => (
                  <Flex gap={4} wrap>
                    {t.abilities.update && (
                      <Button
                        size="small"
                        aria-label={`${texts.editTask}: ${t.content}`}
                        onClick={() => onEdit(t)}
                      >
                        {texts.editTask}
                      </Button>
                    )}
                    {t.abilities.complete && t.status !== 'done' && (
                      <Button
                        size="small"
                        aria-label={`${texts.complete}: ${t.content}`}
                        onClick={() => onComplete(t)}
                      >
                        {texts.complete}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </section>
      ))}
    </Flex>
  );
}

export { PlansPage as Component };
