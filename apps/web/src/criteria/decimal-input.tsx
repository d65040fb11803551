import { Input } from 'antd';
import { useState } from 'react';
import { decimalText, parseDecimalText } from './numbers';

interface DecimalInputProps {
  id: string;
  value: number | undefined;
  /** Called with the typed number (undefined when emptied); not called while the text is not a number. */
  onChange: (value: number | undefined) => void;
  /** Whether the current text is a number (the parent shows the message beside the field). */
  onValidity?: (valid: boolean) => void;
  disabled?: boolean;
  invalid?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/**
 * A decimal typed as text (`12,5` or `12.5`): the value is read from the text, never computed. While
 * the text is not a number the last valid value stays and the field is marked.
 */
export function DecimalInput(props: DecimalInputProps) {
  const { value, onChange, onValidity } = props;
  const [text, setText] = useState(decimalText(value));
  const [shown, setShown] = useState(value);
  // A value changed from outside (undo, another node, a reload) replaces the text.
  if (shown !== value) {
    setShown(value);
    if (parseDecimalText(text) !== value) setText(decimalText(value));
  }
  const bad = parseDecimalText(text) === null;
  return (
    <Input
      id={props.id}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      disabled={props.disabled}
      placeholder={props.placeholder}
      aria-label={props['aria-label']}
      aria-invalid={bad || props.invalid ? true : undefined}
      status={bad || props.invalid ? 'error' : undefined}
      style={props.style}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = parseDecimalText(next);
        onValidity?.(parsed !== null);
        if (parsed !== null && parsed !== value) {
          setShown(parsed);
          onChange(parsed);
        }
      }}
    />
  );
}
