import { Alert, App, Card, Descriptions, Form, Input, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { PageHeader } from '../shared/page-header';
import { useProfile, useSaveProfile } from './api';
import { profileTexts as t } from './texts';
import { PageForm } from '../shared/page-form';

interface ProfileValues {
  email: string;
  emailNotifications: boolean;
}

const FIELDS = ['email', 'emailNotifications'];

/** "Tài khoản": the user's own e-mail address and whether notifications are also sent by e-mail. */
function ProfilePage() {
  usePageTitle(t.pageTitle);
  const profile = useProfile();
  const save = useSaveProfile();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const data = profile.data;

  useEffect(() => {
    if (data) form.setFieldsValue({ email: data.email ?? '', emailNotifications: data.emailNotifications });
  }, [data, form]);

  if (profile.isLoading) return <FullPageSpin />;
  if (profile.error || !data) return <LoadError error={profile.error} />;

  const onFinish = async (values: ProfileValues) => {
    setProblem(null);
    try {
      await save.mutateAsync({
        version: data.version,
        email: values.email.trim() === '' ? null : values.email.trim(),
        emailNotifications: values.emailNotifications,
      });
      void message.success(t.saved);
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <div>
      <PageHeader title={t.heading} />
      <Card style={{ maxWidth: 640 }}>
        <Descriptions
          column={1}
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            { key: 'name', label: t.displayName, children: data.displayName },
            { key: 'username', label: t.username, children: data.username },
          ]}
        />
        {!data.mailConfigured && (
          <Alert
            role="status"
            type="info"
            showIcon
            title={t.mailNotConfigured}
            style={{ marginBottom: 16 }}
          />
        )}
        <PageForm<ProfileValues>
          form={form}
          name="profile"
          busy={save.isPending}
          problem={problem}
          submit={t.save}
          onFinish={onFinish}
        >
          <Form.Item
            label={t.email}
            name="email"
            extra={t.emailHelp}
            rules={[{ type: 'email', message: t.invalidEmail }]}
          >
            <Input type="email" autoComplete="email" maxLength={200} />
          </Form.Item>
          <Form.Item
            label={t.emailNotifications}
            name="emailNotifications"
            valuePropName="checked"
            extra={t.emailNotificationsHelp}
          >
            <Switch />
          </Form.Item>
        </PageForm>
      </Card>
    </div>
  );
}

export { ProfilePage as Component };
