import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Popconfirm,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import type { MembershipRole } from '../api/types';
import { LoadError } from '../app/load-error';
import { formatDate } from '../format';
import { vi } from '../i18n/vi';
import { useAllUnits } from '../organisation/api';
import { useUser, useUserMutations } from './api';
import { ROLE_NAMES, t } from './texts';
import { MEMBERSHIP_ROLES, type UserMembership } from './types';
import { ProblemAlert } from '../shared/problem-alert';

interface Values {
  role: MembershipRole;
  unitId?: string | null;
  title?: string;
}

/** A user's roles in the council: each current one can be ended (kept in the history), another added. */
export function RolesDrawer({
  councilId,
  userId,
  onClose,
}: {
  councilId: string;
  userId: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const user = useUser(userId);
  const units = useAllUnits(councilId);
  const mutations = useUserMutations(councilId);
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const role = Form.useWatch('role', form);
  const roles = (user.data?.memberships ?? []).filter((m) => m.councilId === councilId);

  const add = async (values: Values) => {
    setProblem(null);
    try {
      await mutations.addMembership.mutateAsync({
        userId,
        role: values.role,
        unitId: values.role === 'unitStaff' ? (values.unitId ?? null) : null,
        title: values.title?.trim() ? values.title.trim() : null,
      });
      void message.success(t.roleAdded);
      form.resetFields();
    } catch (error) {
      setProblem(showFieldErrors(form, error, ['role', 'unitId', 'title']));
    }
  };

  const end = async (membership: UserMembership) => {
    setProblem(null);
    try {
      await mutations.endMembership.mutateAsync({ membershipId: membership.id });
      void message.success(t.roleEnded);
    } catch (error) {
      setProblem(
        isApiError(error)
          ? { code: error.code, message: error.message, details: [] }
          : { code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] },
      );
    }
  };

  const label = (m: UserMembership) => `${ROLE_NAMES[m.role]}${m.unitName ? ` — ${m.unitName}` : ''}`;

  return (
    <Drawer
      open
      title={<span className="wrap-anywhere">{t.manageRolesOf(user.data?.displayName ?? '')}</span>}
      size={screens.md ? 560 : '100%'}
      onClose={onClose}
      closable={{ 'aria-label': vi.common.close }}
    >
      {user.isError ? (
        <LoadError error={user.error} onRetry={() => void user.refetch()} />
      ) : !user.data ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={vi.app.loading} />
        </Flex>
      ) : (
        <Flex vertical gap={24}>
          <ProblemAlert problem={problem} title={t.notSaved} />
          <section aria-label={t.roles}>
            <List
              dataSource={roles}
              locale={{ emptyText: t.noRoles }}
              renderItem={(m) => (
                <List.Item
                  actions={
                    m.endedAt
                      ? []
                      : [
                          <Popconfirm
                            key="end"
                            title={t.endRoleConfirm(label(m))}
                            okText={t.endRole}
                            cancelText={vi.common.cancel}
                            onConfirm={() => void end(m)}
                          >
                            <Button danger aria-label={t.endRoleOf(label(m))}>
                              {t.endRole}
                            </Button>
                          </Popconfirm>,
                        ]
                  }
                >
                  <div className="wrap-anywhere">
                    <Typography.Text strong delete={Boolean(m.endedAt)}>
                      {label(m)}
                    </Typography.Text>
                    {m.title && (
                      <div>
                        <Typography.Text type="secondary">{m.title}</Typography.Text>
                      </div>
                    )}
                    {m.endedAt && <Tag>{t.ended(formatDate(m.endedAt))}</Tag>}
                  </div>
                </List.Item>
              )}
            />
          </section>
          <section aria-labelledby="add-role">
            <Typography.Title level={3} id="add-role" style={{ fontSize: 16 }}>
              {t.addRole}
            </Typography.Title>
            <Form<Values>
              form={form}
              name="add-role"
              layout="vertical"
              initialValues={{ role: 'unitStaff' }}
              onFinish={(values) => void add(values)}
              disabled={mutations.addMembership.isPending}
            >
              <Form.Item label={t.role} name="role" rules={[{ required: true, message: t.roleRequired }]}>
                <Select options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
              </Form.Item>
              {role === 'unitStaff' && (
                <Form.Item label={t.unit} name="unitId" rules={[{ required: true, message: t.unitRequired }]}>
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
              <Button
                type="primary"
                htmlType="submit"
                icon={<PlusOutlined />}
                loading={mutations.addMembership.isPending}
              >
                {t.addRole}
              </Button>
            </Form>
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
