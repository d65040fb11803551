import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading of a screen, the council (or period) under it, and the screen's main buttons. */
export function PageHeader({
  title,
  subtitle,
  extra,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }} className="wrap-anywhere">
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Text type="secondary" className="wrap-anywhere">
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra}
    </div>
  );
}
