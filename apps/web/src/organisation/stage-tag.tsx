import { Tag } from 'antd';
import { STAGE_NAMES } from './texts';
import type { Period } from './types';

const COLOURS: Partial<Record<Period['stage'], string>> = {
  setup: 'blue',
  archived: 'default',
  decision: 'gold',
};

/** A period's stage as a tag (archived periods grey). */
export function StageTag({ period }: { period: Pick<Period, 'stage'> }) {
  return <Tag color={COLOURS[period.stage] ?? 'green'}>{STAGE_NAMES[period.stage]}</Tag>;
}
