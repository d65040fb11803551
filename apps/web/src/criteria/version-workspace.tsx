import {
  CheckOutlined,
  CopyOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Spin, Tabs, Tag, Tooltip, Typography } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { isApiError } from '../api/client';
import { LoadError } from '../app/load-error';
import { formatDate, formatScore } from '../format';
import { vi } from '../i18n/vi';
import {
  useAgreeVersion,
  useIssueVersion,
  useReviseVersion,
  useSaveVersion,
  useVersion,
  validateVersion,
  versionKey,
} from './api';
import { AssignmentsPanel } from './assignments-panel';
import { ComparePanel } from './compare-panel';
import { AgreeDialog, IssueDialog, ReviseDialog } from './document-dialogs';
import { downloadApiFile } from '../documents/download-file';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { ExcelImportDialog } from './excel-import-dialog';
import { LoadLastYearDialog } from './load-last-year-dialog';
import { useUnsavedGuard } from './unsaved-guard';
import { BASE_PATH, useLiveValidation } from './live-validation';
import { OtherParts } from './other-parts';
import { TiePreferenceSwitch } from './tie-preference-switch';
import { RulesetEditor } from './ruleset-editor';
import { tc } from './texts';
import type { CarriedRegistration, CriteriaVersion, FieldProblem, Ruleset, VersionSummary } from './types';

const v = tc.versions;

type Dialog = 'agree' | 'issue' | 'revise' | 'lastYear' | 'excel' | null;

interface WorkspaceProps {
  councilId: string;
  clusterId: string;
  periodId: string;
  versionId: string;
  versions: VersionSummary[];
  onOpenVersion: (id: string) => void;
}

/** One revision of a cluster's criteria: the tree (editable as the server allows), its lifecycle, comparison. */
export function VersionWorkspace(props: WorkspaceProps) {
  const version = useVersion(props.versionId);
  if (version.isPending)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  if (version.isError) return <LoadError error={version.error} onRetry={() => void version.refetch()} />;
  return <Workspace {...props} version={version.data} onReload={() => version.refetch()} />;
}

