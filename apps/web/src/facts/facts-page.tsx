import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Switch, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useClusterChoice } from '../review/cluster-choice';
import { choiceTexts } from '../review/texts';
import { type FactCell, type FactSheet, type FactSheetUnit, useFactActions, useFactSheet } from './api';
import { FactEdit } from './fact-edit';
import { StaffCountEdit } from './staff-count-edit';
import { factLabel, factTexts as t, valueLabel } from './texts';
import { ScreenHeader } from '../shared/page-header';

type Editing =
  | { kind: 'fact'; unit: FactSheetUnit; cell: FactCell; override: boolean }
  | { kind: 'counts'; unit: FactSheetUnit };

/**
 * The eligibility facts of a cluster's units (SPEC §7, issue #11 §6): per unit its staff counts and every
 * fact with its label, value and source — typed by the standing office, derived from a record, or
 * overridden with a reason; the facts the ruleset reads are marked and missing ones highlighted.
 */
function FactsPage() {
  usePageTitle(t.pageTitle);
  const choice = useClusterChoice('facts');
  const { council, period, cluster } = choice;
  const sheet = useFactSheet(cluster?.id);
  const actions = useFactActions(cluster?.id);
  const { message } = App.useApp();
  const [onlyRead, setOnlyRead] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={choiceTexts.noCouncil} />;

  const confirm = async (unit: FactSheetUnit) => {
    try {
      await actions.confirmCounts.mutateAsync({ unitId: unit.unitId, version: unit.staffCount!.version });
      void message.success(t.confirmed);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t.notSaved);
      await actions.refresh();
    }
  };

  let body;
  if (choice.error) body = <LoadError error={choice.error} onRetry={choice.retry} />;
  else if (choice.loading) body = <Spin description={vi.app.loading} />;
  else if (!period) body = <Alert role="status" type="info" showIcon title={choiceTexts.noPeriods} />;
  else if (!cluster) body = <Alert role="status" type="info" showIcon title={choiceTexts.noClusters} />;
  else if (sheet.isError) body = <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  else if (sheet.isPending) body = <Spin description={vi.app.loading} />;
  else {
    body = (
      <Flex vertical gap={16}>
        <Flex wrap gap={8} align="center">
          <Switch id="facts-only-read" checked={onlyRead} onChange={setOnlyRead} />
          <label htmlFor="facts-only-read">{t.onlyRead}</label>
        </Flex>
        <Typography.Text type="secondary" className="wrap-anywhere" style={{ fontSize: 12 }}>
          {t.legend}
        </Typography.Text>
        <ul className="facts-units">
          {sheet.data.units.map((unit) => (
            <li key={unit.unitId}>
              <UnitCard
                sheet={sheet.data}
                unit={unit}
                onlyRead={onlyRead}
                onEdit={setEditing}
                onConfirm={(u) => void confirm(u)}
              />
            </li>
          ))}
        </ul>
      </Flex>
    );
  }

  return (
    <>
      <ScreenHeader title={t.heading} subtitle={`${t.intro} ${t.unitIntro}`} pickers={choice.pickers} />
      {body}
      {editing?.kind === 'fact' && (
        <FactEdit
          title={t.editTitle(labelOf(sheet.data, editing.cell.name), editing.unit.name)}
          cell={editing.cell}
          override={editing.override}
          onSave={(input) =>
            actions.putFact.mutateAsync({ unitId: editing.unit.unitId, name: editing.cell.name, input })
          }
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'counts' && (
        <StaffCountEdit
          title={t.editTitle(t.staffTitle, editing.unit.name)}
          current={editing.unit.staffCount}
          reasonNeeded={Boolean(editing.unit.staffCount?.confirmedAt)}
          onSave={(input) => actions.putCounts.mutateAsync({ unitId: editing.unit.unitId, input })}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function labelOf(sheet: FactSheet | undefined, name: string): string {
  const fact = sheet?.facts.find((f) => f.name === name);
  return factLabel(name, fact?.label);
}

function UnitCard({
  sheet,
  unit,
  onlyRead,
  onEdit,
  onConfirm,
}: {
  sheet: FactSheet;
  unit: FactSheetUnit;
  onlyRead: boolean;
  onEdit: (editing: Editing) => void;
  onConfirm: (unit: FactSheetUnit) => void;
}) {
  const counts = unit.staffCount;
  const shown = unit.facts.filter((cell) => !onlyRead || sheet.facts.find((f) => f.name === cell.name)?.read);
  return (
    <Card
      className="page-card"
      title={<span className="wrap-anywhere">{unit.name}</span>}
      extra={<Tag color={unit.missing ? 'red' : 'green'}>{t.missingCount(unit.missing)}</Tag>}
      data-testid={`facts-${unit.code}`}
    >
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t.staffTitle}</Typography.Text>
        <Flex wrap gap={8} align="center">
          <span>{counts ? t.staffLine(counts.staff, counts.women) : t.staffNone}</span>
          {counts &&
            (counts.confirmedAt ? (
              <Tag color="green">
                {t.staffConfirmed(counts.confirmedByName ?? '', formatDate(counts.confirmedAt))}
              </Tag>
            ) : (
              <Tag color="orange">{t.staffWaiting}</Tag>
            ))}
          {unit.abilities.editStaffCount && (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit({ kind: 'counts', unit })}>
              {counts ? t.editCounts : t.declare}
            </Button>
          )}
          {counts && !counts.confirmedAt && unit.abilities.confirmStaffCount && (
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined />}
              aria-label={`${t.confirm} ${t.staffTitle.toLowerCase()} — ${unit.name}`}
              onClick={() => onConfirm(unit)}
            >
              {t.confirm}
            </Button>
          )}
        </Flex>
      </Flex>
      <ul className="facts-list">
        {shown.map((cell) => {
          const meta = sheet.facts.find((f) => f.name === cell.name);
          const label = factLabel(cell.name, meta?.label);
          const derived = meta?.derived ?? false;
          const editable = unit.abilities.editFacts;
          return (
            <li key={cell.name} className={cell.missing ? 'facts-missing' : undefined}>
              <Flex wrap gap={8} align="center" justify="space-between">
                <Flex wrap gap={6} align="center" style={{ minWidth: 0 }}>
                  <Typography.Text strong className="wrap-anywhere">
                    {label}
                  </Typography.Text>
                  {meta?.read && (
                    <Tooltip title={meta.predicateLabel ?? t.readHelp}>
                      <Tag color="blue">{t.read}</Tag>
                    </Tooltip>
                  )}
                </Flex>
                <Flex wrap gap={6} align="center">
                  <Tag color={cell.missing ? 'red' : cell.value === null ? 'default' : 'geekblue'}>
                    {cell.missing ? `${t.missing}` : valueLabel(cell.value)}
                  </Tag>
                  {cell.origin !== 'none' && (
                    <Tag>
                      {cell.origin === 'derived'
                        ? t.derived
                        : cell.origin === 'override'
                          ? t.override
                          : t.typed}
                    </Tag>
                  )}
                  {cell.unconfirmed && <Tag color="orange">{t.unconfirmed}</Tag>}
                  {editable && (!derived || cell.origin !== 'derived' || cell.value === null) && (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`${cell.value === null ? t.add : t.edit} ${label} — ${unit.name}`}
                      onClick={() =>
                        onEdit({ kind: 'fact', unit, cell, override: cell.origin === 'override' })
                      }
                    >
                      {cell.value === null ? t.add : t.edit}
                    </Button>
                  )}
                  {editable && derived && cell.origin === 'derived' && cell.value !== null && (
                    <Button
                      size="small"
                      aria-label={`${t.overrideAction} ${label} — ${unit.name}`}
                      onClick={() => onEdit({ kind: 'fact', unit, cell, override: true })}
                    >
                      {t.overrideAction}
                    </Button>
                  )}
                </Flex>
              </Flex>
              <Typography.Text type="secondary" className="wrap-anywhere" style={{ fontSize: 13 }}>
                {t.source}: {cell.source}
                {cell.derivedSource && ` — ${t.recordsSay(cell.derivedSource)}`}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

export { FactsPage as Component };
