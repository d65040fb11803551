import { LockOutlined, SafetyCertificateOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Flex, Form, Input, type InputRef, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, isApiError } from '../api/client';
import {
  clearSessionEnd,
  lastSessionEnd,
  signIn,
  singleSignOnUrl,
  useSession,
  useSignInMethods,
} from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths, safeNext } from '../app/paths';
import { vi } from '../i18n/vi';
import { PageForm } from '../shared/page-form';

interface SignInValues {
  username: string;
  password: string;
}

/**
 * Sign-in: the server's own message for a wrong password, a locked or disabled account. With single
 * sign-on configured, its button (and why the last one failed); with local passwords off, only it.
 */
function SignInPage() {
  usePageTitle(vi.signIn.pageTitle);
  const session = useSession();
  const methods = useSignInMethods();
  const sso = methods.data?.sso ?? null;
  const ssoError = methods.data?.ssoError ?? null;
  const passwords = methods.data?.localPasswords ?? true;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('tiep'), window.location.origin);
  const [form] = Form.useForm<SignInValues>();
  const passwordRef = useRef<InputRef>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [end] = useState(lastSessionEnd);
  const notice = end === 'expired' ? vi.signIn.expired : end === 'signedOut' ? vi.signIn.signedOut : null;
  useEffect(clearSessionEnd, []);

  // After a refusal the password is cleared and typed again; the field is enabled again by then.
  useEffect(() => {
    if (error) passwordRef.current?.focus();
  }, [error]);

  if (session.data && !submitting) return <Navigate to={next} replace />;

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(queryClient, values.username, values.password);
      await navigate(next, { replace: true });
    } catch (caught) {
      setSubmitting(false);
      setError(isApiError(caught) ? caught : new ApiError(0, 'BAD_RESPONSE', vi.errors.unexpected));
      form.setFieldValue('password', '');
    }
  };

  return (
    <Flex component="main" align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24, textAlign: 'center' }}>
          <StarFilled aria-hidden style={{ color: '#d4a106', fontSize: 36 }} />
          <Typography.Title level={1} style={{ fontSize: 24, margin: '8px 0 0' }}>
            {vi.signIn.heading}
          </Typography.Title>
          <Typography.Text type="secondary">{vi.signIn.subtitle}</Typography.Text>
        </Flex>

        {notice && !error && (
          <Alert role="status" type="info" showIcon title={notice} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={error.message}
            description={error.code === 'ACCOUNT_LOCKED' ? vi.signIn.lockedHint : undefined}
            style={{ marginBottom: 16 }}
          />
        )}

        {ssoError && !error && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={vi.signIn.ssoFailed}
            description={ssoError.message}
            style={{ marginBottom: 16 }}
          />
        )}

        {sso && (
          <Button
            type={passwords ? 'default' : 'primary'}
            size="large"
            block
            icon={<SafetyCertificateOutlined />}
            href={singleSignOnUrl(next)}
          >
            {sso.name}
          </Button>
        )}
        {sso && passwords && <Divider plain>{vi.signIn.or}</Divider>}
        {!passwords && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {vi.signIn.passwordsOff}
          </Typography.Paragraph>
        )}

        {passwords && (
          <PageForm<SignInValues> form={form} name="sign-in" busy={submitting} onFinish={onFinish}>
            <Form.Item
              label={vi.signIn.username}
              name="username"
              rules={[{ required: true, whitespace: true, message: vi.signIn.usernameRequired }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={vi.signIn.password}
              name="password"
              rules={[{ required: true, message: vi.signIn.passwordRequired }]}
            >
              <Input.Password
                ref={passwordRef}
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
              {vi.signIn.submit}
            </Button>
          </PageForm>
        )}
        {passwords && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Link to={paths.forgotPassword}>{vi.signIn.forgot}</Link>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}

export { SignInPage as Component };
