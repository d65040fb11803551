import { Input } from 'antd';
import type { KeyboardEvent } from 'react';
import { formatScore } from '../format';
import { texts } from './texts';
import type { CriterionKind } from './types';
import type { FieldErrors } from './use-cell-writer';
import { type Draft, type DraftField, fieldsOf } from './values';

interface Props {
  kind: CriterionKind;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors?: FieldErrors | undefined;
  /** The rating options with their points (from the ruleset), in the sheet's order. */
  ratingOptions?: { code: string; points: number | undefined }[] | undefined;
  /** The measure of a quantitative criterion (`tỷ đồng`). */
  measure?: string | undefined;
  /** Prefix of the inputs' ids and of their accessible names. */
  idPrefix: string;
  labelPrefix: string;
  compact?: boolean;
  autoFocus?: boolean;
  /** Enter, or Tab from the last input: save (`next`: where the grid's cursor goes). */
  onCommit?: (next: 'stay' | 'down' | 'right' | 'left') => void;
  onCancel?: () => void;
  /** Leaving an input (the self-scoring form saves then). */
  onBlur?: () => void;
  disabled?: boolean;
}

/**
 * The inputs of one layer's value by criterion kind: plan and actual (quantitative), points
 * (qualitative), the measured value (bands), a rating, done or not. Numbers are typed as text (a comma
 * for decimals) and sent as typed.
 */
export function ValueInputs(props: Props) {
  const { kind, draft, onChange, errors, idPrefix, labelPrefix, compact, onCommit, onCancel } = props;
  const fields = fieldsOf(kind);

  const keys = (field: DraftField) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && onCommit) {
      event.preventDefault();
      event.stopPropagation();
      onCommit('down');
    } else if (event.key === 'Tab' && onCommit) {
      const last = fields[fields.length - 1] === field;
      const first = fields[0] === field;
      if ((last && !event.shiftKey) || (first && event.shiftKey)) {
        event.preventDefault();
        event.stopPropagation();
        onCommit(event.shiftKey ? 'left' : 'right');
      }
    }
  };

  return (
    <div className={compact ? 'value-inputs value-inputs--compact' : 'value-inputs'}>
      {fields.map((field, index) => {
        const id = `${idPrefix}-${field}`;
        const label = `${labelPrefix}: ${texts.fields[field]}`;
        const error = errors?.[field];
        const common = {
          id,
          'aria-label': label,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          autoFocus: props.autoFocus && index === 0,
          disabled: props.disabled,
          onKeyDown: keys(field),
          onBlur: props.onBlur,
        };
        let input;
        if (field === 'rating') {
          input = (
            <select
              {...common}
              className="score-select"
              value={draft.rating}
              onChange={(e) => onChange({ ...draft, rating: e.target.value })}
            >
              <option value="">{compact ? '—' : texts.errors.chooseRating}</option>
              {(props.ratingOptions ?? []).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.points === undefined ? o.code : `${o.code} (${formatScore(o.points)} điểm)`}
                </option>
              ))}
            </select>
          );
        } else if (field === 'done') {
          input = (
            <select
              {...common}
              className="score-select"
              value={draft.done}
              onChange={(e) => onChange({ ...draft, done: e.target.value as Draft['done'] })}
            >
              <option value="">{compact ? '—' : texts.errors.chooseDone}</option>
              <option value="true">{texts.done.yes}</option>
              <option value="false">{texts.done.no}</option>
            </select>
          );
        } else {
          input = (
            <Input
              {...common}
              size={compact ? 'small' : 'middle'}
              inputMode="decimal"
              status={error ? 'error' : undefined}
              value={draft[field]}
              placeholder={compact ? texts.fields[field] : undefined}
              prefix={
                compact && (field === 'plan' || field === 'actual') ? texts.fieldShort[field] : undefined
              }
              // Always a suffix where a measure may come: antd rebuilds the input when one appears
              // (the ruleset loads after the sheet), which dropped the focus and the save on leaving.
              suffix={field !== 'points' && !compact ? (props.measure ?? <span aria-hidden />) : undefined}
              onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
            />
          );
        }
        return (
          <div key={field} className="value-inputs__field">
            {!compact && (
              <label htmlFor={id} className="value-inputs__label">
                {texts.fields[field]}
              </label>
            )}
            {input}
            {error && (
              <div id={`${id}-error`} role="alert" className="field-error">
                {compact ? `${texts.fields[field]}: ${error}` : error}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
