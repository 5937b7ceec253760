import { emptyIntake, emptyPerson, STEPS, type IntakeValues, type PersonValues, type Step } from './intake-values';

/**
 * A half-done intake, one per user, kept on the server (encrypted, its author's only, a week from
 * the last save) so a worker interrupted mid-intake finds it again on any device. Nothing of it
 * stays in the browser.
 */
export interface IntakeDraft {
  savedAt: string;
  step: Step;
  values: IntakeValues;
}

/** What the form does with its draft: the page keeps it on the server. */
export interface DraftControls {
  /** The draft found when the form opened. */
  restored: IntakeDraft | null;
  /** When the server last kept it, this visit. */
  savedAt: string | null;
  /** Another tab or device saved the draft since this one did: this tab no longer saves it. */
  conflict: boolean;
  /** Keeps the form as it is now: soon (while typing), or at once. */
  save: (step: Step, values: IntakeValues, now?: boolean) => void;
  discard: () => void;
}

function person(value: unknown): PersonValues {
  return { ...emptyPerson(), ...(typeof value === 'object' && value ? (value as Partial<PersonValues>) : {}) };
}

/** A draft as the server answers it, with the fields a newer form has and an older draft lacks. */
export function draftFrom(server: { step?: string; values?: unknown; savedAt?: string } | null | undefined, now = new Date()): IntakeDraft | null {
  if (!server || typeof server.values !== 'object' || server.values === null || !server.savedAt) return null;
  const values = { ...emptyIntake(now), ...(server.values as Partial<IntakeValues>) };
  return {
    savedAt: server.savedAt,
    step: STEPS.includes(server.step as Step) ? (server.step as Step) : 'handover',
    values: {
      ...values,
      person: person(values.person),
      accompanyingChildren: Array.isArray(values.accompanyingChildren) ? values.accompanyingChildren.map(person) : [],
    },
  };
}
