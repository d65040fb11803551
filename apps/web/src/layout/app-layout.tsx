import { MenuOutlined, QuestionCircleOutlined, StarFilled } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useSignedIn } from '../auth/require-session';
import { roleLabel } from '../auth/roles';
import { vi } from '../i18n/vi';
import { NotificationBell } from '../notifications/notification-bell';
import { useCurrentCouncil, useCurrentWorkplace } from './current-council';
import { type NavItem, navItems } from './nav-items';
import { UserMenu } from './user-menu';
import { useOwnGuide } from '../help/own-guide';

const HEADER_BG = '#173f73';

/** The frame of every signed-in screen: header with the user, sidebar by role (a drawer on phones). */
export function AppLayout() {
  const session = useSignedIn();
  const { council } = useCurrentCouncil();
  const place = useCurrentWorkplace(council?.id);
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const items = navItems(session, council);
  const selected = selectedKey(items, location.pathname);
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={menuItems(items, selected)}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: HEADER_BG,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!wide && (
          <Button
            type="text"
            aria-label={vi.layout.openMenu}
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: '#fff', flex: 'none' }}>
          <StarFilled aria-hidden style={{ color: '#ffd24a', fontSize: 20 }} />
          <span style={{ fontWeight: 600, fontSize: 18 }}>{vi.app.name}</span>
        </Link>
        {wide && council && (
          <Typography.Text ellipsis={{ tooltip: council.name }} style={{ color: '#dbe6f5', minWidth: 0 }}>
            {council.name}
          </Typography.Text>
        )}
        <div style={{ flex: 1 }} />
        <HelpLink compact={!wide} />
        <NotificationBell />
        <UserMenu session={session} role={roleLabel(session, council?.id, place)} compact={!wide} />
      </Layout.Header>
      <Layout>
        {wide && (
          <Layout.Sider width={248} theme="light" style={{ borderInlineEnd: '1px solid #e5e8ee' }}>
            <nav aria-label={vi.layout.menuTitle}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {!wide && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={vi.layout.menuTitle}
          size={288}
          styles={{ body: { padding: 0 } }}
        >
          <nav aria-label={vi.layout.menuTitle}>{menu}</nav>
        </Drawer>
      )}
    </Layout>
  );
}

/** The menu's links; the one of the screen shown is marked as the current page for screen readers. */
function menuItems(items: NavItem[], selected: string): MenuProps['items'] {
  return items.map((item) => ({
    key: item.key,
    label: (
      <Link to={item.path} aria-current={item.key === selected ? 'page' : undefined}>
        {item.label}
      </Link>
    ),
  }));
}

function selectedKey(items: NavItem[], pathname: string): string {
  const match = items
    .filter((item) => item.path === pathname || (item.path !== '/' && pathname.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? '';
}

export { AppLayout as Component };

/** "Hướng dẫn" in the header of every screen: the guide of the user's own role (issue #14 §6). */
function HelpLink({ compact }: { compact: boolean }) {
  const guide = useOwnGuide();
  return (
    <Link
      to={`/huong-dan/${guide}`}
      aria-label={compact ? vi.layout.help : undefined}
      style={{ display: 'flex', alignItems: 'center', gap: 6, color: '#fff', flex: 'none' }}
    >
      <QuestionCircleOutlined aria-hidden style={{ fontSize: 18 }} />
      {!compact && <span>{vi.layout.help}</span>}
    </Link>
  );
}
