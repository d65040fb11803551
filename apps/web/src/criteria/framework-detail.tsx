import {
  ArrowLeftOutlined,
  CopyOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Spin, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../api/client';
import { StaleAlert } from '../shared/stale-alert';
import { UNIT_TYPES, type UnitType } from '../api/types';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import {
  frameworkKey,
  useFramework,
  useFrameworks,
  useIssueFramework,
  useReviseFramework,
  useUpdateFramework,
} from './api';
import { IssueDialog, ReviseDialog } from './document-dialogs';
import { DecimalInput } from './decimal-input';
import { Field } from './field';
import { BASE_PATH, engineProblems, mergeProblems } from './live-validation';
import { percentToRatio, ratioToPercent } from './numbers';
import { OtherParts } from './other-parts';
import { TiePreferenceSwitch } from './tie-preference-switch';
import { RulesetEditor } from './ruleset-editor';
import { useUnsavedGuard } from './unsaved-guard';
import { tc } from './texts';
import type { FieldProblem, Framework, Ruleset } from './types';

const t = tc.frameworks;

interface Meta {
  name: string;
  unitType: UnitType | null;
  fixedGroupCodes: string[];
  ratioText: string;
}

const metaOf = (f: Framework): Meta => ({
  name: f.name,
  unitType: f.unitType,
  fixedGroupCodes: f.fixedGroupCodes,
  ratioText: ratioToPercent(f.maxAddedCriteriaRatio),
});

/** One framework: its settings and its criteria tree, editable by the standing office until issued. */
export function FrameworkDetail(props: {
  councilId: string;
  frameworkId: string;
  onOpen: (id: string | null) => void;
}) {
  const framework = useFramework(props.frameworkId);
  if (framework.isPending)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  if (framework.isError)
    return <LoadError error={framework.error} onRetry={() => void framework.refetch()} />;
  return <Detail key={`${framework.data.id}`} {...props} framework={framework.data} />;
}

function Detail({
  councilId,
  framework,
  onOpen,
}: {
  councilId: string;
  framework: Framework;
  onOpen: (id: string | null) => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Ruleset | null>(null);
  const [meta, setMeta] = useState<Meta | null>(null);
  const [refused, setRefused] = useState<{ for: Ruleset; errors: FieldProblem[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [metaProblems, setMetaProblems] = useState<Record<string, string[]>>({});
  const [stale, setStale] = useState(false);
  const [dialog, setDialog] = useState<'issue' | 'revise' | null>(null);
  const update = useUpdateFramework(councilId, framework.id);
  const issue = useIssueFramework(councilId, framework.id);
  const revise = useReviseFramework(councilId, framework.id);
  const revisions = useFrameworks(councilId, { code: framework.code, page: 1, pageSize: 100 });

  const editable = framework.abilities.update;
  const ruleset = draft ?? framework.ruleset;
  const values = meta ?? metaOf(framework);
  const dirty = draft !== null || meta !== null;
  const local = useMemo(() => engineProblems(ruleset), [ruleset]);
  const problems = mergeProblems(local, refused?.for === ruleset ? refused.errors : []);
  const ratio = percentToRatio(values.ratioText);

  useUnsavedGuard(dirty);

  const setField = (patch: Partial<Meta>) => setMeta({ ...values, ...patch });
  const codes = [...ruleset.groups.map((g) => g.code), ...(ruleset.bonusItems ?? []).map((b) => b.code)];

  const onSave = async () => {
    setProblem(null);
    setMetaProblems({});
    setStale(false);
    if (ratio === undefined) {
      setMetaProblems({ ratio: [tc.form.notANumber] });
      return;
    }
    const sent = ruleset;
    try {
      await update.mutateAsync({
        version: framework.version,
        name: values.name,
        unitType: values.unitType,
        fixedGroupCodes: values.fixedGroupCodes,
        maxAddedCriteriaRatio: ratio,
        ...(draft ? { ruleset: draft } : {}),
      });
      setDraft(null);
      setMeta(null);
      setRefused(null);
      void message.success(t.saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) {
        setStale(true);
        return;
      }
      if (isApiError(error)) {
        setRefused({ for: sent, errors: error.fields.filter((f) => f.path.startsWith(BASE_PATH)) });
        const byField: Record<string, string[]> = {};
        for (const f of error.fields) {
          const name = f.path.startsWith('body.fixedGroupCodes')
            ? 'fixedGroupCodes'
            : f.path === 'body.maxAddedCriteriaRatio'
              ? 'ratio'
              : f.path.replace(/^body\./, '');
          if (!f.path.startsWith(BASE_PATH)) byField[name] = [...(byField[name] ?? []), f.message];
        }
        setMetaProblems(byField);
        setProblem(error.message);
      } else setProblem(vi.errors.unexpected);
    }
  };

  const reload = async () => {
    setDraft(null);
    setMeta(null);
    setRefused(null);
    setStale(false);
    setProblem(null);
    await queryClient.invalidateQueries({ queryKey: frameworkKey(framework.id) });
  };

  const latest = (revisions.data?.items ?? []).every((r) => r.revision <= framework.revision);
  const disabledWhy = (allowed: boolean) =>
    allowed ? undefined : framework.status === 'issued' ? t.lockedNote : t.readOnlyNote;

  return (
    <Flex vertical gap={12}>
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => onOpen(null)}
          style={{ paddingInline: 0 }}
        >
          {t.back}
        </Button>
      </div>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
          {framework.name}
        </Typography.Title>
        <Tag color={tc.statusColor[framework.status]}>{tc.status[framework.status]}</Tag>
        <Tag>{tc.versions.revision(framework.revision)}</Tag>
        {dirty && <Tag color="orange">{tc.versions.unsaved}</Tag>}
      </Flex>
      {framework.changeReason && (
        <Typography.Text className="wrap-anywhere">
          {tc.versions.historyReason(framework.changeReason)}
        </Typography.Text>
      )}
      {framework.status === 'issued' && framework.documentNumber && (
        <Typography.Text type="secondary">
          {tc.versions.issuedAt(framework.documentNumber, formatDate(framework.documentDate))}
        </Typography.Text>
      )}
      <Flex wrap gap={8}>
        <Gate why={disabledWhy(editable)}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!editable || !dirty}
            loading={update.isPending}
            onClick={() => void onSave()}
          >
            {t.save}
          </Button>
        </Gate>
        {dirty && (
          <Button icon={<UndoOutlined />} onClick={() => void reload()}>
            {tc.versions.undo}
          </Button>
        )}
        <Gate why={dirty ? tc.versions.agreeNeedsSave : disabledWhy(framework.abilities.issue)}>
          <Button
            icon={<SafetyCertificateOutlined />}
            disabled={!framework.abilities.issue || dirty}
            onClick={() => setDialog('issue')}
          >
            {t.issue}
          </Button>
        </Gate>
        <Gate
          why={
            framework.abilities.revise && latest
              ? undefined
              : framework.status === 'issued' && !latest
                ? t.reviseHelp
                : t.readOnlyNote
          }
        >
          <Button
            icon={<CopyOutlined />}
            disabled={!framework.abilities.revise || !latest}
            onClick={() => setDialog('revise')}
          >
            {t.revise}
          </Button>
        </Gate>
      </Flex>
      {framework.status === 'issued' && <Alert type="info" showIcon title={t.lockedNote} />}
      {framework.status !== 'issued' && !editable && <Alert type="info" showIcon title={t.readOnlyNote} />}
      <StaleAlert
        stale={stale}
        title={t.stale}
        reloadText={tc.versions.staleReload}
        onReload={() => void reload()}
        spaced={false}
      />
      {problem && <Alert role="alert" type="error" showIcon title={tc.notSaved} description={problem} />}
      <Card size="small" title={t.details} className="criteria-readable">
        <Form layout="vertical" component="div" disabled={!editable}>
          <Flex wrap gap={16}>
            <div style={{ flex: '2 1 320px', minWidth: 0 }}>
              <Field id="framework-name" label={t.name} problems={metaProblems.name}>
                <Input.TextArea
                  id="framework-name"
                  value={values.name}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  onChange={(e) => setField({ name: e.target.value })}
                />
              </Field>
            </div>
            <div style={{ flex: '1 1 220px', minWidth: 0 }}>
              <Field id="framework-unit-type" label={t.unitType} problems={metaProblems.unitType}>
                <Select
                  id="framework-unit-type"
                  value={values.unitType ?? 'any'}
                  onChange={(u: UnitType | 'any') => setField({ unitType: u === 'any' ? null : u })}
                  options={[
                    { value: 'any', label: t.anyUnitType },
                    ...UNIT_TYPES.map((u) => ({ value: u, label: vi.unitTypes[u] })),
                  ]}
                />
              </Field>
            </div>
          </Flex>
          <Flex wrap gap={16}>
            <div style={{ flex: '2 1 320px', minWidth: 0 }}>
              <Field id="framework-fixed" label={t.fixedGroups} problems={metaProblems.fixedGroupCodes}>
                <Select
                  id="framework-fixed"
                  mode="multiple"
                  value={values.fixedGroupCodes}
                  onChange={(fixedGroupCodes: string[]) => setField({ fixedGroupCodes })}
                  options={codes.map((code) => ({ value: code, label: code }))}
                />
              </Field>
            </div>
            <div style={{ flex: '1 1 160px', minWidth: 0 }}>
              <Field
                id="framework-max-total"
                label={t.maxTotal}
                problems={problems.filter((p) => p.path === `${BASE_PATH}.maxTotal`).map((p) => p.message)}
                extra={t.maxTotalHelp}
              >
                <DecimalInput
                  id="framework-max-total"
                  value={ruleset.maxTotal ?? undefined}
                  disabled={!editable}
                  onChange={(maxTotal) => setDraft({ ...ruleset, maxTotal: maxTotal ?? null })}
                  style={{ width: 140 }}
                />
              </Field>
            </div>
            <div style={{ flex: '1 1 220px', minWidth: 0 }}>
              <Field
                id="framework-ratio"
                label={t.ratio}
                problems={ratio === undefined ? [tc.form.notANumber] : metaProblems.ratio}
                extra={t.ratioHelp}
              >
                <Input
                  id="framework-ratio"
                  inputMode="decimal"
                  value={values.ratioText}
                  suffix="%"
                  style={{ width: 140 }}
                  onChange={(e) => setField({ ratioText: e.target.value })}
                />
              </Field>
            </div>
          </Flex>
        </Form>
      </Card>
      <RulesetEditor
        ruleset={ruleset}
        onChange={editable ? (next) => setDraft(next) : undefined}
        problems={editable ? problems : []}
        mode="framework"
        status={
          editable ? (
            <Typography.Text type={problems.length > 0 ? 'danger' : 'secondary'} role="status">
              {problems.length > 0 ? tc.editor.problems(problems.length) : tc.editor.valid}
            </Typography.Text>
          ) : (
            <Tag>{tc.editor.readOnly}</Tag>
          )
        }
      />
      <TiePreferenceSwitch ruleset={ruleset} onChange={editable ? (next) => setDraft(next) : undefined} />
      <OtherParts ruleset={ruleset} />
      <Card size="small" title={t.revisions}>
        <ul className="compare-list">
          {(revisions.data?.items ?? []).map((r) => (
            <li key={r.id}>
              <Button
                type={r.id === framework.id ? 'primary' : 'link'}
                ghost={r.id === framework.id}
                onClick={() => onOpen(r.id)}
                style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              >
                {tc.versions.revision(r.revision)} — {tc.status[r.status]}
                {r.changeReason ? ` — ${tc.versions.historyReason(r.changeReason)}` : ''}
              </Button>
            </li>
          ))}
        </ul>
      </Card>
      {dialog === 'issue' && (
        <IssueDialog
          title={t.issueTitle}
          warning={t.issueWarning}
          onClose={() => setDialog(null)}
          onIssue={async (input) => {
            await issue.mutateAsync({ version: framework.version, ...input });
            void message.success(t.issued);
          }}
        />
      )}
      {dialog === 'revise' && (
        <ReviseDialog
          title={t.reviseTitle}
          help={t.reviseHelp}
          onClose={() => setDialog(null)}
          onRevise={async (reason) => {
            const created = await revise.mutateAsync(reason);
            void message.success(t.revised);
            onOpen(created.id);
          }}
        />
      )}
    </Flex>
  );
}

/** A disabled button says why on hover (the tooltip sits on a wrapper, as a disabled button gets no events). */
function Gate({ why, children }: { why: string | undefined; children: React.ReactNode }) {
  if (!why) return <>{children}</>;
  return (
    <Tooltip title={why}>
      <span style={{ display: 'inline-block' }}>{children}</span>
    </Tooltip>
  );
}
