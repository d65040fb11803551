import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { regTexts } from './texts';

/**
 * A calendar date for a form: shown and typed the Vietnamese way (`20/11/2056`), held as the API's
 * `YYYY-MM-DD` text (a local date, no time zone).
 */
export function DateField({
  id,
  value,
  onChange,
  disabled,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      placeholder={regTexts.datePlaceholder}
      disabled={disabled}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : '')}
      style={{ width: 180 }}
    />
  );
}
