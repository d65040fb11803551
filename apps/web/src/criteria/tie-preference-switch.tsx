import { Card, Flex, Switch, Typography } from 'antd';
import { useId } from 'react';
import { tc } from './texts';
import type { Ruleset } from './types';

const t = tc.tiePreference;

/** The predicate the switch writes: the fact derived from the unit's staff and women counts. */
export const WOMEN_PREFERENCE = { fact: 'womenShare70', equals: true, label: t.label } as const;

/** Whether the ruleset prefers collectives with at least 70 % women in a tie (the switch's own predicate). */
export function prefersWomen(ruleset: Ruleset): boolean {
  const p = ruleset.tiePreference;
  return p !== undefined && p.fact === WOMEN_PREFERENCE.fact && p.equals === true;
}

/**
 * "Ưu tiên nữ khi bằng điểm" (Nghị định 152/2025/NĐ-CP khoản 6 Điều 4; SPEC §7): writes or removes the
 * ruleset's `tiePreference`. Another predicate written in a period file is shown, not overwritten
 * unless the switch is used.
 */
export function TiePreferenceSwitch(props: {
  ruleset: Ruleset;
  onChange?: ((next: Ruleset) => void) | undefined;
}) {
  const { ruleset, onChange } = props;
  const id = useId();
  const other = ruleset.tiePreference !== undefined && !prefersWomen(ruleset);
  const toggle = (on: boolean) => {
    const next: Ruleset = { ...ruleset };
    if (on) next.tiePreference = { ...WOMEN_PREFERENCE };
    else delete next.tiePreference;
    onChange?.(next);
  };
  return (
    <Card size="small" title={t.heading}>
      <Flex vertical gap={8} style={{ maxWidth: 760 }}>
        <Flex gap={8} align="center">
          <Switch
            id={id}
            checked={prefersWomen(ruleset)}
            disabled={onChange === undefined}
            onChange={toggle}
          />
          <label htmlFor={id}>{t.switch}</label>
        </Flex>
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text type="secondary">{t.article}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph italic style={{ margin: 0 }}>
          {t.quote}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t.effect}</Typography.Text>
        {other && (
          <Typography.Text>
            {t.other(ruleset.tiePreference?.label ?? ruleset.tiePreference!.fact)}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
