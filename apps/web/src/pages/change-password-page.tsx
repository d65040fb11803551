import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { changePassword, signOut } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { useSignedIn } from '../auth/require-session';
import { vi } from '../i18n/vi';
import { useFormSubmit } from '../shared/form-modal';
import { PageForm } from '../shared/page-form';
import { NewPasswordFields } from './new-password-fields';
import { CardPage } from './card-page';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'];

/**
 * The password change: forced (nothing else opens) while the account has a temporary password, and
 * reachable from the user menu otherwise. The server judges the new password; its message shows
 * beside the field.
 */
function ChangePasswordPage() {
  usePageTitle(vi.password.pageTitle);
  const session = useSignedIn();
  const forced = session.user.mustChangePassword;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const { problem, busy: saving, run } = useFormSubmit(form, FIELDS, () => undefined);
  const onFinish = (values: PasswordValues) =>
    run(async () => {
      await changePassword(queryClient, values.currentPassword, values.newPassword);
      void message.success(vi.password.done);
      await navigate(paths.home, { replace: true });
    });

  return (
    <CardPage heading={forced ? vi.password.forcedHeading : vi.password.heading}>
      <Typography.Paragraph type="secondary">
        {session.user.displayName} ({session.user.username})
      </Typography.Paragraph>
      {forced && (
        <Alert
          role="status"
          type="warning"
          showIcon
          title={vi.password.forcedIntro}
          style={{ marginBottom: 16 }}
        />
      )}
      <PageForm<PasswordValues>
        form={form}
        name="password"
        busy={saving}
        problem={problem}
        onFinish={onFinish}
      >
        <Form.Item
          label={vi.password.current}
          name="currentPassword"
          rules={[{ required: true, message: vi.password.required }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields />
        <Flex gap={8} wrap justify="space-between">
          <Button type="primary" htmlType="submit" loading={saving}>
            {vi.password.submit}
          </Button>
          {forced ? (
            <Button onClick={() => void signOut(queryClient)}>{vi.password.signOutInstead}</Button>
          ) : (
            <Button onClick={() => void navigate(paths.home)}>{vi.common.cancel}</Button>
          )}
        </Flex>
      </PageForm>
    </CardPage>
  );
}

export { ChangePasswordPage as Component };
