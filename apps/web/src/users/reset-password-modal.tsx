import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { FormModal } from '../shared/form-modal';
import { useUserMutations } from './api';
import { temporaryPassword } from './password';
import { t } from './texts';
import type { UserAccount } from './types';

/** Gives an account a new temporary password (generated here, editable), then shows it once. */
export function ResetPasswordModal({
  councilId,
  user,
  onClose,
  onDone,
}: {
  councilId: string;
  user: UserAccount;
  onClose: () => void;
  onDone: (password: string) => void;
}) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { resetPassword } = useUserMutations(councilId);

  const onFinish = async ({ newPassword }: { newPassword: string }) => {
    setProblem(null);
    try {
      await resetPassword.mutateAsync({ userId: user.id, newPassword });
      onDone(newPassword);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['newPassword']));
    }
  };

  return (
    <FormModal
      title={t.resetPasswordOf(user.displayName)}
      okText={t.resetPassword}
      form={form}
      busy={resetPassword.isPending}
      onClose={onClose}
      problem={problem}
      notSaved={t.notSaved}
      before={<Alert type="info" showIcon title={t.resetHelp} style={{ marginBottom: 16 }} />}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ newPassword: temporaryPassword() }}
        onFinish={(values) => void onFinish(values)}
        disabled={resetPassword.isPending}
      >
        <Form.Item label={t.newPassword} extra={t.newPasswordHelp} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="newPassword" noStyle rules={[{ required: true, message: t.newPasswordHelp }]}>
              <Input aria-label={t.newPassword} autoComplete="off" spellCheck={false} className="score" />
            </Form.Item>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t.regenerate}
              onClick={() => form.setFieldValue('newPassword', temporaryPassword())}
            />
          </Space.Compact>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
