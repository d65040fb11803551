import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { downloadApiFile } from './download-file';
import { docTexts as t } from './texts';

type Format = 'docx' | 'pdf';

interface Props {
  /** The document's API path under /api/v1 (`/clusters/…/documents/score-table`). */
  path: string;
  /** What the document is, for the buttons' accessible names (`bảng tổng hợp kết quả`). */
  title: string;
  /** Extra query parameters (a criteria version, …). */
  query?: Record<string, string>;
}

/**
 * "Tải về Word / PDF": downloads an official document of the API with the session cookie. A refusal or
 * an error shows the server's Vietnamese message instead of saving an error page as a file.
 */
export function DownloadButtons({ path, title, query }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  async function download(format: Format) {
    setBusy(format);
    try {
      await downloadApiFile(path, { ...query, format }, `van-ban.${format}`, t.failed);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t.failed);
    } finally {
      setBusy(null);
    }
  }

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
