import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space } from 'antd';
import { ModalForm } from '../shared/form-modal';
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
  const { resetPassword } = useUserMutations(councilId);

  return (
    <ModalForm<{ newPassword: string }>
      title={t.resetPasswordOf(user.displayName)}
      okText={t.resetPassword}
      notSaved={t.notSaved}
      fields={['newPassword']}
      form={form}
      initialValues={{ newPassword: temporaryPassword() }}
      before={<Alert type="info" showIcon title={t.resetHelp} style={{ marginBottom: 16 }} />}
      onClose={onClose}
      save={async ({ newPassword }) => {
        await resetPassword.mutateAsync({ userId: user.id, newPassword });
        onDone(newPassword);
      }}
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
    </ModalForm>
  );
}
