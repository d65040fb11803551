import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';

/**
 * Someone else saved the same thing meanwhile (a STALE refusal): what the user typed was not saved, and
 * a button (`reloadText`, `onReload`) reads the saved one again. Nothing while `stale` is false.
 */
export function StaleAlert(props: {
  stale: boolean;
  title: string;
  description?: ReactNode;
  reloadText: string;
  onReload: () => void;
  /** The button is the alert's main action (it is not where reloading only closes the dialog). */
  primary?: boolean;
  loading?: boolean;
  /** Space under it (it stands over a form). */
  spaced?: boolean;
}) {
  if (!props.stale) return null;
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      title={props.title}
      {...(props.description === undefined ? {} : { description: props.description })}
      action={
        <Button
          size="small"
          {...(props.primary === false ? {} : { type: 'primary' as const })}
          {...(props.loading === undefined ? {} : { loading: props.loading })}
          onClick={props.onReload}
        >
          {props.reloadText}
        </Button>
      }
      {...(props.spaced === false ? {} : { style: { marginBottom: 16 } })}
    />
  );
}
