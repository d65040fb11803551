import { useQueryClient } from '@tanstack/react-query';
import { App, Table, Tag } from 'antd';
import { useState } from 'react';
import { ErrorListAlert } from '../shared/error-list-alert';
import { unitsKey } from '../api/organisation';
import { sendTasksImport, sendUnitsImport, type TasksImportResult, type UnitsImportResult } from './api';
import { ImportButton, ImportDialog, PreviewSummary } from './import-dialog';
import { xlsxTexts } from './texts';

const t = xlsxTexts.units;
const tt = xlsxTexts.tasks;
const rowOf = (cells: string[]) => cells[0]?.replace(/^.*![A-Z]+/, '') ?? '';

/** "Nhập từ Excel" on the units screen: the council's units as a template, new units and changed fields. */
export function ImportUnitsButton({ councilId }: { councilId: string }) {
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <>
      <ImportButton size="middle" onOpen={() => setOpen(true)} />
      {open && (
        <ImportDialog<UnitsImportResult>
          title={t.title}
          steps={t.steps}
          template={{
            path: `/councils/${councilId}/spreadsheets/units-template`,
            label: t.template,
            fileName: 'mau-danh-sach-don-vi.xlsx',
          }}
          send={(file, commit, csrf) => sendUnitsImport(councilId, file, commit, csrf)}
          canConfirm={(result) => result.changes.length > 0 && result.conflicts.length === 0}
          preview={(result) => <UnitsPreview result={result} />}
          onSaved={async (result) => {
            void message.success(t.saved(result.changes.length));
            await queryClient.invalidateQueries({ queryKey: unitsKey(councilId) });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function UnitsPreview({ result }: { result: UnitsImportResult }) {
  const created = result.changes.filter((c) => c.action === 'create').length;
  return (
    <>
      {result.conflicts.length > 0 && (
        <ErrorListAlert
          type="warning"
          title={t.conflicts(result.conflicts.length)}
          lines={result.conflicts.map((c) => c.message)}
        />
      )}
      <PreviewSummary
        text={result.changes.length === 0 ? t.noChanges : t.changes(created, result.changes.length - created)}
        detail={t.unchanged(result.unchanged)}
      />
      {result.changes.length > 0 && (
        <Table
          size="small"
          pagination={result.changes.length > 20 ? { pageSize: 20 } : false}
          rowKey="row"
          dataSource={result.changes}
          scroll={{ x: true }}
          columns={[
            { title: t.columns.row, dataIndex: 'row', width: 64 },
            {
              title: t.columns.action,
              width: 96,
              render: (_, c) =>
                c.action === 'create' ? (
                  <Tag color="green">{t.created}</Tag>
                ) : (
                  <Tag color="blue">{t.updated}</Tag>
                ),
            },
            { title: t.columns.unit, render: (_, c) => <span className="wrap-anywhere">{c.name}</span> },
            {
              title: t.columns.fields,
              render: (_, c) => (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {c.fields.map((f) => (
                    <li key={f.field} className="wrap-anywhere">
                      {f.field}: {f.old === null ? f.new : `${f.old} → ${f.new || xlsxTexts.empty}`}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * "Nhập từ Excel" of a plan's tasks (the appendix's table), for whoever edits the plan; disabled with
 * the reason when the plan is no longer a draft.
 */
export function ImportTasksButton({ planId, draft }: { planId: string; draft: boolean }) {
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <>
      <ImportButton size="middle" disabledReason={draft ? null : tt.notDraft} onOpen={() => setOpen(true)} />
      {open && (
        <ImportDialog<TasksImportResult>
          title={tt.title}
          steps={tt.steps}
          template={{
            path: `/plans/${planId}/spreadsheets/tasks-template`,
            label: tt.template,
            fileName: 'mau-nhiem-vu.xlsx',
          }}
          send={(file, commit, csrf) => sendTasksImport(planId, file, commit, csrf)}
          canConfirm={(result) => result.tasks.length > 0}
          preview={(result) => (
            <>
              <PreviewSummary
                text={tt.summary(result.tasks.length)}
                detail={tt.existing(result.existingTasks)}
              />
              <Table
                size="small"
                pagination={result.tasks.length > 20 ? { pageSize: 20 } : false}
                rowKey="row"
                dataSource={result.tasks}
                scroll={{ x: true }}
                columns={[
                  { title: tt.columns.row, width: 64, render: (_, task) => rowOf(task.cells) },
                  { title: tt.columns.section, dataIndex: 'section', width: 64 },
                  {
                    title: tt.columns.content,
                    render: (_, task) => <span className="wrap-anywhere">{task.content}</span>,
                  },
                  { title: tt.columns.executing, dataIndex: 'executing' },
                  { title: tt.columns.coordinating, dataIndex: 'coordinating' },
                  { title: tt.columns.deadline, dataIndex: 'deadlineText' },
                ]}
              />
            </>
          )}
          onSaved={async (result) => {
            void message.success(tt.saved(result.tasks.length));
            await Promise.all(
              [['plans'], ['plan-tasks']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
            );
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
