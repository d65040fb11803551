import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { uploadFile } from '../api/files';
import { useSignedIn } from '../auth/require-session';
import { ComparisonView } from './compare-panel';
import { points } from './numbers';
import { tc } from './texts';
import type { CriteriaImportView } from '@thidua/contracts/spreadsheets';
import type { WithRuleset } from '@thidua/contracts/criteria-shared';
import type { CriterionInput, Ruleset } from './types';
import { ErrorListAlert } from '../shared/error-list-alert';

const t = tc.excel;

/** The server's preview of a criteria sheet: the ruleset it would put in the draft, and what differs. */
type CriteriaImportPreview = WithRuleset<CriteriaImportView, Ruleset>;

interface Line {
  key: string;
  code: string;
  name: string;
  points: number;
  kind: string;
  depth: number;
}

/** The groups and criteria in reading order, each with its depth under its group. */
function linesOf(ruleset: Ruleset): Line[] {
  const lines: Line[] = [];
  const walk = (c: CriterionInput, depth: number) => {
    lines.push({
      key: `c-${c.code}`,
      code: c.code,
      name: c.name,
      points: c.points,
      kind: c.children ? tc.container : c.kind ? tc.kindShort[c.kind] : '',
      depth,
    });
    c.children?.forEach((child) => walk(child, depth + 1));
  };
  for (const group of ruleset.groups) {
    lines.push({
      key: `g-${group.code}`,
      code: group.code,
      name: group.name,
      points: group.maxPoints,
      kind: tc.group,
      depth: 0,
    });
    group.criteria.forEach((c) => walk(c, 1));
  }
  return lines;
}

/**
 * "Nhập từ Excel" on a draft: the file goes to the server's preview (read with the engine's and the
 * framework's checks, errors by cell, nothing saved); the user sees the groups and criteria and what
 * differs from the saved draft, then puts them in the editor, to save with "Lưu dự thảo".
 */
export function ExcelImportDialog(props: {
  versionId: string;
  dirty: boolean;
  onClose: () => void;
  onLoad: (ruleset: Ruleset) => void;
}) {
  const session = useSignedIn();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<CriteriaImportPreview | null>(null);
  const [errors, setErrors] = useState<{ title: string; lines: string[] } | null>(null);

  async function send(chosen: File) {
    setBusy(true);
    setPreview(null);
    setErrors(null);
    try {
      setPreview(
        await uploadFile<CriteriaImportPreview>(
          `/criteria-versions/${props.versionId}/spreadsheets/criteria-import/preview`,
          chosen,
          session.csrfToken,
        ),
      );
    } catch (error) {
      setErrors(
        isApiError(error) && error.fields.length > 0
          ? { title: error.message, lines: error.fields.map((f) => f.message) }
          : { title: t.errorsTitle, lines: [error instanceof Error ? error.message : String(error)] },
      );
    } finally {
      setBusy(false);
    }
  }

  const lines = preview ? linesOf(preview.ruleset) : [];
  return (
    <Modal
      open
      title={t.title}
      width={920}
      onCancel={props.onClose}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t.cancel}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          disabled={!preview}
          onClick={() => {
            if (!preview) return;
            props.onLoad(preview.ruleset);
            props.onClose();
          }}
        >
          {t.confirm}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t.steps}</Typography.Paragraph>
        {props.dirty && <Alert type="warning" showIcon title={t.dirtyWarning} />}
        <Flex gap={8} wrap align="center">
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              void send(chosen);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t.chooseFile}
            </Button>
          </Upload>
          {file && <Typography.Text type="secondary">{file.name}</Typography.Text>}
        </Flex>
        {errors && <ErrorListAlert title={errors.title} lines={errors.lines} />}
        {preview && (
          <Flex vertical gap={12} data-testid="criteria-import-preview">
            <Typography.Text strong>
              {t.summary(preview.ruleset.groups.length, lines.filter((l) => l.depth > 0).length)}
            </Typography.Text>
            <Table
              size="small"
              aria-label={t.previewTable}
              pagination={lines.length > 30 ? { pageSize: 30 } : false}
              rowKey="key"
              dataSource={lines}
              scroll={{ x: true }}
              columns={[
                { title: t.columns.code, dataIndex: 'code' },
                {
                  title: t.columns.name,
                  render: (_, l) => (
                    <span
                      className="wrap-anywhere"
                      style={{
                        paddingInlineStart: l.depth * 16,
                        fontWeight: l.depth === 0 ? 600 : undefined,
                      }}
                    >
                      {l.name}
                    </span>
                  ),
                },
                { title: t.columns.points, align: 'right', render: (_, l) => points(l.points) },
                { title: t.columns.kind, dataIndex: 'kind' },
              ]}
            />
            <Typography.Text strong>{t.differences}</Typography.Text>
            <ComparisonView comparison={preview.changes} label={t.differences} same={t.same} />
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}
