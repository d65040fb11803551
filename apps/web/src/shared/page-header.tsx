import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading of a screen, the council (or period) under it, and the screen's main buttons. */
export function PageHeader({
  title,
  subtitle,
  extra,
  wrapTitle = true,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** A long title breaks anywhere (a period's or cluster's name); a screen's own name need not. */
  wrapTitle?: boolean;
}) {
  return (
    <div className="page-header">
      <div style={{ minWidth: 0 }}>
        <Typography.Title
          level={1}
          style={{ fontSize: 24 }}
          {...(wrapTitle ? { className: 'wrap-anywhere' } : {})}
        >
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

/** A council screen's heading and, in a card under it, its period and cluster choice. */
export function ScreenHeader({
  title,
  subtitle,
  pickers,
}: {
  title: ReactNode;
  subtitle: ReactNode;
  pickers: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} wrapTitle={false} />
      <Card className="page-card" style={{ marginBottom: 16 }}>
        {pickers}
      </Card>
    </>
  );
}
