import { Collapse, Typography } from 'antd';
import { points } from './numbers';
import { tc } from './texts';
import type { Ruleset } from './types';

const e = tc.editor;

/** The parts of a ruleset beside its criteria (bonus and deduction items, awards), read-only. */
export function OtherParts({ ruleset }: { ruleset: Ruleset }) {
  const bonus = ruleset.bonusItems ?? [];
  const deductions = ruleset.deductionItems ?? [];
  const awards = ruleset.awards ?? [];
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'other',
          label: `${e.otherParts} — ${e.maxTotal(ruleset.maxTotal === null ? null : points(ruleset.maxTotal))}`,
          children: (
            <>
              {bonus.length > 0 && <Typography.Text strong>{e.bonusItems}</Typography.Text>}
              <ul className="criteria-problem-list">
                {bonus.map((b) => (
                  <li key={b.code} className="wrap-anywhere">
                    {b.code}. {e.bonusLine(b.name, points(b.max))}
                  </li>
                ))}
              </ul>
              {deductions.length > 0 && <Typography.Text strong>{e.deductionItems}</Typography.Text>}
              <ul className="criteria-problem-list">
                {deductions.map((d) => {
                  const cap = d.cap === undefined ? null : points(d.cap);
                  return (
                    <li key={d.code} className="wrap-anywhere">
                      {d.code}.{' '}
                      {d.tiers
                        ? e.deductionTiered(
                            d.name,
                            d.tiers.map((t) => e.tier(points(t.pointsEach), t.upTo)).join('; '),
                            cap,
                          )
                        : e.deductionFlat(d.name, points(d.pointsEach ?? 0), cap)}
                    </li>
                  );
                })}
              </ul>
              {awards.length > 0 && <Typography.Text strong>{e.awards}</Typography.Text>}
              <ul className="criteria-problem-list">
                {awards.map((a) => (
                  <li key={a.code} className="wrap-anywhere">
                    {e.awardLine(a.name, points(a.minScore))}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}
