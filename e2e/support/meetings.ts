import type { MeetingView as MeetingJson } from '@thidua/contracts/meetings';
import type { Api } from './api';
import type { TestCluster } from './registrations';

export type { MeetingJson };

/** The sentence the screen says for a quorum, built from the server's numbers (as the API returns them). */
export function quorumSentence(q: NonNullable<MeetingJson['quorum']>): string {
  return q.reached
    ? `Đủ số lượng: ${q.present}/${q.members} đơn vị thành viên có mặt (cần ít nhất ${q.required}, hai phần ba).`
    : `Chưa đủ số lượng: ${q.present}/${q.members} đơn vị thành viên có mặt, cần ít nhất ${q.required} (hai phần ba) mới được bỏ phiếu.`;
}

/** The cluster's meetings, newest first. */
export async function meetingsOf(session: Api, c: TestCluster): Promise<{ id: string; kind: string }[]> {
  return (await session.get<{ items: { id: string; kind: string }[] }>(`/clusters/${c.clusterId}/meetings`))
    .items;
}
