import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Select, Spin, Tag, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { choiceBlocker, PeriodClusterPicker } from '../app/period-cluster-picker';
import { useWorkChoice } from '../app/use-work-choice';
import { WITH_FOCAL } from '../app/work-choice';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useCreateVersion, useIssuedFrameworks, useVersions } from './api';
import { tc } from './texts';
import type { Cluster, Period, VersionSummary } from './types';
import { VersionWorkspace } from './version-workspace';
import { DownloadButtons } from '../documents/download-buttons';
import { docTexts } from '../documents/texts';
import { ScreenHeader } from '../shared/page-header';
import { useSetAddressParams } from '../app/address-params';

const v = tc.versions;

/**
 * A cluster's criteria: period → cluster → its revisions (draft → agreed → issued), kept in the
 * address (`?ky=…&cum=…&ban=…`). The tree is edited where the server allows it (the leader and
 * deputies draft, the leader or the standing office agrees and issues); everyone else reads.
 */
function CriteriaPage() {
  usePageTitle(v.heading);
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams('push');
  // A focal department reads the criteria of the clusters it scores.
  const choice = useWorkChoice<Cluster>({ accept: WITH_FOCAL });
  const { council, period, cluster } = choice;
  const versions = useVersions(cluster?.id);
  const version = versions.data?.find((x) => x.id === search.get('ban')) ?? versions.data?.[0];

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={vi.errors.notFound} />;

  // Another revision of the same cluster (a new history entry: Back returns to the one read before).
  const go = ({ ban }: { ban: string }) => setAddress({ ban });
  const pickers = <PeriodClusterPicker choice={choice} idPrefix="criteria" />;

  let body: ReactNode;
  const blocker = choiceBlocker(choice);
  if (blocker) body = blocker;
  else if (versions.isError)
    body = <LoadError error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (!versions.data || !cluster || !period)
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else if (!version)
    body = (
      <NoVersion
        councilId={council.id}
        cluster={cluster}
        period={period}
        onCreated={(id) => go({ ban: id })}
      />
    );
  else
    body = (
      <Flex vertical gap={12}>
        <History versions={versions.data} current={version.id} onOpen={(id) => go({ ban: id })} />
        <DownloadButtons
          path={`/criteria-versions/${version.id}/documents/criteria`}
          title={docTexts.criteria}
        />
        <VersionWorkspace
          key={version.id}
          councilId={council.id}
          clusterId={cluster.id}
          periodId={period.id}
          versionId={version.id}
          versions={versions.data}
          onOpenVersion={(id) => go({ ban: id })}
        />
      </Flex>
    );

  return (
    <>
      <ScreenHeader title={v.heading} subtitle={council.name} pickers={pickers} />
      <Card className="page-card">{body}</Card>
    </>
  );
}

/** The revisions of the cluster's criteria, newest first, with why each later one was made. */
function History({
  versions,
  current,
  onOpen,
}: {
  versions: VersionSummary[];
  current: string;
  onOpen: (id: string) => void;
}) {
  return (
    <nav aria-label={v.history}>
      <Typography.Text strong>{v.history}</Typography.Text>
      <ul className="compare-list" style={{ marginTop: 6 }}>
        {versions.map((x) => (
          <li key={x.id} style={{ padding: 0 }}>
            <Button
              type={x.id === current ? 'primary' : 'text'}
              ghost={x.id === current}
              onClick={() => onOpen(x.id)}
              aria-current={x.id === current ? 'true' : undefined}
              style={{
                height: 'auto',
                whiteSpace: 'normal',
                textAlign: 'start',
                width: '100%',
                justifyContent: 'flex-start',
              }}
            >
              <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
                <strong>{v.revision(x.revision)}</strong>
                <Tag color={tc.statusColor[x.status]} style={{ margin: 0 }}>
                  {tc.status[x.status]}
                </Tag>
                {x.documentNumber && x.status === 'issued' && (
                  <span>{v.issuedAt(x.documentNumber, formatDate(x.documentDate))}</span>
                )}
                {x.changeReason && <span className="wrap-anywhere">{v.historyReason(x.changeReason)}</span>}
              </Flex>
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** No criteria yet: the leader, a deputy or the standing office starts them from an issued framework. */
function NoVersion(props: {
  councilId: string;
  cluster: Cluster;
  period: Period;
  onCreated: (id: string) => void;
}) {
  const { cluster, period } = props;
  const { message } = App.useApp();
  const canDraft = cluster.abilities.setDeadlines && period.stage === 'criteria';
  const frameworks = useIssuedFrameworks(props.councilId, canDraft);
  const create = useCreateVersion(cluster.id);
  const [frameworkId, setFrameworkId] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = frameworkId ?? frameworks.data?.[0]?.id;

  const onCreate = async () => {
    if (!chosen) return;
    setProblem(null);
    try {
      const created = await create.mutateAsync(chosen);
      void message.success(v.created);
      props.onCreated(created.id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : vi.errors.unexpected);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Alert role="status" type="info" showIcon title={canDraft ? v.noVersions : v.noVersionsReader} />
      {problem && <Alert role="alert" type="error" showIcon title={tc.notSaved} description={problem} />}
      {canDraft ? (
        <Flex vertical gap={8} style={{ maxWidth: 640 }}>
          <label htmlFor="criteria-framework">{v.createFramework}</label>
          <Select
            id="criteria-framework"
            value={chosen}
            showSearch={{ optionFilterProp: 'label' }}
            loading={frameworks.isPending}
            notFoundContent={v.noIssuedFrameworks}
            options={(frameworks.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.name} (${tc.versions.revision(f.revision)})`,
            }))}
            onChange={setFrameworkId}
          />
          <Typography.Text type="secondary">{v.createFrameworkHelp}</Typography.Text>
          <div>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!chosen}
              loading={create.isPending}
              onClick={() => void onCreate()}
            >
              {v.create}
            </Button>
          </div>
        </Flex>
      ) : (
        <Tooltip title={v.cannotCreate}>
          <span style={{ display: 'inline-block', width: 'fit-content' }}>
            <Button icon={<PlusOutlined />} disabled>
              {v.create}
            </Button>
          </span>
        </Tooltip>
      )}
    </Flex>
  );
}

export { CriteriaPage as Component };
