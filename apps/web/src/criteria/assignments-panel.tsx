import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Input, Select, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { apiQuery } from '../api/keys';
import type { Page, Unit } from '../api/types';
import { LoadError } from '../app/load-error';
import { vi } from '../i18n/vi';
import { useAssignments, useSaveAssignments } from './api';
import { tc } from './texts';
import type { Assignment, AssignmentInput, CriteriaVersion, CriterionKind, CriterionOwner } from './types';

const a = tc.assignments;

const inputOf = (x: Assignment): AssignmentInput => ({
  criterionCode: x.criterionCode,
  owner: x.owner,
  focalUnitId: x.focalUnit?.id ?? null,
  evidenceRequired: x.evidenceRequired,
  evidenceHint: x.evidenceHint,
});

/** Who scores each leaf of the revision (the unit itself, a focal department, the standing office). */
export function AssignmentsPanel(props: {
  councilId: string;
  clusterId: string;
  version: CriteriaVersion;
  dirty: boolean;
}) {
  const { version } = props;
  const { message } = App.useApp();
  const list = useAssignments(version.id);
  const editable = version.abilities.update && !props.dirty;
  const units = useQuery({
    ...apiQuery<Page<Unit>>(`/councils/${props.councilId}/units`, { pageSize: 500 }),
    select: (p) => p.items.filter((u) => u.active),
    enabled: version.abilities.update,
  });
  const save = useSaveAssignments(props.clusterId, version.id);
  const [edits, setEdits] = useState<Record<string, AssignmentInput>>({});
  const [problem, setProblem] = useState<string | null>(null);

  if (list.isPending) return <Spin description={vi.app.loading} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;

  const rows = list.data.map((x) => ({ ...x, input: edits[x.criterionCode] ?? inputOf(x) }));
  const edit = (code: string, base: AssignmentInput, patch: Partial<AssignmentInput>) =>
    setEdits((was) => ({ ...was, [code]: { ...base, ...patch } }));
  const changed = Object.values(edits);

  const onSave = async () => {
    setProblem(null);
    try {
      await save.mutateAsync({
        version: version.version,
        assignments: changed.map((x) => ({
          ...x,
          focalUnitId: x.owner === 'focalUnit' ? (x.focalUnitId ?? null) : null,
        })),
      });
      setEdits({});
      void message.success(a.saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) setProblem(a.stale);
      else if (isApiError(error))
        setProblem([error.message, ...error.fields.map((f) => f.message)].join('. '));
      else setProblem(vi.errors.unexpected);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{a.intro}</Typography.Text>
      {version.abilities.update && props.dirty && <Alert type="warning" showIcon title={a.saveTreeFirst} />}
      {problem && <Alert type="error" role="alert" showIcon title={tc.notSaved} description={problem} />}
      {version.abilities.update && (
        <div>
          <Button
            type="primary"
            disabled={!editable || changed.length === 0}
            loading={save.isPending}
            onClick={() => void onSave()}
          >
            {a.save}
          </Button>
        </div>
      )}
      <Table
        size="small"
        rowKey="criterionCode"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: a.criterion,
            key: 'criterion',
            render: (_, x) => (
              <span className="wrap-anywhere">
                <strong>{x.criterionCode}</strong> {x.criterionName}{' '}
                <Typography.Text type="secondary">
                  ({tc.kindShort[x.kind as CriterionKind] ?? x.kind})
                </Typography.Text>
              </span>
            ),
          },
          {
            title: a.owner,
            key: 'owner',
            width: 200,
            render: (_, x) => (
              <Select
                aria-label={a.ownerOf(x.criterionCode)}
                value={x.input.owner}
                disabled={!editable}
                style={{ width: '100%' }}
                options={(Object.keys(tc.owners) as CriterionOwner[]).map((o) => ({
                  value: o,
                  label: tc.owners[o],
                }))}
                onChange={(owner: CriterionOwner) => edit(x.criterionCode, x.input, { owner })}
              />
            ),
          },
          {
            title: a.focalUnit,
            key: 'focal',
            width: 220,
            render: (_, x) =>
              x.input.owner === 'focalUnit' ? (
                <Select
                  aria-label={a.focalOf(x.criterionCode)}
                  value={x.input.focalUnitId ?? undefined}
                  placeholder={a.chooseFocal}
                  disabled={!editable}
                  style={{ width: '100%' }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(units.data ?? (x.focalUnit ? [x.focalUnit] : [])).map((u) => ({
                    value: u.id,
                    label: u.name,
                  }))}
                  onChange={(focalUnitId: string) => edit(x.criterionCode, x.input, { focalUnitId })}
                />
              ) : null,
          },
          {
            title: a.evidence,
            key: 'evidence',
            width: 110,
            render: (_, x) => (
              <Checkbox
                aria-label={a.evidenceOf(x.criterionCode)}
                checked={x.input.evidenceRequired ?? false}
                disabled={!editable}
                onChange={(e) => edit(x.criterionCode, x.input, { evidenceRequired: e.target.checked })}
              />
            ),
          },
          {
            title: a.hint,
            key: 'hint',
            width: 200,
            render: (_, x) => (
              <Input
                aria-label={a.hintOf(x.criterionCode)}
                value={x.input.evidenceHint ?? ''}
                disabled={!editable}
                onChange={(e) =>
                  edit(x.criterionCode, x.input, {
                    evidenceHint: e.target.value === '' ? null : e.target.value,
                  })
                }
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
