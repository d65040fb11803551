import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../api/client';
import { useSignedIn } from '../auth/require-session';
import { downloadApiFile } from '../documents/download-file';
import { xlsxTexts as t } from './texts';
import { ErrorListAlert } from '../shared/error-list-alert';

type Outcome<R> = { kind: 'preview'; result: R } | { kind: 'errors'; title: string; lines: string[] };

export interface ImportDialogProps<R> {
  title: string;
  /** What to do, in one paragraph. */
  steps: string;
  /** The template: where it is downloaded from, its button and fallback file name. */
  template: { path: string; query?: Record<string, string>; label: string; fileName: string };
  /** Controls above the buttons (the score import's layer). */
  extra?: ReactNode;
  /** Sends the file to the preview (`commit` false: nothing saved) or the commit (all or nothing). */
  send: (file: File, commit: boolean, csrfToken: string) => Promise<R>;
  /** Whether the preview has something to save and nothing that blocks it. */
  canConfirm: (result: R) => boolean;
  preview: (result: R) => ReactNode;
  /** After the commit: the success message, and the screens' data refreshed. */
  onSaved: (result: R) => Promise<void>;
  onClose: () => void;
}

/**
 * "Nhập từ Excel", one dialog for every import: the template, then the upload with a preview of exactly
 * what will change, errors named by cell, and the confirmation that saves all of it or nothing. The
 * browser keeps the file and sends it twice (the server's preview and commit are stateless).
 */
export function ImportDialog<R>({
  title,
  steps,
  template,
  extra,
  send,
  canConfirm,
  preview: renderPreview,
  onSaved,
  onClose,
}: ImportDialogProps<R>) {
  const session = useSignedIn();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome<R> | null>(null);
  const [busy, setBusy] = useState<'template' | 'preview' | 'commit' | null>(null);

  function failure(error: unknown): Outcome<R> {
    if (isApiError(error) && error.fields.length > 0) {
      return { kind: 'errors', title: error.message, lines: error.fields.map((f) => f.message) };
    }
    return {
      kind: 'errors',
      title: t.errorsTitle,
      lines: [error instanceof Error ? error.message : String(error)],
    };
  }

  async function run(chosen: File, commit: boolean) {
    setBusy(commit ? 'commit' : 'preview');
    try {
      const result = await send(chosen, commit, session.csrfToken);
      if (commit) {
        await onSaved(result);
        onClose();
      } else setOutcome({ kind: 'preview', result });
    } catch (error) {
      setOutcome(failure(error));
    } finally {
      setBusy(null);
    }
  }

  const result = outcome?.kind === 'preview' ? outcome.result : null;
  const confirmable = Boolean(file && result !== null && canConfirm(result));
  return (
    <Modal
      open
      title={title}
      width={880}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.cancel}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          disabled={!confirmable}
          loading={busy === 'commit'}
          onClick={() => file && void run(file, true)}
        >
          {t.confirm}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{steps}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          {extra}
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'template'}
            onClick={() => {
              setBusy('template');
              downloadApiFile(template.path, template.query ?? {}, template.fileName, t.templateFailed)
                .catch((error: unknown) => setOutcome(failure(error)))
                .finally(() => setBusy(null));
            }}
          >
            {template.label}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setOutcome(null);
              void run(chosen, false);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'preview'}>
              {t.chooseFile}
            </Button>
          </Upload>
          {file && <Typography.Text type="secondary">{file.name}</Typography.Text>}
        </Flex>
        {outcome?.kind === 'errors' && <ErrorListAlert title={outcome.title} lines={outcome.lines} />}
        {result !== null && (
          <Flex vertical gap={8} data-testid="import-preview">
            {renderPreview(result)}
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}

/** The import's button; the dialog opens on click. Disabled with its reason shown beside it when given. */
export function ImportButton({
  disabledReason,
  onOpen,
  size = 'small',
}: {
  disabledReason?: string | null;
  onOpen: () => void;
  size?: 'small' | 'middle';
}) {
  return (
    <Flex gap={8} align="center" wrap>
      <Button size={size} icon={<UploadOutlined />} disabled={Boolean(disabledReason)} onClick={onOpen}>
        {t.import}
      </Button>
      {disabledReason && <Typography.Text type="secondary">{disabledReason}</Typography.Text>}
    </Flex>
  );
}

/** A unit of the preview: used by every import's "n changes (m unchanged)" line. */
export function PreviewSummary({ text, detail }: { text: string; detail?: string }) {
  return (
    <Typography.Text strong role="status">
      {text} {detail && <Typography.Text type="secondary">({detail})</Typography.Text>}
    </Typography.Text>
  );
}
