import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { requestPasswordReset } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { ProblemAlert } from '../shared/problem-alert';

const t = vi.forgotPassword;

/**
 * "Quên mật khẩu?": the username or e-mail address of an account; the server mails a one-time link when
 * the account has an address, and answers the same either way, so the page says the same either way.
 */
function ForgotPasswordPage() {
  usePageTitle(t.pageTitle);
  const [form] = Form.useForm<{ login: string }>();
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sending, setSending] = useState(false);

  const onFinish = async ({ login }: { login: string }) => {
    setSending(true);
    setProblem(null);
    try {
      await requestPasswordReset(login.trim());
      setSent(true);
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['login']));
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex component="main" align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 460 }}>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t.heading}
        </Typography.Title>
        {sent ? (
          <Alert role="status" type="success" showIcon title={t.sent} description={t.sentBody} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
            <ProblemAlert problem={problem} />
            <Form<{ login: string }>
              form={form}
              name="forgot-password"
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void onFinish(values)}
              disabled={sending}
            >
              <Form.Item
                label={t.login}
                name="login"
                rules={[{ required: true, whitespace: true, message: t.loginRequired }]}
              >
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={sending}>
                {t.submit}
              </Button>
            </Form>
          </>
        )}
        <Flex style={{ marginTop: 16 }}>
          <Link to={paths.signIn}>{t.back}</Link>
        </Flex>
      </Card>
    </Flex>
  );
}

export { ForgotPasswordPage as Component };
