import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api, isApiError } from '../api/client';
import { resultsKey, saveEntry, userName } from './api';
import { texts } from './texts';
import type { Cell, Entry, EntryBody, Layer, Sheet } from './types';
import { type Draft, type DraftField, draftFieldOf, kindOf, valuesOf } from './values';

/** One layer of one cell. */
export interface CellAddress {
  unitId: string;
  code: string;
  layer: Layer;
}

export const cellKey = (a: { unitId: string; code: string }) => `${a.unitId}\u0000${a.code}`;

export type FieldErrors = Partial<Record<DraftField | 'note' | 'reason' | 'form', string>>;

/** What the last save of a cell did: under way, done, or refused (with the draft to edit again). */
export type SaveState =
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; errors: FieldErrors; draft: Draft; layer: Layer };

/** A 409: someone saved the cell first; theirs is what the server has now. */
export interface Conflict {
  address: CellAddress;
  body: EntryBody;
  draft: Draft;
  theirs: Entry | null;
  who: string | null;
}

function findCell(sheet: Sheet | undefined, unitId: string, code: string): Cell | undefined {
  return sheet?.rows.find((r) => r.unit.id === unitId)?.cells.find((c) => c.criterionCode === code);
}

function withCell(sheet: Sheet, unitId: string, code: string, change: (cell: Cell) => Cell): Sheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) =>
      row.unit.id !== unitId
        ? row
        : { ...row, cells: row.cells.map((c) => (c.criterionCode === code ? change(c) : c)) },
    ),
  };
}

/**
 * Saves cells of a sheet: checks what the browser can (a number, a choice), shows the new value at once
 * (optimistic), sends it with the version read, then takes the server's entry (new version) and has the
 * engine's results read again. A refusal puts the old value back and keeps the server's Vietnamese
 * messages for the inputs they name; a 409 reads the cell again and says who saved first.
 */
