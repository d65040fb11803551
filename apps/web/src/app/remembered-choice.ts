import type { WantedChoice } from './work-choice';

const key = (userId: string, councilId: string) => `thidua.choice.${userId}.${councilId}`;

/** The period and cluster the user last chose in a council (every screen opens there next). */
export function rememberedChoice(userId: string, councilId: string): WantedChoice {
  try {
    const stored = JSON.parse(window.localStorage.getItem(key(userId, councilId)) ?? 'null') as unknown;
    if (stored && typeof stored === 'object') {
      const { ky, cum } = stored as Record<string, unknown>;
      return { ky: typeof ky === 'string' ? ky : null, cum: typeof cum === 'string' ? cum : null };
    }
  } catch {
    // Unreadable or refused storage: nothing remembered.
  }
  return { ky: null, cum: null };
}

export function rememberChoice(userId: string, councilId: string, choice: WantedChoice): void {
  try {
    window.localStorage.setItem(key(userId, councilId), JSON.stringify(choice));
  } catch {
    // Private browsing may refuse storage; the screens then open where the user works.
  }
}
