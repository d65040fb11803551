import { Button, Descriptions, Modal, Typography } from 'antd';
import { texts } from './texts';
import type { Entry } from './types';
import type { Conflict } from './use-cell-writer';
import { kindOf, valueText } from './values';

/**
 * A 409 explained: who saved the cell first and when, their value beside the one just typed; the user
 * keeps theirs (saved over the newer version) or takes the new one.
 */
export function ConflictModal({
  conflict,
  kind,
  onResolve,
}: {
  conflict: Conflict | null;
  kind: string;
  onResolve: (keepMine: boolean) => void;
}) {
  const theirs = conflict?.theirs ?? null;
  const mine = conflict
    ? ({ ...(theirs ?? {}), ...conflict.body, stage: conflict.address.layer } as unknown as Entry)
    : null;
  return (
    <Modal
      open={conflict !== null}
      title={texts.conflict.title}
      onCancel={() => onResolve(false)}
      footer={[
        <Button key="theirs" onClick={() => onResolve(false)}>
          {texts.conflict.takeTheirs}
        </Button>,
        <Button key="mine" type="primary" onClick={() => onResolve(true)}>
          {texts.conflict.keepMine}
        </Button>,
      ]}
    >
      {conflict && (
        <>
          <Typography.Paragraph role="alert">
            {theirs
              ? texts.conflict.body(conflict.who ?? texts.conflict.someone, theirs.updatedAt)
              : texts.conflict.someone}
          </Typography.Paragraph>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={texts.conflict.theirs}>
              <span data-testid="conflict-theirs">
                {theirs ? valueText(kindOf(kind), theirs) : texts.conflict.deleted}
              </span>
              {theirs?.note ? <div className="wrap-anywhere">{theirs.note}</div> : null}
            </Descriptions.Item>
            <Descriptions.Item label={texts.conflict.mine}>
              <span data-testid="conflict-mine">{valueText(kindOf(kind), mine)}</span>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Modal>
  );
}
