import { DatePicker, Form, Input, Select, type SelectProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import type { ReactNode } from 'react';
import { vi } from '../i18n/vi';
import { DATE_FORMAT, MONTH_FORMAT } from './form-values';

// The fields a dialog's form is made of: the label tied to its control (its accessible name; the control's
// id is the form's name and the field's unless `id` says), the hint under it, and the Vietnamese message
// naming the field when it is left empty.

interface FieldFrame {
  name: string;
  label: string;
  id?: string;
  /** The field may not stay empty: `true` says "Cần nhập <label>", a text says what it says. */
  required?: boolean | string;
  extra?: ReactNode;
}

function itemProps({ name, label, id, extra }: FieldFrame) {
  return {
    name,
    label,
    ...(id === undefined ? {} : { htmlFor: id }),
    ...(extra === undefined ? {} : { extra }),
  };
}

/** The rule of a field that may not stay empty (`whitespace`: spaces alone count as empty). */
function requiredRules({ required, label }: FieldFrame, whitespace: boolean) {
  if (!required) return [];
  const message = required === true ? vi.common.required(label) : required;
  return [{ required: true, message, ...(whitespace ? { whitespace } : {}) }];
}

/**
 * A text field: one line, or a box of `rows` lines (`grow`: growing as it is typed in, from `rows` lines
 * or, `true`, from one).
 */
export function TextField({
  rows,
  grow,
  maxLength,
  placeholder,
  ...frame
}: FieldFrame & {
  maxLength: number;
  placeholder?: string;
  rows?: number;
  grow?: TextAreaProps['autoSize'];
}) {
  const shown = {
    maxLength,
    ...(frame.id === undefined ? {} : { id: frame.id }),
    ...(placeholder === undefined ? {} : { placeholder }),
  };
  return (
    <Form.Item {...itemProps(frame)} rules={requiredRules(frame, true)}>
      {grow !== undefined ? (
        <Input.TextArea {...shown} autoSize={grow} />
      ) : rows !== undefined ? (
        <Input.TextArea {...shown} rows={rows} />
      ) : (
        <Input {...shown} />
      )}
    </Form.Item>
  );
}

/** A day (or, `month`, a month) picked on a calendar or typed as the documents write it. */
export function CalendarField({
  placeholder,
  month = false,
  ...frame
}: FieldFrame & { placeholder?: string; month?: boolean }) {
  return (
    <Form.Item {...itemProps(frame)} rules={requiredRules(frame, false)}>
      <DatePicker
        format={month ? MONTH_FORMAT : DATE_FORMAT}
        {...(frame.id === undefined ? {} : { id: frame.id })}
        {...(placeholder === undefined ? {} : { placeholder })}
        {...(month ? { picker: 'month' as const } : {})}
      />
    </Form.Item>
  );
}

/** A choice from a list (`select` says how: several, searchable, clearable…). */
export function SelectField({
  options,
  select = {},
  ...frame
}: FieldFrame & { options: SelectProps['options']; select?: Omit<SelectProps, 'id' | 'options'> }) {
  return (
    <Form.Item {...itemProps(frame)} rules={requiredRules(frame, false)}>
      <Select options={options} {...(frame.id === undefined ? {} : { id: frame.id })} {...select} />
    </Form.Item>
  );
}

/** The options of a choice among named codes (`{ active: 'Đang thực hiện' }`), in their order. */
export const optionsOf = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));

/** The reason of a decision (returned, refused, changed), kept in the audit log: up to 2,000 characters. */
export function ReasonField(props: { label: string; id: string; required: string | true; rows: number }) {
  return <TextField name="reason" maxLength={2000} {...props} />;
}
