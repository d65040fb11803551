import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { PeriodFileImportSummary } from '@thidua/contracts/results';
import { isArchived, STAGE_NAMES, stagesOf, UNIT_TYPES, type UnitType } from '@thidua/vocabulary';
import { Alert, Button, Flex, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../api/client';
import { capitalise } from '../api/field-paths';
import { apiKey } from '../api/keys';
import { vi } from '../i18n/vi';
import type { Cluster, Period } from './types';
import { ErrorListAlert } from '../shared/error-list-alert';

/** What the server answers a good import (`POST /clusters/{id}/period-file`): the contract's. */
type ImportSummary = PeriodFileImportSummary;

type Outcome =
  | { kind: 'done'; fileName: string; summary: ImportSummary }
  | { kind: 'refused'; fileName: string; message: string; lines: string[] };

const t = {
  heading: 'Nhập tệp kỳ thi đua',
  intro:
    'Đưa một năm đã chấm ở nơi khác (tệp thidua/period@1, định dạng JSON) vào cụm, khối này: đơn vị khớp theo mã ' +
    '(chưa có thì tạo mới), bộ tiêu chí được ban hành, điểm được lưu là điểm thẩm định. Có lỗi thì không lưu gì.',
  unitType: 'Loại của các đơn vị mới',
  choose: 'Chọn tệp và nhập',
  notEmpty: 'Chỉ nhập được vào cụm, khối chưa có đơn vị: cụm, khối này đã có đơn vị thành viên.',
  wrongStage: (stages: string) => `Chỉ nhập được khi kỳ thi đua ở giai đoạn ${stages}.`,
  notJson: (name: string) => `Tệp “${name}” không phải tệp JSON đọc được.`,
  done: (name: string) => `Đã nhập tệp “${name}”`,
  summary: (s: ImportSummary) =>
    `${s.unitsCreated} đơn vị mới, ${s.unitsMatched} đơn vị có sẵn; ${s.entries} điểm, ${s.adjustments} khoản ` +
    `cộng, trừ, ${s.facts} thông tin xét khen thưởng, ${s.quotas} chỉ tiêu, ${s.votes} phiếu biểu quyết.`,
  refused: (name: string) => `Không nhập tệp “${name}”`,
};

/**
 * The standing office imports a `thidua/period@1` file into an empty cluster of a period in setup or
 * criteria (SPEC §8). Why it cannot is said beside the button; the server checks everything again and
 * its refusals are listed with where in the file they are.
 */
export function PeriodFileImport({ period, cluster }: { period: Period; cluster: Cluster }) {
  const queryClient = useQueryClient();
  const [unitType, setUnitType] = useState<UnitType>('other');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const stages = stagesOf('importPeriodFile');
  const why =
    isArchived(period) || !(stages as readonly string[]).includes(period.stage)
      ? t.wrongStage(stages.map((s) => STAGE_NAMES[s]).join(' hoặc '))
      : cluster.members.length > 0
        ? t.notEmpty
        : null;

  const send = async (file: File) => {
    setOutcome(null);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setOutcome({ kind: 'refused', fileName: file.name, message: t.notJson(file.name), lines: [] });
      return;
    }
    setBusy(true);
    try {
      const summary = await api.post<ImportSummary>(`/clusters/${cluster.id}/period-file`, document, {
        query: { unitType },
      });
      setOutcome({ kind: 'done', fileName: file.name, summary });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKey(`/periods/${period.id}`) }),
        queryClient.invalidateQueries({ queryKey: apiKey(`/clusters/${cluster.id}`) }),
        queryClient.invalidateQueries({ queryKey: apiKey(`/councils/${period.councilId}/units`) }),
      ]);
    } catch (error) {
      setOutcome({
        kind: 'refused',
        fileName: file.name,
        message: isApiError(error) ? error.message : vi.errors.unexpected,
        // `body.units[2].code` is where in the file: said as the server wrote it, then the problem.
        lines: isApiError(error)
          ? error.fields.map((f) => `${f.path.replace(/^body\.?/, '') || 'tệp'}: ${capitalise(f.message)}`)
          : [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cluster-period-file">
      <Typography.Title level={3} id="cluster-period-file" style={{ fontSize: 16 }}>
        {t.heading}
      </Typography.Title>
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ margin: 0 }}>{t.intro}</Typography.Paragraph>
        <Flex gap={8} wrap align="center">
          <label htmlFor="period-file-unit-type">{t.unitType}</label>
          <Select<UnitType>
            id="period-file-unit-type"
            value={unitType}
            onChange={setUnitType}
            disabled={why !== null}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200 }}
            options={UNIT_TYPES.map((type) => ({ value: type, label: vi.unitTypes[type] }))}
          />
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            disabled={why !== null || busy}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={busy}
              disabled={why !== null}
              aria-describedby={why ? 'period-file-why' : undefined}
            >
              {t.choose}
            </Button>
          </Upload>
        </Flex>
        {why && (
          <Typography.Text type="secondary" id="period-file-why">
            {why}
          </Typography.Text>
        )}
        <div aria-live="polite">
          {outcome?.kind === 'done' && (
            <Alert
              type="success"
              showIcon
              title={t.done(outcome.fileName)}
              description={t.summary(outcome.summary)}
            />
          )}
          {outcome?.kind === 'refused' && (
            <ErrorListAlert
              title={t.refused(outcome.fileName)}
              before={<div className="wrap-anywhere">{outcome.message}</div>}
              lines={outcome.lines}
            />
          )}
        </div>
      </Flex>
    </section>
  );
}
