import { emptyIntake, emptyPerson, STEPS, type IntakeValues, type PersonValues, type Step } from './intake-values';

/**
 * A half-done intake kept in this browser's localStorage, one per user, so a worker interrupted
 * mid-intake finds it again. It holds sensitive data on the device: it is dropped when the intake
 * is sent, when the worker discards it, and when older than a week.
 */
export interface IntakeDraft {
  savedAt: string;
  step: Step;
  values: IntakeValues;
}

const PREFIX = 'safereturn.intakeDraft.';
const MAX_AGE_MS = 7 * 24 * 3600_000;

export function draftKey(user: string): string {
  return `${PREFIX}${user}`;
}

function person(value: unknown): PersonValues {
  return { ...emptyPerson(), ...(typeof value === 'object' && value ? (value as Partial<PersonValues>) : {}) };
}

export function loadDraft(user: string, now = new Date()): IntakeDraft | null {
  try {
    const raw = localStorage.getItem(draftKey(user));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<IntakeDraft>;
    const savedAt = new Date(draft.savedAt ?? '');
    if (Number.isNaN(savedAt.getTime()) || now.getTime() - savedAt.getTime() > MAX_AGE_MS || !draft.values) {
      localStorage.removeItem(draftKey(user));
      return null;
    }
    // A draft from an older version of the form gets the fields it lacks.
    const values = { ...emptyIntake(now), ...draft.values };
    return {
      savedAt: savedAt.toISOString(),
      step: STEPS.includes(draft.step as Step) ? (draft.step as Step) : 'handover',
      values: {
        ...values,
        person: person(values.person),
        accompanyingChildren: Array.isArray(values.accompanyingChildren) ? values.accompanyingChildren.map(person) : [],
      },
    };
  } catch {
    return null;
  }
}

/** Saves the draft; false when the browser refuses (private mode, storage full). */
export function saveDraft(user: string, step: Step, values: IntakeValues, now = new Date()): string | null {
  try {
    const savedAt = now.toISOString();
    localStorage.setItem(draftKey(user), JSON.stringify({ savedAt, step, values } satisfies IntakeDraft));
    return savedAt;
  } catch {
    return null;
  }
}

export function clearDraft(user: string): void {
  try {
    localStorage.removeItem(draftKey(user));
  } catch {
    // Nothing to do: storage is unavailable, so nothing was kept either.
  }
}
