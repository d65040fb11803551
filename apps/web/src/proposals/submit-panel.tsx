import { Alert, App, Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import type { FormProblem } from '../api/form-errors';
import { vi } from '../i18n/vi';
import { isIncomplete } from '../ranking/award-names';
import type { ResultDocument, UnitResult } from '../ranking/types';
import { type Proposal, useCreateList } from './api';
import { ProblemAlert } from '../shared/problem-alert';
import { texts } from './texts';

/** A unit already holding a proposal (not withdrawn or returned) is not proposed again. */
const HOLDS = new Set(['proposed', 'approved', 'rejected']);

/**
 * The list built from the engine's result: every unit with an award and no proposal yet. Units whose
 * data is not all in are held back; the standing office may include them, confirming with a reason
 * (issue #11 §2) — the server checks the same and says which unit lacks what.
 */
export function SubmitPanel({
  clusterId,
  result,
  proposals,
  unitIdOf,
  isOffice,
}: {
  clusterId: string;
  result: ResultDocument;
  proposals: Proposal[];
  unitIdOf: (code: string) => string | undefined;
  isOffice: boolean;
}) {
  const { message } = App.useApp();
  const create = useCreateList(clusterId);
  const [includeIncomplete, setIncludeIncomplete] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const held = new Set(proposals.filter((p) => HOLDS.has(p.status)).map((p) => p.unitId));
  const open = result.units.filter((u) => u.award && unitIdOf(u.unit) && !held.has(unitIdOf(u.unit)!));
  const complete = open.filter((u) => !isIncomplete(u));
  const incomplete = open.filter(isIncomplete);
  const chosen = includeIncomplete ? open : complete;
  const rowOf = (u: UnitResult) => ({
    unitId: unitIdOf(u.unit)!,
    awardCode: u.award!,
    finalScore: u.final,
    rank: u.rank,
  });

  if (!result.complete) return <Alert type="warning" showIcon role="status" title={texts.pendingTie} />;
  if (open.length === 0) return <Typography.Text type="secondary">{texts.nothingToSubmit}</Typography.Text>;

  const submit = async () => {
    setProblem(null);
    if (includeIncomplete && reason.trim() === '') {
      setProblem({ code: 'REASON_REQUIRED', message: texts.confirmReasonRequired, details: [] });
      return;
    }
    try {
      const { items } = await create.mutateAsync({
        rows: chosen.map(rowOf),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(includeIncomplete && incomplete.length > 0
          ? {
              confirmIncomplete: { unitIds: incomplete.map((u) => unitIdOf(u.unit)!), reason: reason.trim() },
            }
          : {}),
      });
      void message.success(texts.submitted(items.length));
      setIncludeIncomplete(false);
      setReason('');
      setNote('');
    } catch (error) {
      setProblem(
        isApiError(error)
          ? { code: error.code, message: error.message, details: error.fields.map((f) => f.message) }
          : { code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] },
      );
    }
  };

  return (
    <Flex vertical gap={8} className="proposal-submit">
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {texts.submitTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{texts.submitHelp}</Typography.Text>
      {incomplete.length > 0 && !includeIncomplete && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={texts.heldBack(incomplete.map((u) => u.name).join(', '))}
        />
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={texts.note} htmlFor="proposal-list-note" style={{ marginBottom: 8 }}>
          <Input
            id="proposal-list-note"
            value={note}
            maxLength={2000}
            placeholder={texts.notePlaceholder}
            onChange={(e) => setNote(e.target.value)}
          />
        </Form.Item>
        {isOffice && incomplete.length > 0 && (
          <>
            <Checkbox checked={includeIncomplete} onChange={(e) => setIncludeIncomplete(e.target.checked)}>
              {texts.confirmIncomplete}
            </Checkbox>
            {includeIncomplete && (
              <Form.Item
                label={texts.confirmReason}
                htmlFor="proposal-confirm-reason"
                required
                style={{ marginTop: 8, marginBottom: 8 }}
              >
                <Input.TextArea
                  id="proposal-confirm-reason"
                  rows={2}
                  maxLength={2000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </Form.Item>
            )}
          </>
        )}
      </Form>
      {problem && <ProblemAlert problem={problem} />}
      <div>
        <Button
          type="primary"
          loading={create.isPending}
          disabled={chosen.length === 0}
          onClick={() => void submit()}
        >
          {texts.submit(chosen.length)}
        </Button>
      </div>
    </Flex>
  );
}
