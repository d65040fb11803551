import { Alert, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../app/load-error';
import { vi } from '../i18n/vi';
import { useComparison } from './api';
import { points } from './numbers';
import { tc } from './texts';
import type { Comparison, CriteriaVersion, CriterionSummary, FieldChange, VersionSummary } from './types';

const c = tc.compare;

/**
 * Two revisions of the cluster's criteria side by side, as the server compares them: criteria added
 * (green), removed (red) and changed field by field (yellow), groups and other parts that changed.
 */
export function ComparePanel(props: {
  clusterId: string;
  versions: VersionSummary[];
  current: CriteriaVersion;
}) {
  const { versions, current } = props;
  const previous =
    versions.find((x) => x.id === current.supersedesId) ?? versions.find((x) => x.id !== current.id);
  const [from, setFrom] = useState<string | undefined>(previous?.id);
  const [to, setTo] = useState<string>(current.id);
  const comparison = useComparison(props.clusterId, from, to);
  if (versions.length < 2) return <Alert type="info" showIcon title={c.needTwo} />;
  const options = versions.map((x) => ({
    value: x.id,
    label: `${tc.versions.revision(x.revision)} — ${tc.status[x.status]}`,
  }));
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="flex-end">
        <Flex vertical gap={4}>
          <label htmlFor="compare-from">{c.from}</label>
          <Select
            id="compare-from"
            value={from}
            options={options}
            onChange={setFrom}
            style={{ minWidth: 220 }}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="compare-to">{c.to}</label>
          <Select id="compare-to" value={to} options={options} onChange={setTo} style={{ minWidth: 220 }} />
        </Flex>
      </Flex>
      {comparison.isError ? (
        <LoadError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.data ? (
        <ComparisonView comparison={comparison.data} />
      ) : from && from !== to ? (
        <Spin description={vi.app.loading} />
      ) : null}
    </Flex>
  );
}

/** What differs between two rulesets (also the Excel import's preview against the saved draft). */
export function ComparisonView({
  comparison,
  label = c.title,
  same = c.same,
}: {
  comparison: Omit<Comparison, 'from' | 'to'>;
  label?: string;
  same?: string;
}) {
  const { added, removed, changed, groups, otherChanges } = comparison;
  const nothing =
    added.length + removed.length + changed.length + groups.changed.length + otherChanges.length === 0;
  return (
    <Flex vertical gap={12} aria-label={label} role="region">
      <Typography.Text strong role="status">
        {nothing
          ? same
          : [c.added(added.length), c.removed(removed.length), c.changed(changed.length)].join(' · ')}
      </Typography.Text>
      <ul className="compare-list">
        {added.map((x) => (
          <li key={`a-${x.code}`} className="compare-added" data-change="added">
            <Tag color="green">{c.addedTag}</Tag>
            <CriterionLine criterion={x} />
          </li>
        ))}
        {removed.map((x) => (
          <li key={`r-${x.code}`} className="compare-removed" data-change="removed">
            <Tag color="red">{c.removedTag}</Tag>
            <CriterionLine criterion={x} />
          </li>
        ))}
        {changed.map((x) => (
          <li key={`c-${x.code}`} className="compare-changed" data-change="changed">
            <Tag color="gold">{c.changedTag}</Tag>
            <CriterionLine criterion={x} />
            <ul className="criteria-problem-list">
              {x.changes.map((change) => (
                <li key={change.field}>
                  <ChangeLine change={change} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {groups.changed.length > 0 && (
        <div>
          <Typography.Text strong>{c.groupsChanged}</Typography.Text>
          <ul className="criteria-problem-list">
            {groups.changed.map((g) => (
              <li key={g.code}>
                {c.inGroup(g.code)}:{' '}
                {g.changes.map((change) => (
                  <ChangeLine key={change.field} change={change} />
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {otherChanges.length > 0 && (
        <Typography.Text>
          {c.otherChanges}: {otherChanges.map((p) => c.parts[p] ?? p).join(', ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

function CriterionLine({ criterion }: { criterion: CriterionSummary }) {
  return (
    <span className="wrap-anywhere">
      <strong>{criterion.code}</strong> {criterion.name}{' '}
      <Typography.Text type="secondary">
        ({c.inGroup(criterion.groupCode)}, {tc.editor.points(points(criterion.points))})
      </Typography.Text>
    </span>
  );
}

function ChangeLine({ change }: { change: FieldChange }) {
  return (
    <span className="wrap-anywhere" data-field={change.field}>
      {c.field[change.field] ?? change.field}: <del>{describe(change.from)}</del> →{' '}
      <ins>{describe(change.to)}</ins>
    </span>
  );
}

/** A changed value as text: numbers the Vietnamese way, kinds by their name, anything else as JSON. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return c.none;
  if (typeof value === 'number') return points(value);
  if (typeof value === 'string') return (tc.kindShort as Record<string, string>)[value] ?? value;
  return JSON.stringify(value);
}
