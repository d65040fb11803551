import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { setPasswordByLink } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { ProblemAlert } from '../shared/problem-alert';
import { NewPasswordFields } from './new-password-fields';

const t = vi.setPassword;

/**
 * The page of an e-mailed one-time link (an invitation or a password reset): the new password, with
 * the change-password page's rules, then signed in. A used, expired or wrong link gets the server's
 * Vietnamese message and the way to a new one.
 */
function SetPasswordPage() {
  usePageTitle(t.pageTitle);
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async ({ newPassword }: { newPassword: string }) => {
    setSaving(true);
    setProblem(null);
    try {
      await setPasswordByLink(queryClient, token, newPassword);
      void message.success(t.done);
      await navigate(paths.home, { replace: true });
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['newPassword']));
      setSaving(false);
    }
  };

  return (
    <Flex component="main" align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 460 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t.heading}
        </Typography.Title>
        {token ? (
          <>
            <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
            <ProblemAlert problem={problem} />
            <Form<{ newPassword: string; confirm: string }>
              form={form}
              name="set-password"
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void onFinish(values)}
              disabled={saving}
            >
              <NewPasswordFields autoFocus />
              <Button type="primary" htmlType="submit" loading={saving}>
                {t.submit}
              </Button>
            </Form>
          </>
        ) : (
          <Alert role="alert" type="error" showIcon title={t.noToken} />
        )}
        <Flex gap={16} wrap style={{ marginTop: 16 }}>
          <Link to={paths.signIn}>{vi.forgotPassword.back}</Link>
          <Link to={paths.forgotPassword}>{vi.signIn.forgot}</Link>
        </Flex>
      </Card>
    </Flex>
  );
}

export { SetPasswordPage as Component };
