import { DeleteOutlined, DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Grid, List, Popconfirm, Spin, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '../api/client';
import { useSignedIn } from '../auth/require-session';
import { formatDateTime } from '../format';
import { evidenceKey, fetchEvidence, removeEvidence, uploadEvidence, useEvidence } from './api';
import { texts } from './texts';
import type { Entry, EvidenceFile } from './types';
import { previewKind, sizeText } from './values';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';

/**
 * The evidence files of one layer of a cell: list, preview (images and PDF inline, in a drawer),
 * download; upload and removal for who may write the layer. The server checks size and type by
 * content; its Vietnamese refusal is shown as it is.
 */
export function EvidenceList({
  entry,
  canChange,
  onChanged,
}: {
  entry: Entry;
  canChange: boolean;
  onChanged: () => void;
}) {
  const session = useSignedIn();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const files = useEvidence(entry.id);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<EvidenceFile | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: evidenceKey(entry.id) });
    onChanged();
  };

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const saved = await uploadEvidence(entry.id, file, session.csrfToken);
      void message.success(texts.evidence.uploaded(saved.originalName));
      refresh();
    } catch (e) {
      setError(isApiError(e) ? (e.fields[0]?.message ? `${e.message}` : e.message) : String(e));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = async (file: EvidenceFile) => {
    setError(null);
    try {
      await removeEvidence(file.id);
      void message.success(texts.evidence.removed);
      refresh();
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  const download = async (file: EvidenceFile) => {
    try {
      const blob = await fetchEvidence(file.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.originalName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={8}>
      {canChange && (
        <Flex vertical gap={4}>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            aria-label={texts.evidence.upload}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <Button
            icon={<UploadOutlined />}
            loading={uploading}
            onClick={() => input.current?.click()}
            style={{ alignSelf: 'flex-start' }}
          >
            {uploading ? texts.evidence.uploading : texts.evidence.upload}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {texts.evidence.accepted}
          </Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {files.isPending ? (
        <Spin size="small" />
      ) : files.isError ? (
        <Alert type="error" showIcon title={files.error.message} />
      ) : files.data.length === 0 ? (
        <Typography.Text type="secondary">{texts.evidence.none}</Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={files.data}
          renderItem={(file) => (
            <List.Item
              actions={[
                previewKind(file.mimeType) !== 'download' ? (
                  <Button
                    key="view"
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => setPreviewed(file)}
                    aria-label={`${texts.evidence.preview} ${file.originalName}`}
                  >
                    {texts.evidence.preview}
                  </Button>
                ) : null,
                <Button
                  key="download"
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => void download(file)}
                  aria-label={`${texts.evidence.download} ${file.originalName}`}
                />,
                canChange ? (
                  <Popconfirm
                    key="remove"
                    title={texts.evidence.removeConfirm(file.originalName)}
                    okText={texts.evidence.remove}
                    cancelText={texts.cancel}
                    onConfirm={() => void remove(file)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${texts.evidence.remove} ${file.originalName}`}
                    />
                  </Popconfirm>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={<span className="wrap-anywhere">{file.originalName}</span>}
                description={`${sizeText(file.sizeBytes)} · ${formatDateTime(file.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
      <EvidencePreview file={previewed} onClose={() => setPreviewed(null)} />
    </Flex>
  );
}

/** An image or PDF shown inline from its bytes (the server always sends evidence as an attachment). */
function EvidencePreview({ file, onClose }: { file: EvidenceFile | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return;
    let revoked = false;
    let created: string | null = null;
    setUrl(null);
    setError(null);
    fetchEvidence(file.id)
      .then((blob) => {
        if (revoked) return;
        created = URL.createObjectURL(new Blob([blob], { type: file.mimeType }));
        setUrl(created);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      revoked = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [file]);

  const kind = file ? previewKind(file.mimeType) : 'download';
  return (
    <Drawer
      open={file !== null}
      onClose={onClose}
      title={
        file ? <span className="wrap-anywhere">{texts.evidence.previewTitle(file.originalName)}</span> : null
      }
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {!url && !error && <Spin />}
      {url && kind === 'image' && (
        <img src={url} alt={file?.originalName ?? ''} style={{ maxWidth: '100%', height: 'auto' }} />
      )}
      {url && kind === 'pdf' && (
        <iframe
          src={url}
          title={file?.originalName ?? ''}
          style={{ width: '100%', height: '75vh', border: 0 }}
        />
      )}
      {url && kind === 'download' && <Typography.Text>{texts.evidence.noPreview}</Typography.Text>}
    </Drawer>
  );
}
