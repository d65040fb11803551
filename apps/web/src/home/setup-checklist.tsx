import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { apiQuery } from '../api/keys';
import type { Council } from '../api/types';
import { type Feature, paths } from '../app/paths';
import { setupTexts as t } from './texts';

// The set-up's steps and view are the contract's (@thidua/contracts/setup).
export type { SetupStepKey, SetupView } from '@thidua/contracts/setup';
import type { SetupStepKey, SetupView } from '@thidua/contracts/setup';

/** Where each step is done. */
const SCREENS: Record<SetupStepKey, Feature> = {
  letterhead: 'letterhead',
  units: 'units',
  accounts: 'users',
  period: 'periods',
  clusters: 'periods',
  criteria: 'frameworks',
};

/**
 * The council's first set-up, step by step (issue #17 §1), on the home of the standing office and the
 * administrators while a step is not done: what each step has, what it still lacks, and a link to where
 * it is done. Nothing once every step is done.
 */
export function SetupChecklist({ council }: { council: Council }) {
  const setup = useQuery(apiQuery<SetupView>(`/councils/${council.id}/setup`));
  if (!setup.data || setup.data.complete) return null;
  const left = setup.data.steps.filter((s) => !s.done).length;
  return (
    <Card
      className="page-card"
      title={
        <Typography.Title level={2} id="setup-heading" style={{ fontSize: 18, margin: 0 }}>
          {t.title}
        </Typography.Title>
      }
      aria-labelledby="setup-heading"
    >
      <Typography.Paragraph>{t.intro(left, setup.data.steps.length)}</Typography.Paragraph>
      <ol className="setup-steps" style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
        {setup.data.steps.map((step, i) => (
          <li key={step.key} data-testid={`setup-${step.key}`} style={{ marginBottom: 12 }}>
            <Flex gap={8} align="flex-start">
              {step.done ? (
                <CheckCircleFilled style={{ color: '#237804', marginTop: 4 }} aria-hidden />
              ) : (
                <ExclamationCircleFilled style={{ color: '#ad4e00', marginTop: 4 }} aria-hidden />
              )}
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {i + 1}. <Link to={paths.feature(council.id, SCREENS[step.key])}>{t.steps[step.key]}</Link>
                  {' — '}
                  {step.done ? t.done : t.notDone}
                </Typography.Text>
                <div className="wrap-anywhere">{step.summary}</div>
                {step.missing.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {step.missing.map((line) => (
                      <li key={line} className="wrap-anywhere">
                        {t.missing(line)}
                      </li>
                    ))}
                  </ul>
                )}
                {step.notes.map((line) => (
                  <Typography.Paragraph
                    key={line}
                    type="secondary"
                    className="wrap-anywhere"
                    style={{ margin: 0 }}
                  >
                    {line}
                  </Typography.Paragraph>
                ))}
              </div>
            </Flex>
          </li>
        ))}
      </ol>
    </Card>
  );
}
