import { FilePdfOutlined, FileWordOutlined, FileZipOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { downloadApiFile } from './download-file';
import { docTexts as t } from './texts';

type Format = 'docx' | 'pdf' | 'zip';

interface Props {
  /** The document's API path under /api/v1 (`/clusters/…/documents/score-table`). */
  path: string;
  /** What the document is, for the buttons' accessible names (`bảng tổng hợp kết quả`). */
  title: string;
  /** Extra query parameters (a criteria version, …). */
  query?: Record<string, string>;
}

/**
 * Downloads `path` with the session cookie (`?format=` for a document, none for a package). A refusal or
 * an error shows the server's Vietnamese message instead of saving an error page as a file.
 */
function useDownload(path: string, query?: Record<string, string>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  async function download(format: Format) {
    setBusy(format);
    try {
      const params = format === 'zip' ? { ...query } : { ...query, format };
      await downloadApiFile(path, params, `van-ban.${format}`, t.failed);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t.failed);
    } finally {
      setBusy(null);
    }
  }
  return { busy, download };
}

/** "Tải về Word / PDF": an official document of the API in either format. */
export function DownloadButtons({ path, title, query }: Props) {
  const { busy, download } = useDownload(path, query);
  return (
    <Space size={4} wrap>
      <Typography.Text type="secondary">{t.download}</Typography.Text>
      <Button
        size="small"
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        aria-label={t.wordLabel(title)}
        onClick={() => void download('docx')}
      >
        {t.word}
      </Button>
      <Typography.Text type="secondary">/</Typography.Text>
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        aria-label={t.pdfLabel(title)}
        onClick={() => void download('pdf')}
      >
        {t.pdf}
      </Button>
    </Space>
  );
}

/** The dossier package (a .zip of the dossier's PDF and Word files): one button. */
export function DossierPackageButton({ path }: { path: string }) {
  const { busy, download } = useDownload(path);
  return (
    <Button
      size="small"
      icon={<FileZipOutlined />}
      loading={busy === 'zip'}
      onClick={() => void download('zip')}
    >
      {t.zip}
    </Button>
  );
}
