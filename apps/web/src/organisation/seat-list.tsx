import { Typography } from 'antd';
import { t } from './texts';
import type { ClusterMember } from './types';

/** "Cụm trưởng: …", "Cụm phó: …, …" of a cluster; long names wrap. */
export function SeatList({ members }: { members: ClusterMember[] }) {
  const leader = members.find((m) => m.seat === 'leader');
  const deputies = members
    .filter((m) => m.seat === 'deputy')
    .sort((a, b) => (a.deputyRank ?? 0) - (b.deputyRank ?? 0));
  return (
    <div className="wrap-anywhere">
      <div>
        <Typography.Text type="secondary">{t.leader}: </Typography.Text>
        {leader ? leader.name : <Typography.Text type="warning">{t.notSeated}</Typography.Text>}
      </div>
      <div>
        <Typography.Text type="secondary">{t.deputies}: </Typography.Text>
        {deputies.length > 0 ? (
          deputies.map((d) => d.name).join('; ')
        ) : (
          <Typography.Text type="warning">{t.notSeated}</Typography.Text>
        )}
      </div>
    </div>
  );
}
