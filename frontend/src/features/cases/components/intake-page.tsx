import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem } from '@/lib/api/problem';
import { useCreateIntake } from '../api/create-intake';
import { useDiscardIntakeDraft, useMyIntakeDraft, useSaveIntakeDraft } from '../api/intake-draft';
import { draftFrom, type DraftControls } from './intake-draft';
import { IntakeForm } from './intake-form';
import type { IntakeValues, Step } from './intake-values';

/** An intake started from a record of another feature (a hotline ticket, a club's referral): its values and the link the server makes. */
export interface IntakeSource {
  initial: IntakeValues;
  link: { hotlineTicketId: string } | { fromReferralId: string };
  title: string;
  intro: string;
}

/** How long typing may pause before the draft is kept on the server. */
export const DRAFT_SAVE_DELAY_MS = 1500;

/**
 * Keeps the author's half-done intake on the server: a save shortly after typing pauses, or at
 * once when asked, each over the version this tab last saved (If-Match). When another tab or
 * device saved it since, the server answers 412 and this tab stops saving rather than overwrite
 * it. The server removes it when the intake is sent.
 */
function useServerDraft(enabled: boolean): { controls: DraftControls; pending: boolean; error: unknown; retry: () => void } {
  const query = useMyIntakeDraft(enabled);
  const save = useSaveIntakeDraft();
  const discard = useDiscardIntakeDraft();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The version this tab last read or saved; undefined while there is no draft on the server.
  const version = useRef<number | undefined>(undefined);
  useEffect(() => {
    version.current = query.data?.version;
  }, [query.data]);
  const restored = useMemo(() => draftFrom(query.data), [query.data]);
  const { mutate: put } = save;
  const keep = useCallback(
    (step: Step, values: IntakeValues, now = false) => {
      clearTimeout(timer.current);
      if (conflict) return;
      const send = () =>
        put(
          { body: { step, values: values as unknown as Record<string, unknown> }, version: version.current },
          {
            onSuccess: (kept) => {
              version.current = kept.version;
              setSavedAt(kept.savedAt ?? null);
            },
            onError: (error) => {
              if (isApiProblem(error) && error.status === 412) setConflict(true);
            },
          },
        );
      if (now) send();
      else timer.current = setTimeout(send, DRAFT_SAVE_DELAY_MS);
    },
    [put, conflict],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    controls: {
      restored,
      savedAt,
      conflict,
      save: keep,
      discard: () => {
        clearTimeout(timer.current);
        setSavedAt(null);
        discard.mutate(version.current, {
          onSuccess: () => {
            version.current = undefined;
          },
          onError: (error) => {
            if (isApiProblem(error) && error.status === 412) setConflict(true);
          },
        });
      },
    },
    pending: enabled && query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
  };
}

/** Records an intake; the new case opens with the possible duplicates the server found. */
export function IntakePage({ source }: { source?: IntakeSource } = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIntake();
  const draft = useServerDraft(!source);
  if (draft.pending) return <Loading />;
  return (
    <>
      <PageHeader title={source?.title ?? t('cases.intake.title')} subtitle={source?.intro} />
      {draft.error ? <ProblemAlert error={draft.error} onRetry={draft.retry} /> : null}
      <IntakeForm
        initial={source?.initial}
        draft={source ? undefined : draft.controls}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(source ? { ...body, ...source.link } : body, {
            onSuccess: ({ data }) => {
              navigate(`/cases/${data.id}`, {
                state: {
                  notice: t('cases.intake.created', { number: data.caseNumber }),
                  possibleDuplicates: data.possibleDuplicates ?? [],
                },
              });
            },
          })
        }
      />
    </>
  );
}
