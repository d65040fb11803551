import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { changePassword, signOut } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { useSignedIn } from '../auth/require-session';
import { vi } from '../i18n/vi';
import { ProblemAlert } from '../shared/problem-alert';
import { NewPasswordFields } from './new-password-fields';

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
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (values: PasswordValues) => {
    setSaving(true);
    setProblem(null);
    try {
      await changePassword(queryClient, values.currentPassword, values.newPassword);
      void message.success(vi.password.done);
      await navigate(paths.home, { replace: true });
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex component="main" align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 460 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {forced ? vi.password.forcedHeading : vi.password.heading}
        </Typography.Title>
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
        <ProblemAlert problem={problem} />
        <Form<PasswordValues>
          form={form}
          name="password"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void onFinish(values)}
          disabled={saving}
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
        </Form>
      </Card>
    </Flex>
  );
}

export { ChangePasswordPage as Component };
