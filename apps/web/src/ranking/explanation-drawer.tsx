import { Alert, Descriptions, Drawer, Flex, Grid, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { factName } from '@thidua/vocabulary';
import { formatScore } from '../format';
import { vi } from '../i18n/vi';
import { isIncomplete } from './award-names';
import { AwardCell, StatusCell } from './result-tags';
import type { UnitResult } from './types';

const t = vi.ranking.drawer;

type Criterion = UnitResult['criteria'][number];
type Group = UnitResult['groups'][number];
type Bonus = UnitResult['bonuses'][number];
type Deduction = UnitResult['deductions'][number];

const num = (value: number) => <span className="score">{formatScore(value)}</span>;
const text = (value: string) => <span className="wrap-anywhere">{value}</span>;

type Column<T> = TableColumnsType<T>[number];

/** The code of a row: a criterion's or group's in a narrow column, a bonus's or deduction's wrapped. */
function codeColumn<T>(wrapped: boolean): Column<T> {
  return wrapped
    ? {
        title: t.code,
        dataIndex: 'code',
        key: 'code',
        render: (code: string) => <strong className="wrap-anywhere">{code}</strong>,
      }
    : {
        title: t.code,
        dataIndex: 'code',
        key: 'code',
        width: 84,
        render: (code: string) => <strong>{code}</strong>,
      };
}

function numberColumn<T>(key: string, title: string, width = 64): Column<T> {
  return { title, dataIndex: key, key, width, align: 'right', render: num };
}

function explanationColumn<T>(): Column<T> {
  return { title: t.explanation, dataIndex: 'explanation', key: 'explanation', render: text };
}

const criterionColumns: TableColumnsType<Criterion> = [
  codeColumn(false),
  numberColumn('base', t.base),
  numberColumn('bonus', t.bonus),
  explanationColumn(),
];

const groupColumns: TableColumnsType<Group> = [
  codeColumn(false),
  numberColumn('base', t.base),
  numberColumn('bonus', t.bonus),
  numberColumn('score', t.score, 76),
  explanationColumn(),
];

const bonusColumns: TableColumnsType<Bonus> = [
  codeColumn(true),
  numberColumn('points', t.points),
  explanationColumn(),
];

const deductionColumns: TableColumnsType<Deduction> = [
  codeColumn(true),
  { title: t.count, dataIndex: 'count', key: 'count', width: 64, align: 'right' },
  numberColumn('points', t.points),
  explanationColumn(),
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 24 }}>
      <Typography.Title level={3} id={id} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * "Vì sao?": every point of one unit as the engine explains it — the final, status and award sentences,
 * each group, each criterion with its base, bonus and explanation, the bonuses and the deductions.
 */
export function ExplanationDrawer({ result, onClose }: { result: UnitResult | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  return (
    <Drawer
      open={result !== null}
      onClose={onClose}
      title={result ? <span className="wrap-anywhere">{vi.ranking.whyFor(result.name)}</span> : ''}
      size={wide ? 820 : '100%'}
      destroyOnHidden
    >
      {result && <Explanation result={result} wide={wide} />}
    </Drawer>
  );
}

interface Line {
  code: string;
  explanation: string;
}

/**
 * Lines of an explanation: a table on a wide screen; on a phone, each line's code and numbers on one row
 * and its sentence under them, the full width.
 */
function Lines<T extends Line>({
  lines,
  columns,
  numbers,
  wide,
}: {
  lines: T[];
  columns: TableColumnsType<T>;
  numbers: (line: T) => string;
  wide: boolean;
}) {
  if (wide) {
    return (
      <Table<T> rowKey="code" columns={columns} dataSource={lines} pagination={false} size="small" bordered />
    );
  }
  return (
    <ul className="explanation-lines">
      {lines.map((line) => (
        <li key={line.code}>
          <div>
            <strong className="wrap-anywhere">{line.code}</strong>
            <span className="score"> · {numbers(line)}</span>
          </div>
          <div className="wrap-anywhere">{line.explanation}</div>
        </li>
      ))}
    </ul>
  );
}

function Explanation({ result, wide }: { result: UnitResult; wide: boolean }) {
  const missingFacts = result.missingFacts;
  return (
    <>
      <Section id="why-summary" title={t.summary}>
        {isIncomplete(result) && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t.incompleteTitle}
            description={vi.ranking.provisionalHelp}
          />
        )}
        <Descriptions
          bordered
          size="small"
          column={1}
          layout={wide ? 'horizontal' : 'vertical'}
          items={[
            { key: 'rank', label: vi.ranking.rank, children: <strong>{result.rank}</strong> },
            {
              key: 'final',
              label: t.totalExplanation,
              children: (
                <Flex vertical gap={4}>
                  <strong className="score">{formatScore(result.final)}</strong>
                  {text(result.explanation.total)}
                </Flex>
              ),
            },
            {
              key: 'status',
              label: t.statusExplanation,
              children: (
                <Flex vertical gap={4} align="flex-start">
                  <StatusCell result={result} compact />
                  {text(result.explanation.status)}
                  {result.reasons.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {result.reasons.map((reason) => (
                        <li key={reason} className="wrap-anywhere">
                          {reason}
                        </li>
                      ))}
                    </ul>
                  )}
                </Flex>
              ),
            },
            { key: 'award', label: t.awardExplanation, children: <AwardCell result={result} /> },
          ]}
        />
        {result.missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t.missingTitle(result.missing.length)}
            description={<span className="wrap-anywhere">{result.missing.join(', ')}</span>}
          />
        )}
        {missingFacts.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t.missingFacts}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {missingFacts.map((fact) => (
                  <li key={fact} className="wrap-anywhere">
                    {factName(fact)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Section>

      <Section id="why-groups" title={t.groups}>
        <Lines<Group>
          lines={result.groups}
          columns={groupColumns}
          wide={wide}
          numbers={(g) =>
            `${t.base} ${formatScore(g.base)} · ${t.bonus} ${formatScore(g.bonus)} · ${t.score} ${formatScore(g.score)}`
          }
        />
      </Section>

      <Section id="why-criteria" title={t.criteria}>
        <Lines<Criterion>
          lines={result.criteria}
          columns={criterionColumns}
          wide={wide}
          numbers={(c) => `${t.base} ${formatScore(c.base)} · ${t.bonus} ${formatScore(c.bonus)}`}
        />
      </Section>

      <Section id="why-bonuses" title={`${t.bonuses}: ${formatScore(result.bonusTotal)}`}>
        {result.bonuses.length === 0 ? (
          <Typography.Text type="secondary">{t.none}</Typography.Text>
        ) : (
          <Lines<Bonus>
            lines={result.bonuses}
            columns={bonusColumns}
            wide={wide}
            numbers={(b) => `${t.points} ${formatScore(b.points)}`}
          />
        )}
      </Section>

      <Section id="why-deductions" title={`${t.deductions}: ${formatScore(result.deductionTotal)}`}>
        {result.deductions.length === 0 ? (
          <Typography.Text type="secondary">{t.none}</Typography.Text>
        ) : (
          <Lines<Deduction>
            lines={result.deductions}
            columns={deductionColumns}
            wide={wide}
            numbers={(d) => `${t.count} ${d.count} · ${t.points} ${formatScore(d.points)}`}
          />
        )}
      </Section>
    </>
  );
}
