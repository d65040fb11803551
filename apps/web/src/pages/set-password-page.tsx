import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Form, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { setPasswordByLink } from '../api/session';
import { usePageTitle } from '../app/page-title';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { useFormSubmit } from '../shared/form-modal';
import { PageForm } from '../shared/page-form';
import { NewPasswordFields } from './new-password-fields';
import { CardPage } from './card-page';

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
  const { problem, busy: saving, run } = useFormSubmit(form, ['newPassword'], () => undefined);
  const onFinish = ({ newPassword }: { newPassword: string }) =>
    run(async () => {
      await setPasswordByLink(queryClient, token, newPassword);
      void message.success(t.done);
      await navigate(paths.home, { replace: true });
    });

  return (
    <CardPage heading={t.heading}>
      {token ? (
        <>
          <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
          <PageForm<{ newPassword: string; confirm: string }>
            form={form}
            name="set-password"
            busy={saving}
            problem={problem}
            submit={t.submit}
            onFinish={onFinish}
          >
            <NewPasswordFields autoFocus />
          </PageForm>
        </>
      ) : (
        <Alert role="alert" type="error" showIcon title={t.noToken} />
      )}
      <Flex gap={16} wrap style={{ marginTop: 16 }}>
        <Link to={paths.signIn}>{vi.forgotPassword.back}</Link>
        <Link to={paths.forgotPassword}>{vi.signIn.forgot}</Link>
      </Flex>
    </CardPage>
  );
}

export { SetPasswordPage as Component };
