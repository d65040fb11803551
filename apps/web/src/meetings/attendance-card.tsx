import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { regTexts } from '../registrations/texts';
import { meetingCommands, meetingKeys } from './api';
import { meetTexts } from './texts';
import type { Attendance, Meeting } from './types';

const t = meetTexts.attendance;

/** The quorum as the server computed it from the attendance, said plainly (and announced on change). */
export function QuorumStatus({ meeting }: { meeting: Meeting }) {
  const quorum = meeting.quorum;
  if (!quorum) return null;
  const text =
    quorum.members === 0
      ? meetTexts.quorum.noMembers
      : quorum.reached
        ? meetTexts.quorum.reached(quorum)
        : meetTexts.quorum.notReached(quorum);
  return (
    <div aria-live="polite" data-testid="quorum-status">
      <Alert type={quorum.reached ? 'success' : 'warning'} showIcon title={text} />
    </div>
  );
}

/**
 * Tick who is present: each tick is saved at once (with the meeting's version) and the quorum shown is
 * the one the server answers with. Delegates' names are saved when the field is left.
 */
export function AttendanceCard({ meeting, kind }: { meeting: Meeting; kind: 'cum' | 'khoi' }) {
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const editable = meeting.abilities.recordAttendance;
  const seats = kind === 'khoi' ? regTexts.seatsKhoi : regTexts.seats;

  const record = async (row: Attendance, change: { present?: boolean; delegates?: string | null }) => {
    setSaving(row.unitId);
    setProblem(null);
    try {
      const current = queryClient.getQueryData<Meeting>(meetingKeys.one(meeting.id)) ?? meeting;
      const saved = await meetingCommands.attendance(meeting.id, current.version, [
        {
          unitId: row.unitId,
          present: change.present ?? row.present,
          delegates: change.delegates === undefined ? row.delegates : change.delegates,
        },
      ]);
      queryClient.setQueryData(meetingKeys.one(saved.id), saved);
    } catch (error) {
      if (isApiError(error, 'STALE')) setProblem(meetTexts.detail.stale);
      else setProblem(error instanceof Error ? error.message : t.notSaved);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.one(meeting.id) });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Card className="page-card" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t.title}
      </Typography.Title>
      <Flex vertical gap={12}>
        <QuorumStatus meeting={meeting} />
        {problem && <Alert role="alert" type="error" showIcon title={t.notSaved} description={problem} />}
        {!editable && <Typography.Text type="secondary">{t.readOnly}</Typography.Text>}
        <ul className="attendance-list" aria-label={t.caption}>
          {meeting.attendance.map((row) =>
            editable ? (
              <li key={row.unitId} className="attendance-row">
                <Checkbox
                  checked={row.present}
                  disabled={saving !== null}
                  onChange={(event) => void record(row, { present: event.target.checked })}
                  aria-label={t.present(row.unitName)}
                >
                  <span className="wrap-anywhere">{row.unitName}</span>{' '}
                  {row.seat ? (
                    row.seat !== 'member' && <Tag>{seats[row.seat]}</Tag>
                  ) : (
                    <Tag>{t.notMember}</Tag>
                  )}
                </Checkbox>
                <DelegatesInput
                  row={row}
                  disabled={saving !== null}
                  onSave={(delegates) => void record(row, { delegates })}
                />
              </li>
            ) : (
              <li key={row.unitId} className="attendance-row">
                <span className="wrap-anywhere">
                  {row.unitName} {row.seat && row.seat !== 'member' && <Tag>{seats[row.seat]}</Tag>}
                </span>
                <span className="wrap-anywhere">
                  <Tag color={row.present ? 'green' : 'default'}>{row.present ? t.isPresent : t.absent}</Tag>
                  {row.delegates}
                </span>
              </li>
            ),
          )}
        </ul>
      </Flex>
    </Card>
  );
}

function DelegatesInput({
  row,
  disabled,
  onSave,
}: {
  row: Attendance;
  disabled: boolean;
  onSave: (delegates: string | null) => void;
}) {
  const [text, setText] = useState(row.delegates ?? '');
  const save = () => {
    const value = text.trim() || null;
    if (value !== (row.delegates ?? null)) onSave(value);
  };
  return (
    <Input
      value={text}
      disabled={disabled}
      maxLength={2000}
      placeholder={t.delegatesPlaceholder}
      aria-label={t.delegates(row.unitName)}
      onChange={(event) => setText(event.target.value)}
      onBlur={save}
      onPressEnter={save}
    />
  );
}