function Workspace(props: WorkspaceProps & { version: CriteriaVersion; onReload: () => Promise<unknown> }) {
  const { version, clusterId } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Ruleset | null>(null);
  const [refused, setRefused] = useState<{ for: Ruleset; errors: FieldProblem[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  // What issuing did to the registrations made before issue (issue #14 §3), until the issuer closes it.
  const [carried, setCarried] = useState<CarriedRegistration[] | null>(null);
  const [tab, setTab] = useState('tree');
  const save = useSaveVersion(clusterId, version.id);
  const agree = useAgreeVersion(clusterId, version.id);
  const issue = useIssueVersion(clusterId, version.id);
  const revise = useReviseVersion(clusterId, version.id);

  const editable = version.abilities.update;
  const ruleset = draft ?? version.ruleset;
  const dirty = draft !== null;
  const check = useCallback(
    (r: Ruleset, signal: AbortSignal) => validateVersion(version.id, r, signal),
    [version.id],
  );
  const live = useLiveValidation(ruleset, editable ? check : null, refused);

  useUnsavedGuard(dirty);

  const onSave = async () => {
    setProblem(null);
    setStale(null);
    const sent = ruleset;
    try {
      await save.mutateAsync({ version: version.version, ruleset: sent });
      setDraft(null);
      setRefused(null);
      void message.success(v.saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) setStale(error.message);
      else if (isApiError(error) && error.fields.some((f) => f.path.startsWith(BASE_PATH))) {
        setRefused({ for: sent, errors: error.fields });
        setProblem(`${error.message}. ${v.notSavedInvalid}`);
      } else setProblem(error instanceof Error ? error.message : vi.errors.unexpected);
    }
  };

  const reload = async () => {
    setDraft(null);
    setRefused(null);
    setStale(null);
    setProblem(null);
    await queryClient.invalidateQueries({ queryKey: versionKey(version.id) });
    await props.onReload();
  };

  const latest = props.versions[0]?.id === version.id;
  const why = (allowed: boolean, reason: string) => (allowed ? undefined : reason);
  const lockedWhy = why(editable, version.status === 'issued' ? v.whyLocked : v.whyNotDrafter);
  /** A button that opens one of the version's dialogs. */
  const dialogButton = (
    opens: Exclude<Dialog, null>,
    icon: ReactNode,
    label: string,
    disabled: boolean,
    tooltip: string | undefined,
  ) => (
    <ActionButton icon={icon} disabled={disabled} tooltip={tooltip} onClick={() => setDialog(opens)}>
      {label}
    </ActionButton>
  );
  /** Agreeing and issuing take what is saved: not while there are changes. */
  const savedFirst = (opens: 'agree' | 'issue', icon: ReactNode, label: string, reason: string) => {
    const allowed = version.abilities[opens];
    return dialogButton(
      opens,
      icon,
      label,
      !allowed || dirty,
      dirty ? v.agreeNeedsSave : why(allowed, reason),
    );
  };

  const actions = (
    <Flex wrap gap={8}>
      <ActionButton
        icon={<SaveOutlined />}
        type="primary"
        disabled={!editable || !dirty}
        loading={save.isPending}
        tooltip={lockedWhy}
        onClick={() => void onSave()}
      >
        {v.save}
      </ActionButton>
      {dirty && (
        <Button icon={<UndoOutlined />} onClick={() => void reload()}>
          {v.undo}
        </Button>
      )}
      {dialogButton('lastYear', <ImportOutlined />, v.loadLastYear, !editable, lockedWhy)}
      <ActionButton
        icon={<DownloadOutlined />}
        disabled={!editable}
        tooltip={lockedWhy}
        onClick={() => {
          downloadApiFile(
            `/criteria-versions/${version.id}/spreadsheets/criteria-template`,
            {},
            'mau-bo-tieu-chi.xlsx',
            tc.excel.templateFailed,
          ).catch(
            (error: unknown) =>
              void message.error(error instanceof Error ? error.message : tc.excel.templateFailed),
          );
        }}
      >
        {tc.excel.template}
      </ActionButton>
      {dialogButton('excel', <FileExcelOutlined />, tc.excel.import, !editable, lockedWhy)}
      <ExportExcelButton
        size="middle"
        path={`/criteria-versions/${version.id}/spreadsheets/criteria`}
        title={tc.excel.exportTitle}
      />
      {savedFirst('agree', <CheckOutlined />, v.agree, agreeWhy(version))}
      {savedFirst('issue', <SafetyCertificateOutlined />, v.issue, issueWhy(version))}
      {dialogButton(
        'revise',
        <CopyOutlined />,
        v.revise,
        !version.abilities.revise || !latest,
        why(version.abilities.revise && latest, reviseWhy(version, latest)),
      )}
    </Flex>
  );

  const status = editable ? (
    <Typography.Text
      type={live.problems.length > 0 ? 'danger' : 'secondary'}
      aria-live="polite"
      role="status"
    >
      {live.checking && live.problems.length === 0
        ? tc.editor.checking
        : live.problems.length > 0
          ? tc.editor.problems(live.problems.length)
          : tc.editor.valid}
    </Typography.Text>
  ) : (
    <Tag>{tc.editor.readOnly}</Tag>
  );

  return (
    <Flex vertical gap={12}>
      <Flex vertical gap={4}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
            {version.name}
          </Typography.Title>
          <Tag color={tc.statusColor[version.status]}>{tc.status[version.status]}</Tag>
          <Tag>{v.revision(version.revision)}</Tag>
          {dirty && <Tag color="orange">{v.unsaved}</Tag>}
        </Flex>
        <Typography.Text type="secondary" className="wrap-anywhere">
          {v.framework(version.framework.name, version.framework.revision)}
          {version.framework.maxAddedCriteriaRatio !== null &&
            ` ${v.added30(version.framework.maxAddedCriteriaRatio)}`}
        </Typography.Text>
        {version.changeReason && (
          <Typography.Text className="wrap-anywhere">{v.historyReason(version.changeReason)}</Typography.Text>
        )}
        {version.agreedAt && (
          <Typography.Text type="secondary">{v.agreedAt(formatDate(version.agreedAt))}</Typography.Text>
        )}
        {version.status === 'issued' && version.documentNumber && (
          <Typography.Text type="secondary">
            {v.issuedAt(version.documentNumber, formatDate(version.documentDate))}
          </Typography.Text>
        )}
      </Flex>
      {actions}
      {carried && carried.length > 0 && <CarriedNotice carried={carried} onClose={() => setCarried(null)} />}
      {version.status === 'issued' && <Alert type="info" showIcon title={v.lockedNote} />}
      {version.status !== 'issued' && !editable && <Alert type="info" showIcon title={v.readOnlyNote} />}
      {stale && (
        <Alert
          role="alert"
          type="warning"
          showIcon
          title={v.stale}
          description={stale}
          action={
            <Button size="small" type="primary" onClick={() => void reload()}>
              {v.staleReload}
            </Button>
          }
        />
      )}
      {problem && <Alert role="alert" type="error" showIcon title={v.notSaved} description={problem} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'tree',
            label: v.editor,
            children: (
              <Flex vertical gap={12}>
                {editable && (
                  <Flex vertical gap={4} style={{ maxWidth: 720 }}>
                    <label htmlFor="criteria-ruleset-name">{v.rulesetName}</label>
                    <Input
                      id="criteria-ruleset-name"
                      value={ruleset.name}
                      maxLength={300}
                      onChange={(e) => {
                        setDraft({ ...ruleset, name: e.target.value });
                        setProblem(null);
                      }}
                    />
                  </Flex>
                )}
                <RulesetEditor
                  ruleset={ruleset}
                  onChange={
                    editable
                      ? (next) => {
                          setDraft(next);
                          setProblem(null);
                        }
                      : undefined
                  }
                  problems={editable ? live.problems : []}
                  fixedGroupCodes={version.framework.fixedGroupCodes}
                  mode="cluster"
                  status={status}
                />
                <TiePreferenceSwitch
                  ruleset={ruleset}
                  onChange={
                    editable
                      ? (next) => {
                          setDraft(next);
                          setProblem(null);
                        }
                      : undefined
                  }
                />
                <OtherParts ruleset={ruleset} />
              </Flex>
            ),
          },
          {
            key: 'compare',
            label: v.compare,
            children: <ComparePanel clusterId={clusterId} versions={props.versions} current={version} />,
          },
          {
            key: 'assignments',
            label: v.assignments,
            children: (
              <AssignmentsPanel
                councilId={props.councilId}
                clusterId={clusterId}
                version={version}
                dirty={dirty}
              />
            ),
          },
        ]}
      />
      {dialog === 'agree' && (
        <AgreeDialog
          onClose={() => setDialog(null)}
          onAgree={async (note) => {
            await agree.mutateAsync({ version: version.version, ...(note ? { note } : {}) });
            void message.success(v.agreed);
          }}
        />
      )}
      {dialog === 'issue' && (
        <IssueDialog
          title={v.issueTitle}
          warning={v.issueWarning}
          onClose={() => setDialog(null)}
          onIssue={async (input) => {
            const issued = await issue.mutateAsync({ version: version.version, ...input });
            setCarried(issued.registrationsCarriedOver);
            void message.success(v.issued);
          }}
        />
      )}
      {dialog === 'revise' && (
        <ReviseDialog
          title={v.reviseTitle}
          help={v.reviseHelp}
          onClose={() => setDialog(null)}
          onRevise={async (reason) => {
            const created = await revise.mutateAsync(reason);
            void message.success(v.revised);
            props.onOpenVersion(created.id);
          }}
        />
      )}
      {dialog === 'excel' && (
        <ExcelImportDialog
          versionId={version.id}
          dirty={dirty}
          onClose={() => setDialog(null)}
          onLoad={(imported) => {
            setDraft(imported);
            setRefused(null);
            setProblem(null);
            void message.info(tc.excel.loaded);
          }}
        />
      )}
      {dialog === 'lastYear' && (
        <LoadLastYearDialog
          councilId={props.councilId}
          periodId={props.periodId}
          clusterId={clusterId}
          onClose={() => setDialog(null)}
          onLoad={(source) => {
            setDraft({ ...source, name: ruleset.name });
            void message.info(v.loaded);
          }}
        />
      )}
    </Flex>
  );
}