export function useCellWriter(sheetQueryKey: QueryKey, clusterId: string | undefined) {
  const queryClient = useQueryClient();
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const queues = useRef(new Map<string, Promise<boolean>>());

  const setState = useCallback((key: string, state: SaveState | null) => {
    setStates((all) => {
      const next = { ...all };
      if (state) next[key] = state;
      else delete next[key];
      return next;
    });
  }, []);

  const send = useCallback(
    async (address: CellAddress, body: EntryBody, draft: Draft): Promise<boolean> => {
      if (!clusterId) return false;
      const key = cellKey(address);
      const sheet = queryClient.getQueryData<Sheet>(sheetQueryKey);
      const before = findCell(sheet, address.unitId, address.code);
      setState(key, { status: 'saving' });
      if (sheet && before) {
        const old = before[address.layer];
        const optimistic: Entry = {
          id: old?.id ?? '',
          unitId: address.unitId,
          criterionCode: address.code,
          criteriaVersionId: sheet.criteriaVersion.id,
          stage: address.layer,
          plan: body.plan ?? null,
          actual: body.actual ?? null,
          points: body.points ?? null,
          value: body.value ?? null,
          rating: body.rating ?? null,
          done: body.done ?? null,
          note: body.note ?? null,
          reason: body.reason ?? null,
          enteredBy: old?.enteredBy ?? null,
          updatedAt: old?.updatedAt ?? new Date().toISOString(),
          version: old?.version ?? 0,
          evidenceCount: old?.evidenceCount ?? 0,
        };
        queryClient.setQueryData<Sheet>(
          sheetQueryKey,
          withCell(sheet, address.unitId, address.code, (c) => ({ ...c, [address.layer]: optimistic })),
        );
      }
      try {
        const saved = await saveEntry({ clusterId, ...address }, body);
        queryClient.setQueryData<Sheet>(sheetQueryKey, (current) =>
          current
            ? withCell(current, address.unitId, address.code, (c) => ({ ...c, [address.layer]: saved }))
            : current,
        );
        setState(key, { status: 'saved', at: saved.updatedAt });
        void queryClient.invalidateQueries({ queryKey: resultsKey(clusterId) });
        return true;
      } catch (error) {
        queryClient.setQueryData<Sheet>(sheetQueryKey, (current) =>
          current && before
            ? withCell(current, address.unitId, address.code, (c) => ({
                ...c,
                [address.layer]: before[address.layer],
              }))
            : current,
        );
        if (isApiError(error, 'STALE')) {
          setState(key, null);
          const fresh = await readCell(clusterId, address).catch(() => undefined);
          const theirs = fresh?.[address.layer] ?? null;
          if (fresh) {
            queryClient.setQueryData<Sheet>(sheetQueryKey, (current) =>
              current ? withCell(current, address.unitId, address.code, () => fresh) : current,
            );
          }
          setConflict({ address, body, draft, theirs, who: await userName(theirs?.enteredBy ?? null) });
          return false;
        }
        const errors: FieldErrors = {};
        if (isApiError(error)) {
          for (const field of error.fields) {
            const input = draftFieldOf(field.path) ?? 'form';
            const message = unitAdvice(input, field.message);
            errors[input] = errors[input] ? `${errors[input]}; ${message}` : message;
          }
          if (Object.keys(errors).length === 0) errors.form = error.message;
        } else {
          errors.form = texts.errors.saveFailed;
        }
        setState(key, { status: 'error', errors, draft, layer: address.layer });
        return false;
      }
    },
    [clusterId, queryClient, setState, sheetQueryKey],
  );

  /** Checks and saves a draft; false when it was refused (the reason is in the cell's state). */
  const save = useCallback(
    (address: CellAddress, kind: string, draft: Draft, reason?: string): Promise<boolean> => {
      const checked = valuesOf(kindOf(kind), draft);
      const key = cellKey(address);
      if (!checked.ok) {
        setState(key, { status: 'error', errors: checked.errors, draft, layer: address.layer });
        return Promise.resolve(false);
      }
      // Saves of one cell go one after the other, each with the version the previous one left, so
      // a quick second change (a note after a value) never collides with the user's own first save.
      const previous = queues.current.get(key) ?? Promise.resolve(true);
      const run = previous.then(() => {
        const sheet = queryClient.getQueryData<Sheet>(sheetQueryKey);
        const current = findCell(sheet, address.unitId, address.code)?.[address.layer] ?? null;
        const body: EntryBody = {
          version: current?.version ?? 0,
          ...checked.values,
          // An empty note is left out (stored as none): the server refuses `note: null`.
          ...(draft.note.trim() === '' ? {} : { note: draft.note.trim() }),
          ...(reason ? { reason } : {}),
        };
        return send(address, body, draft);
      });
      queues.current.set(
        key,
        run.catch(() => false),
      );
      return run;
    },
    [queryClient, send, setState, sheetQueryKey],
  );

  /** The user's answer to a conflict: send theirs again over the newer version, or keep the server's. */
  const resolveConflict = useCallback(
    async (keepMine: boolean) => {
      if (!conflict) return;
      setConflict(null);
      if (keepMine) {
        await send(
          conflict.address,
          { ...conflict.body, version: conflict.theirs?.version ?? 0 },
          conflict.draft,
        );
      }
    },
    [conflict, send],
  );

  const clearState = useCallback((key: string) => setState(key, null), [setState]);

  return { states, save, conflict, resolveConflict, clearState };
}

/**
 * The engine's refusal of a plan of 0 speaks to the criteria's author (use a decrease criterion); the
 * unit scoring it needs to hear what it can do.
 */
function unitAdvice(input: string, message: string): string {
  return input === 'plan' && message.includes('phải lớn hơn 0') ? texts.errors.planZero : message;
}

async function readCell(clusterId: string, address: CellAddress): Promise<Cell | undefined> {
  const sheet = await api.get<Sheet>(`/clusters/${clusterId}/scoring-sheet`, {
    query: { unitId: address.unitId, pageSize: 1 },
  });
  return findCell(sheet, address.unitId, address.code);
}
