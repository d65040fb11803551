import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Grid, Input, Modal, Steps, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { capitalise } from '../api/field-paths';
import { usePeriodMutations } from './api';
import { STAGE_NAMES, t } from './texts';
import { PERIOD_STAGES, type Period, type PeriodStage } from './types';

/**
 * Where the period is in its cycle and the two moves the server allows: one step forward, or one back
 * with a reason. The server's guard (every cluster seated before leaving setup, …) is shown as it says it.
 */
export function StageCard({ period }: { period: Period }) {
  const { modal, message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { changeStage } = usePeriodMutations(period.councilId, period.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A move that needs a reason: going back, or going forward past units that have not finished (the
  // server's warning names them).
  const [reasonMove, setReasonMove] = useState<{ stage: PeriodStage; warning?: string } | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const current = PERIOD_STAGES.indexOf(period.stage);

  const move = async (stage: PeriodStage, reason?: string) => {
    setRefusal(null);
    try {
      const moved = await changeStage.mutateAsync({
        version: period.version,
        stage,
        ...(reason ? { reason } : {}),
      });
      void message.success(t.stageChanged(STAGE_NAMES[moved.stage]));
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'REASON_REQUIRED' && !reason) {
        setReasonMove({ stage, warning: error.message });
        return false;
      }
      if (isApiError(error)) {
        const details = error.fields.map((f) => capitalise(f.message));
        setRefusal([error.message, ...details].join('. '));
        if (error.code === 'STALE') setRefusal(t.stale);
      } else setRefusal(String(error));
      return false;
    }
  };

  const forward = () => {
    const next = period.nextStage;
    if (!next) return;
    modal.confirm({
      title: t.forward(STAGE_NAMES[next]),
      content: (
        <>
          <p>{t.forwardConfirm(STAGE_NAMES[period.stage], STAGE_NAMES[next])}</p>
          {next === 'archived' && <Alert type="warning" showIcon title={t.archiveWarning} />}
        </>
      ),
      okText: t.forward(STAGE_NAMES[next]),
      cancelText: t.close,
      onOk: () => move(next),
    });
  };

  return (
    <Card className="page-card org-card" title={t.stagesHeading} style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        <Typography.Text strong>{t.currentStage(STAGE_NAMES[period.stage])}</Typography.Text>
        {screens.md && (
          <Steps
            size="small"
            orientation={screens.xl ? 'horizontal' : 'vertical'}
            titlePlacement="vertical"
            current={current}
            items={PERIOD_STAGES.map((stage) => ({ title: STAGE_NAMES[stage] }))}
            className="period-steps"
          />
        )}
        {refusal && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t.stageRefused}
            description={refusal}
            closable={{ onClose: () => setRefusal(null) }}
          />
        )}
        {period.abilities.changeStage && (
          <Flex gap={8} wrap>
            {period.previousStage && (
              <Button
                icon={<ArrowLeftOutlined />}
                onClick={() => setReasonMove({ stage: period.previousStage! })}
              >
                {t.backward(STAGE_NAMES[period.previousStage])}
              </Button>
            )}
            {period.nextStage && (
              <Button
                type="primary"
                icon={<ArrowRightOutlined />}
                iconPlacement="end"
                onClick={forward}
                loading={changeStage.isPending}
              >
                {t.forward(STAGE_NAMES[period.nextStage])}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
      {reasonMove && (
        <Modal
          open
          title={reasonMove.warning ? t.forwardWithReasonTitle : t.backwardTitle}
          okText={
            reasonMove.warning
              ? t.forward(STAGE_NAMES[reasonMove.stage])
              : t.backward(STAGE_NAMES[reasonMove.stage])
          }
          cancelText={t.close}
          onCancel={() => setReasonMove(null)}
          onOk={() => form.submit()}
          confirmLoading={changeStage.isPending}
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={(values) =>
              void move(reasonMove.stage, values.reason).then((ok) => ok && setReasonMove(null))
            }
          >
            {reasonMove.warning && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={reasonMove.warning} />
            )}
            <Form.Item
              label={t.reason}
              name="reason"
              rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
