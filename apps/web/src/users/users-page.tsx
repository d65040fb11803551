import {
  EditOutlined,
  KeyOutlined,
  MoreOutlined,
  PlusOutlined,
  SearchOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Dropdown,
  Flex,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { LoadError } from '../app/load-error';
import { tablePages } from '../shared/use-list-params';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { formatDateTime } from '../format';
import { vi } from '../i18n/vi';
import { NoPermission } from '../organisation/no-permission';
import { PageHeader } from '../shared/page-header';
import { useUserList, useUserMutations } from './api';
import { PasswordModal } from './password-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { RolesDrawer } from './roles-drawer';
import { bulkTexts, ROLE_NAMES, t } from './texts';
import { BulkAccountsModal } from './bulk-accounts-modal';
import { MEMBERSHIP_ROLES, type UserAccount } from './types';
import { useUserListParams } from './use-user-list-params';
import { UserFormModal } from './user-form-modal';
import { useAddressCouncil } from '../app/address-council';

/**
 * Người dùng, vai trò: the council's accounts and their roles. Administrators create accounts (the
 * temporary password shown once), edit them, give and end roles, reset passwords, disable accounts;
 * the standing office reads the list; nobody else opens it.
 */
function UsersPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const { council, instead } = useAddressCouncil(t.noCouncil);

  if (!council) return instead;
  const admin = session.user.isSystemAdmin || council.roles.includes('administrator');
  if (!admin && !council.roles.includes('standingOffice')) {
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;
  }
  return <UsersScreen councilId={council.id} councilName={council.name} admin={admin} />;
}

