import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { signOut } from '../api/session';
import type { Session } from '../api/types';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';

/** Initials of a Vietnamese name: the given name is last ("Nguyễn Thị Thu Hà" → "H"). */
function initial(name: string): string {
  return name.trim().split(/\s+/).at(-1)?.charAt(0).toLocaleUpperCase('vi') ?? '?';
}

/** The signed-in user's name and role, with password change and sign-out. */
export function UserMenu({ session, role, compact }: { session: Session; role: string; compact: boolean }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const name = session.user.displayName;

  const items: MenuProps['items'] = [
    ...(compact
      ? [
          {
            key: 'who',
            disabled: true,
            label: (
              <div style={{ maxWidth: 240, whiteSpace: 'normal' }}>
                <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{name}</div>
                <div>{role}</div>
              </div>
            ),
          },
          { type: 'divider' as const },
        ]
      : []),
    { key: 'profile', icon: <UserOutlined />, label: vi.layout.profile },
    { key: 'password', icon: <KeyOutlined />, label: vi.layout.changePassword },
    { key: 'signOut', icon: <LogoutOutlined />, label: vi.layout.signOut },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') void navigate(paths.profile);
    if (key === 'password') void navigate(paths.changePassword);
    // Signed out, the session guard opens the sign-in page.
    if (key === 'signOut') void signOut(queryClient);
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        aria-label={`${vi.layout.userMenu}: ${name}`}
        style={{ height: 'auto', paddingBlock: 4, color: '#fff', maxWidth: compact ? undefined : 360 }}
      >
        <span style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
          <Avatar style={{ background: '#ffd24a', color: '#173f73', flex: 'none' }}>{initial(name)}</Avatar>
          {!compact && (
            <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 }}>
              <span style={{ fontWeight: 600, lineHeight: 1.3 }}>{name}</span>
              <span
                style={{
                  fontSize: 12,
                  lineHeight: 1.3,
                  color: '#dbe6f5',
                  maxWidth: 300,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {role}
              </span>
            </span>
          )}
        </span>
      </Button>
    </Dropdown>
  );
}