/** Why the leader's actions are off: the status first, then the role or stage. */
function agreeWhy(version: CriteriaVersion): string {
  if (version.status === 'issued') return v.whyLocked;
  if (version.status === 'agreed') return v.whyAlreadyAgreed;
  return v.whyNotLeader;
}

function issueWhy(version: CriteriaVersion): string {
  if (version.status === 'issued') return v.whyLocked;
  // A leader who may agree the draft is one step away; anyone else may do neither.
  if (version.status === 'draft' && version.abilities.agree) return v.whyNeedsAgree;
  return v.whyNotLeader;
}

function reviseWhy(version: CriteriaVersion, latest: boolean): string {
  if (version.status !== 'issued' || !latest) return v.whyNotIssued;
  return v.whyNotDrafter;
}

function ActionButton(props: {
  icon: ReactNode;
  type?: 'primary';
  disabled: boolean;
  loading?: boolean;
  tooltip: string | undefined;
  onClick: () => void;
  children: ReactNode;
}) {
  const button = (
    <Button
      icon={props.icon}
      type={props.type}
      disabled={props.disabled}
      loading={props.loading}
      onClick={props.onClick}
    >
      {props.children}
    </Button>
  );
  // A disabled button gets no pointer events: the tooltip sits on a wrapper that does.
  return props.disabled && props.tooltip ? (
    <Tooltip title={props.tooltip}>
      <span style={{ display: 'inline-block' }}>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}

/** Tells the issuer which registrations were carried over and every target or title issuing dropped. */
function CarriedNotice({ carried, onClose }: { carried: CarriedRegistration[]; onClose: () => void }) {
  const dropped = carried.filter((r) => r.droppedPlans.length + r.droppedTitles.length > 0);
  return (
    <Alert
      role="alert"
      type={dropped.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ 'aria-label': v.carriedClose }}
      onClose={onClose}
      title={v.carriedTitle(carried.length, dropped.length)}
      description={
        dropped.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {dropped.map((r) => (
              <li key={r.registrationId} className="wrap-anywhere">
                {v.carriedUnit(
                  r.unit.name,
                  [
                    ...r.droppedPlans.map((p) => v.carriedPlan(p.criterionCode, formatScore(p.plan))),
                    ...r.droppedTitles.map((a) => a.name),
                  ].join('; '),
                )}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
