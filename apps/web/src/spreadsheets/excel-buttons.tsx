import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Segmented, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { useSignedIn } from '../auth/require-session';
import { downloadApiFile } from '../documents/download-file';
import { resultsKey, sheetKey } from '../scoring/api';
import { type ImportResult, sendScoreImport } from './api';
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

type Outcome = { kind: 'preview'; result: ImportResult } | { kind: 'errors'; title: string; lines: string[] };

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
      <Button size="small" icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t.import}
      </Button>
      {open && <ImportDialog clusterId={clusterId} layers={layers} onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({
  clusterId,
  layers,
  onClose,
}: {
  clusterId: string;
  layers: readonly string[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const session = useSignedIn();
  const queryClient = useQueryClient();
  const [layer, setLayer] = useState(layers[0]!);
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'template' | 'preview' | 'commit' | null>(null);

  function failure(error: unknown): Outcome {
    if (isApiError(error) && error.fields.length > 0) {
      return { kind: 'errors', title: error.message, lines: error.fields.map((f) => f.message) };
    }
    return {
      kind: 'errors',
      title: t.errorsTitle,
      lines: [error instanceof Error ? error.message : String(error)],
    };
  }

  async function send(chosen: File, commit: boolean) {
    setBusy(commit ? 'commit' : 'preview');
    try {
      const result = await sendScoreImport(clusterId, chosen, commit, session.csrfToken);
      if (commit) {
        void message.success(t.saved(result.changes.length));
        await queryClient.invalidateQueries({ queryKey: sheetKey(clusterId) });
        await queryClient.invalidateQueries({ queryKey: resultsKey(clusterId) });
        onClose();
      } else setOutcome({ kind: 'preview', result });
    } catch (error) {
      setOutcome(failure(error));
    } finally {
      setBusy(null);
    }
  }

  const preview = outcome?.kind === 'preview' ? outcome.result : null;
  const canConfirm = Boolean(file && preview && preview.changes.length > 0 && preview.conflicts.length === 0);
  return (
    <Modal
      open
      title={t.importTitle}
      width={880}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.cancel}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          disabled={!canConfirm}
          loading={busy === 'commit'}
          onClick={() => file && void send(file, true)}
        >
          {t.confirm}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t.steps}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          {layers.length > 1 && (
            <Segmented
              aria-label={t.layer}
              value={layer}
              onChange={(value) => setLayer(value)}
              options={layers.map((l) => ({ value: l, label: t.layers[l] ?? l }))}
            />
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'template'}
            onClick={() => {
              setBusy('template');
              downloadApiFile(
                `/clusters/${clusterId}/spreadsheets/score-template`,
                { layer },
                'mau-nhap-diem.xlsx',
                t.templateFailed,
              )
                .catch((error: unknown) => setOutcome(failure(error)))
                .finally(() => setBusy(null));
            }}
          >
            {t.downloadTemplate}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setOutcome(null);
              void send(chosen, false);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'preview'}>
              {t.chooseFile}
            </Button>
          </Upload>
          {file && <Typography.Text type="secondary">{file.name}</Typography.Text>}
        </Flex>
        {outcome?.kind === 'errors' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={outcome.title}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-errors">
                {outcome.lines.map((line) => (
                  <li key={line} className="wrap-anywhere">
                    {line}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {preview && <PreviewTable result={preview} />}
      </Flex>
    </Modal>
  );
}

function PreviewTable({ result }: { result: ImportResult }) {
  return (
    <Flex vertical gap={8} data-testid="import-preview">
      {result.conflicts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.conflictsTitle(result.conflicts.length)}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {result.conflicts.map((c) => (
                <li key={`${c.unitId}-${c.criterionCode}`} className="wrap-anywhere">
                  {c.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Text strong role="status">
        {result.changes.length === 0 ? t.noChanges : t.changesTitle(result.changes.length)}{' '}
        <Typography.Text type="secondary">({t.unchanged(result.unchanged)})</Typography.Text>
      </Typography.Text>
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
    </Flex>
  );
}
