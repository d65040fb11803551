import { Alert, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { requestPasswordReset } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { useFormSubmit } from '../shared/form-modal';
import { PageForm } from '../shared/page-form';
import { CardPage } from './card-page';

const t = vi.forgotPassword;

/**
 * "Quên mật khẩu?": the username or e-mail address of an account; the server mails a one-time link when
 * the account has an address, and answers the same either way, so the page says the same either way.
 */
function ForgotPasswordPage() {
  usePageTitle(t.pageTitle);
  const [form] = Form.useForm<{ login: string }>();
  const [sent, setSent] = useState(false);
  const { problem, busy: sending, run } = useFormSubmit(form, ['login'], () => setSent(true));
  const onFinish = ({ login }: { login: string }) => run(() => requestPasswordReset(login.trim()));

  return (
    <CardPage heading={t.heading}>
      {sent ? (
        <Alert role="status" type="success" showIcon title={t.sent} description={t.sentBody} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
          <PageForm<{ login: string }>
            form={form}
            name="forgot-password"
            busy={sending}
            problem={problem}
            submit={t.submit}
            onFinish={onFinish}
          >
            <Form.Item
              label={t.login}
              name="login"
              rules={[{ required: true, whitespace: true, message: t.loginRequired }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
          </PageForm>
        </>
      )}
      <Flex style={{ marginTop: 16 }}>
        <Link to={paths.signIn}>{t.back}</Link>
      </Flex>
    </CardPage>
  );
}

export { ForgotPasswordPage as Component };
