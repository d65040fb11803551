import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { ClusterSummary } from '../api/periods';
import { downloadApiFile } from '../documents/download-file';

const t = {
  label: 'Tải tệp kỳ thi đua',
  described: (name: string) => `Tải tệp kỳ thi đua (thidua/period@1, JSON) của ${name}`,
  failed: 'Không tải được tệp kỳ thi đua. Vui lòng thử lại.',
};

/**
 * "Tải tệp kỳ thi đua": the cluster's year as a `thidua/period@1` file (SPEC §8), for the standing office,
 * the leader and the deputies — to keep, to check with the CLI, or to import elsewhere.
 */
export function PeriodFileButton({ cluster }: { cluster: ClusterSummary }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      aria-label={t.described(cluster.name)}
      onClick={() => {
        setBusy(true);
        downloadApiFile(
          `/clusters/${cluster.id}/period-file`,
          {},
          `ky-thi-dua-${cluster.code}.json`,
          t.failed,
        )
          .catch((error: unknown) => void message.error(error instanceof Error ? error.message : t.failed))
          .finally(() => setBusy(false));
      }}
    >
      {t.label}
    </Button>
  );
}
