import { validateRuleset } from '@thidua/engine';
import { useEffect, useMemo, useState } from 'react';
import type { FieldProblem, Ruleset } from './types';

export const BASE_PATH = 'body.ruleset';

/** Problems of two sources as one list, each (path and message) once. */
export function mergeProblems(...lists: readonly (readonly FieldProblem[])[]): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const list of lists) {
    for (const p of list) {
      const id = `${p.path}|${p.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(p);
    }
  }
  return out;
}

/** The engine's own check of a ruleset, as the server runs it (same messages, same paths). */
export function engineProblems(ruleset: Ruleset): FieldProblem[] {
  return validateRuleset(ruleset, BASE_PATH).errors;
}

export interface LiveValidation {
  problems: FieldProblem[];
  /** The server has not yet answered for the ruleset shown. */
  checking: boolean;
}

/**
 * Live validation while a ruleset is edited: the engine's checks at once, in the browser, and — a
 * moment after the last keystroke — the server's (`check`: the engine again plus the framework's rules:
 * fixed groups, maxima, the +30 % rule). A server answer counts only for the ruleset it was asked about,
 * so a fixed problem never lingers.
 */
export function useLiveValidation(
  ruleset: Ruleset,
  check: ((ruleset: Ruleset, signal: AbortSignal) => Promise<{ errors: FieldProblem[] }>) | null,
  extra: { for: Ruleset; errors: FieldProblem[] } | null = null,
): LiveValidation {
  const local = useMemo(() => engineProblems(ruleset), [ruleset]);
  const [server, setServer] = useState<{ for: Ruleset; errors: FieldProblem[] } | null>(null);
  useEffect(() => {
    if (!check) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      check(ruleset, controller.signal).then(
        (answer) => setServer({ for: ruleset, errors: answer.errors }),
        () => undefined,
      );
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [ruleset, check]);
  const fresh = server?.for === ruleset ? server.errors : null;
  const refused = extra?.for === ruleset ? extra.errors : [];
  return {
    problems: mergeProblems(local, fresh ?? [], refused),
    checking: check !== null && fresh === null,
  };
}