function UsersScreen({
  councilId,
  councilName,
  admin,
}: {
  councilId: string;
  councilName: string;
  admin: boolean;
}) {
  const { message, modal } = App.useApp();
  const list = useUserListParams();
  const users = useUserList(councilId, list.params);
  const mutations = useUserMutations(councilId);
  const [form, setForm] = useState<{ user: UserAccount | null } | null>(null);
  const [shown, setShown] = useState<{ password: string; user: UserAccount } | null>(null);
  const [rolesOf, setRolesOf] = useState<string | null>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);
  const [bulk, setBulk] = useState(false);

  const toggle = (user: UserAccount) => {
    const disabling = !user.disabled;
    modal.confirm({
      title: disabling ? t.disableOf(user.displayName) : t.enableOf(user.displayName),
      content: disabling ? t.disableConfirm : undefined,
      okText: disabling ? t.disable : t.enable,
      okButtonProps: { danger: disabling },
      cancelText: vi.common.cancel,
      onOk: () =>
        mutations.setDisabled.mutateAsync({ userId: user.id, disabled: disabling }).then(
          () => void message.success(disabling ? t.disabledDone : t.enabledDone),
          (error: unknown) => void message.error(isApiError(error) ? error.message : vi.errors.unexpected),
        ),
    });
  };

  const columns: TableColumnsType<UserAccount> = [
    {
      title: t.name,
      key: 'name',
      render: (_, u) => (
        <div className="wrap-anywhere">
          <Typography.Text strong type={u.disabled ? 'secondary' : undefined}>
            {u.displayName}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.username}
              {u.email ? ` · ${u.email}` : ''}
            </Typography.Text>
          </div>
          <div className="show-below-md">
            {u.memberships
              .filter((m) => m.councilId === councilId && !m.endedAt)
              .map((m) => (
                <div key={m.id} style={{ fontSize: 12 }}>
                  {ROLE_NAMES[m.role]}
                  {m.unitName ? ` — ${m.unitName}` : ''}
                </div>
              ))}
          </div>
          {admin && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {u.lastLoginAt ? t.lastLogin(formatDateTime(u.lastLoginAt)) : t.neverLoggedIn}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t.roles,
      key: 'roles',
      responsive: ['md'],
      render: (_, u) => (
        <Flex vertical gap={2} className="wrap-anywhere">
          {u.memberships
            .filter((m) => m.councilId === councilId)
            .map((m) => (
              <Typography.Text
                key={m.id}
                delete={Boolean(m.endedAt)}
                type={m.endedAt ? 'secondary' : undefined}
              >
                {ROLE_NAMES[m.role]}
                {m.unitName ? ` — ${m.unitName}` : ''}
              </Typography.Text>
            ))}
        </Flex>
      ),
    },
    {
      title: t.status,
      key: 'status',
      width: 200,
      render: (_, u) => (
        <Flex vertical gap={4} align="flex-start">
          {u.isSystemAdmin && <Tag color="purple">{t.systemAdmin}</Tag>}
          {u.disabled && <Tag color="default">{t.disabled}</Tag>}
          {u.lockedUntil && (
            <Tag color="red" title={t.lockedHelp}>
              {t.locked(formatDateTime(u.lockedUntil))}
            </Tag>
          )}
          {u.mustChangePassword && <Tag color="orange">{t.mustChange}</Tag>}
          {!u.disabled && !u.lockedUntil && !u.mustChangePassword && <Tag color="green">{t.active}</Tag>}
        </Flex>
      ),
    },
  ];
  if (admin) {
    columns.push({
      title: vi.common.actions,
      key: 'actions',
      width: 150,
      render: (_, u) =>
        u.abilities.manage ? (
          <Flex gap={4} wrap>
            <Button
              icon={<TeamOutlined />}
              aria-label={t.manageRolesOf(u.displayName)}
              onClick={() => setRolesOf(u.id)}
            />
            <Button
              icon={<EditOutlined />}
              aria-label={t.editOf(u.displayName)}
              onClick={() => setForm({ user: u })}
            />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'reset',
                    icon: <KeyOutlined />,
                    label: t.resetPassword,
                    onClick: () => setResetting(u),
                  },
                  {
                    key: 'toggle',
                    danger: !u.disabled,
                    label: u.disabled ? t.enable : t.disable,
                    onClick: () => toggle(u),
                  },
                ],
              }}
            >
              <Button icon={<MoreOutlined />} aria-label={`${t.more}: ${u.displayName}`} />
            </Dropdown>
          </Flex>
        ) : null,
    });
  }

  const data = users.data;
  return (
    <>
      <PageHeader
        title={t.heading}
        subtitle={councilName}
        extra={
          admin && (
            <Flex gap={8} wrap>
              <Button icon={<UsergroupAddOutlined />} onClick={() => setBulk(true)}>
                {bulkTexts.open}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ user: null })}>
                {t.create}
              </Button>
            </Flex>
          )
        }
      />
      {!admin && <Alert role="status" type="info" showIcon title={t.readOnly} style={{ marginBottom: 16 }} />}
      <Card className="page-card org-card">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <Input.Search
              value={list.text}
              onChange={(event) => list.setText(event.target.value)}
              onSearch={(value) => {
                list.setText(value);
                list.update({ q: value, page: 1 });
              }}
              placeholder={t.search}
              aria-label={t.search}
              allowClear
              enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={vi.common.search} />}
              style={{ maxWidth: 380, flex: '1 1 240px' }}
            />
            <Select
              aria-label={t.roleFilter}
              value={list.params.role}
              onChange={(role) => list.update({ role, page: 1 })}
              options={[
                { value: '', label: t.allRoles },
                ...MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] })),
              ]}
              style={{ minWidth: 200 }}
            />
            <Checkbox
              checked={list.params.includeEnded}
              onChange={(event) => list.update({ includeEnded: event.target.checked, page: 1 })}
            >
              {t.includeEnded}
            </Checkbox>
          </Flex>
          {users.isError && !data ? (
            <LoadError error={users.error} onRetry={() => void users.refetch()} />
          ) : (
            <Table<UserAccount>
              rowKey="id"
              columns={columns}
              dataSource={data?.items ?? []}
              loading={users.isFetching}
              locale={{ emptyText: list.params.q ? t.noMatch(list.params.q) : t.empty }}
              size="middle"
              aria-label={t.heading}
              pagination={tablePages(list.params, list, data?.total ?? 0, t.total)}
            />
          )}
        </Flex>
      </Card>
      {form && (
        <UserFormModal
          councilId={councilId}
          user={form.user}
          onClose={() => setForm(null)}
          onCreated={(user, password) => {
            setForm(null);
            if (password) setShown({ user, password });
          }}
        />
      )}
      {shown && (
        <PasswordModal
          password={shown.password}
          name={shown.user.displayName}
          username={shown.user.username}
          onClose={() => setShown(null)}
        />
      )}
      {bulk && <BulkAccountsModal councilId={councilId} onClose={() => setBulk(false)} />}
      {rolesOf && <RolesDrawer councilId={councilId} userId={rolesOf} onClose={() => setRolesOf(null)} />}
      {resetting && (
        <ResetPasswordModal
          councilId={councilId}
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={(password) => {
            void message.success(t.resetDone);
            setShown({ user: resetting, password });
            setResetting(null);
          }}
        />
      )}
    </>
  );
}

export { UsersPage as Component };
