import { Alert, App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import type { MembershipRole } from '../api/types';
import { vi } from '../i18n/vi';
import { FormModal } from '../shared/form-modal';
import { useAllUnits } from '../organisation/api';
import { useUserMutations } from './api';
import { ROLE_NAMES, t } from './texts';
import { MEMBERSHIP_ROLES, type UserAccount } from './types';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  role: MembershipRole;
  unitId?: string | null;
  title?: string;
}

const FIELDS = ['username', 'displayName', 'email', 'role', 'unitId', 'title'];

/**
 * Creates an account with its first role (the server makes the temporary password and it is shown
 * once), or edits an account's name and e-mail.
 */
export function UserFormModal({
  councilId,
  user,
  onClose,
  onCreated,
}: {
  councilId: string;
  user: UserAccount | null;
  onClose: () => void;
  onCreated: (user: UserAccount, password: string | null) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mutations = useUserMutations(councilId);
  const saving = mutations.create.isPending || mutations.update.isPending;
  const role = Form.useWatch('role', form);
  const units = useAllUnits(user ? undefined : councilId);

  const onFinish = async (values: Values) => {
    setProblem(null);
    const email = values.email?.trim() ? values.email.trim() : null;
    try {
      if (user) {
        const saved = await mutations.update.mutateAsync({
          id: user.id,
          version: user.version,
          displayName: values.displayName,
          email,
        });
        void message.success(t.saved(saved.displayName));
        onClose();
      } else {
        const created = await mutations.create.mutateAsync({
          username: values.username,
          displayName: values.displayName,
          email,
          role: values.role,
          unitId: values.role === 'unitStaff' ? (values.unitId ?? null) : null,
          title: values.title?.trim() ? values.title.trim() : null,
        });
        void message.success(t.created(created.user.displayName));
        onCreated(created.user, created.temporaryPassword);
      }
    } catch (error) {
      if (isApiError(error, 'DUPLICATE') && error.fields.length === 0) {
        // A username already taken is refused by the database, without a field: it is the username.
        form.setFields([{ name: 'username', errors: [error.message] }]);
      } else setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <FormModal
      title={user ? t.editTitle : t.createTitle}
      okText={vi.common.save}
      form={form}
      busy={saving}
      onClose={onClose}
      problem={problem}
      notSaved={t.notSaved}
      width={600}
    >
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        disabled={saving}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, email: user.email ?? '' }
            : { role: 'unitStaff' }
        }
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          label={t.name}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t.displayNameRequired }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t.username}
          name="username"
          extra={user ? undefined : t.usernameHelp}
          rules={[{ required: true, whitespace: true, message: t.usernameRequired }]}
        >
          <Input maxLength={60} autoComplete="off" spellCheck={false} disabled={Boolean(user)} />
        </Form.Item>
        <Form.Item label={t.email} name="email">
          <Input type="email" maxLength={200} autoComplete="off" />
        </Form.Item>
        {!user && (
          <>
            <Form.Item
              label={t.role}
              name="role"
              extra={t.firstRoleHelp}
              rules={[{ required: true, message: t.roleRequired }]}
            >
              <Select options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
            </Form.Item>
            {role === 'unitStaff' && (
              <Form.Item
                label={t.unit}
                name="unitId"
                extra={t.unitHelp}
                rules={[{ required: true, message: t.unitRequired }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={units.isPending}
                  disabled={units.isPending}
                  options={(units.data ?? [])
                    .filter((u) => u.active)
                    .map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            )}
            <Form.Item label={t.jobTitle} name="title">
              <Input maxLength={200} />
            </Form.Item>
            <Alert type="info" showIcon title={t.temporaryNote} />
          </>
        )}
      </Form>
    </FormModal>
  );
}
