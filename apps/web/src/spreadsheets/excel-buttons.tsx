import { FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Segmented, Table } from 'antd';
import { useState } from 'react';
import { ErrorListAlert } from '../shared/error-list-alert';
import { downloadApiFile } from '../documents/download-file';
import { resultsKey, sheetKey } from '../scoring/api';
import { type ImportResult, sendScoreImport } from './api';
import { ImportButton, ImportDialog, PreviewSummary } from './import-dialog';
import { xlsxTexts as t } from './texts';

/** The layers a score template is made for (the review has its own batches). */
export const TEMPLATE_LAYERS = ['self', 'focal', 'standingOffice'] as const;

/** "Xuất Excel": downloads a spreadsheet export of the API (`/clusters/…/spreadsheets/results`). */
export function ExportExcelButton({
  path,
  title,
  query = {},
  size = 'small',
}: {
  path: string;
  title: string;
  query?: Record<string, string>;
  /** Small in table toolbars; the page header's size beside a page's main buttons. */
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size={size}
      icon={<FileExcelOutlined />}
      loading={busy}
      aria-label={t.exportLabel(title)}
      onClick={() => {
        setBusy(true);
        downloadApiFile(path, query, 'bang-tinh.xlsx', t.exportFailed)
          .catch(
            (error: unknown) => void message.error(error instanceof Error ? error.message : t.exportFailed),
          )
          .finally(() => setBusy(false));
      }}
    >
      {t.export}
    </Button>
  );
}

/**
 * "Nhập từ Excel": the template of the layers the user writes, then the upload with a preview of exactly
 * what will change (cells, old and new values), conflicts and errors named by cell, and the confirmation
 * that saves all of it or nothing.
 */
export function ImportExcelButton({ clusterId, layers }: { clusterId: string; layers: readonly string[] }) {
  const [open, setOpen] = useState(false);
  if (layers.length === 0) return null;
  return (
    <>
      <ImportButton onOpen={() => setOpen(true)} />
      {open && <ScoreImportDialog clusterId={clusterId} layers={layers} onClose={() => setOpen(false)} />}
    </>
  );
}

function ScoreImportDialog({
  clusterId,
  layers,
  onClose,
}: {
  clusterId: string;
  layers: readonly string[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [layer, setLayer] = useState(layers[0]!);
  return (
    <ImportDialog<ImportResult>
      title={t.importTitle}
      steps={t.steps}
      template={{
        path: `/clusters/${clusterId}/spreadsheets/score-template`,
        query: { layer },
        label: t.downloadTemplate,
        fileName: 'mau-nhap-diem.xlsx',
      }}
      extra={
        layers.length > 1 && (
          <Segmented
            aria-label={t.layer}
            value={layer}
            onChange={(value) => setLayer(value)}
            options={layers.map((l) => ({ value: l, label: t.layers[l] ?? l }))}
          />
        )
      }
      send={(file, commit, csrf) => sendScoreImport(clusterId, file, commit, csrf)}
      canConfirm={(result) => result.changes.length > 0 && result.conflicts.length === 0}
      preview={(result) => <PreviewTable result={result} />}
      onSaved={async (result) => {
        void message.success(t.saved(result.changes.length));
        await queryClient.invalidateQueries({ queryKey: sheetKey(clusterId) });
        await queryClient.invalidateQueries({ queryKey: resultsKey(clusterId) });
      }}
      onClose={onClose}
    />
  );
}

function PreviewTable({ result }: { result: ImportResult }) {
  return (
    <>
      {result.conflicts.length > 0 && (
        <ErrorListAlert
          type="warning"
          title={t.conflictsTitle(result.conflicts.length)}
          lines={result.conflicts.map((c) => c.message)}
        />
      )}
      <PreviewSummary
        text={result.changes.length === 0 ? t.noChanges : t.changesTitle(result.changes.length)}
        detail={t.unchanged(result.unchanged)}
      />
      {result.changes.length > 0 && (
        <Table
          size="small"
          pagination={result.changes.length > 20 ? { pageSize: 20 } : false}
          rowKey={(c) => `${c.unitId}-${c.criterionCode}`}
          dataSource={result.changes}
          scroll={{ x: true }}
          columns={[
            { title: t.columns.cell, render: (_, c) => c.cells.map((x) => x.replace(/^.*!/, '')).join(', ') },
            { title: t.columns.unit, dataIndex: 'unitName' },
            { title: t.columns.criterion, render: (_, c) => `${c.criterionCode}. ${c.criterionName}` },
            { title: t.columns.old, render: (_, c) => c.old ?? t.empty },
            { title: t.columns.new, dataIndex: 'new' },
          ]}
        />
      )}
    </>
  );
}
