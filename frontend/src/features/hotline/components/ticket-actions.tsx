import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { ChoiceGroup, SelectField, TextAreaField } from '@/components/ui/form-fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCategories, useTicketHandlers } from '../api/get-reference';
import { isRace, useTicketStep, type TicketStepInput } from '../api/ticket-step';
import { OUTCOMES, URGENCIES } from '../enums';
import { allowedSteps, type TicketAct } from '../transitions';
import type { Outcome, Ticket, Urgency, Versioned } from '../types';
import { useHotlineLabels } from './use-hotline-labels';

/** The steps the ticket's status allows, each a button; most open a short dialog. */
export function TicketActions({ ticket }: { ticket: Versioned<Ticket> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TicketAct | null>(null);
  const id = ticket.data.id ?? '';
  const steps = allowedSteps(ticket.data.status);
  if (steps.length === 0 || ticket.data.deidentified) return null;
  return (
    <div className="actions" role="group" aria-label={t('hotline.page.facts')}>
      {steps.map((act) =>
        act === 'escalate' ? (
          <Link key={act} className="button button--primary" to={`/hotline/tickets/${id}/intake`}>
            {t('hotline.steps.escalate')}
          </Link>
        ) : (
          <button key={act} type="button" className="button" onClick={() => setOpen(act)}>
            {t(`hotline.steps.${act}`)}
          </button>
        ),
      )}
      {open && open !== 'escalate' && <StepDialog act={open} ticket={ticket} onClose={() => setOpen(null)} />}
    </div>
  );
}

function StepDialog({ act, ticket, onClose }: { act: Exclude<TicketAct, 'escalate'>; ticket: Versioned<Ticket>; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useHotlineLabels();
  const step = useTicketStep(ticket.data.id ?? '');
  const categories = useCategories();
  const handlers = useTicketHandlers(act === 'assign');
  const [note, setNote] = useState('');
  const [urgency, setUrgency] = useState<Urgency>(ticket.data.urgency ?? 'NORMAL');
  const [codes, setCodes] = useState<string[]>([...(ticket.data.categories ?? [])]);
  const [assignee, setAssignee] = useState(ticket.data.assignee?.subject ?? '');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [missing, setMissing] = useState<string | null>(null);

  const body = (): TicketStepInput | null => {
    const text = note.trim() || undefined;
    switch (act) {
      case 'triage':
        return codes.length ? { act, body: { urgency, categories: codes, note: text } } : null;
      case 'assign':
        return assignee ? { act, body: { assigneeSubject: assignee } } : null;
      case 'resolve':
        return outcome ? { act, body: { outcome, note: text } } : null;
      case 'reopen':
        return text ? { act, body: { note: text } } : null;
      default:
        return { act, body: { note: text } };
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = body();
    setMissing(input ? null : t('common.requiredField'));
    if (input) step.mutate({ etag: ticket.etag, step: input }, { onSuccess: onClose });
  };

  let fields: ReactNode = null;
  if (act === 'triage') {
    fields = (
      <>
        <ChoiceGroup id="triage-urgency" legend={t('hotline.list.urgency')} type="radio" value={[urgency]}
          options={URGENCIES.map((u) => ({ value: u, label: labels.urgency(u) }))} onChange={(next) => next[0] && setUrgency(next[0])} />
        <ChoiceGroup id="triage-categories" legend={t('hotline.list.category')} type="checkbox" value={codes} required
          options={(categories.data ?? []).filter((c) => c.active !== false).map((c) => ({ value: c.code ?? '', label: labels.category(c.code, categories.data) }))}
          onChange={setCodes} errors={missing ? [missing] : undefined} />
      </>
    );
  } else if (act === 'assign') {
    fields = handlers.isError ? (
      <ProblemAlert error={handlers.error} onRetry={() => void handlers.refetch()} />
    ) : (
      <SelectField id="assign-subject" label={t('hotline.steps.assignee')} value={assignee} required
        errors={missing ? [missing] : undefined} onChange={(e) => setAssignee(e.target.value)}>
        <option value="">{t('hotline.steps.chooseAssignee')}</option>
        {(handlers.data ?? []).map((m) => (
          <option key={m.subject} value={m.subject}>
            {m.name}
          </option>
        ))}
      </SelectField>
    );
  } else if (act === 'resolve') {
    fields = (
      <SelectField id="resolve-outcome" label={t('hotline.steps.outcome')} value={outcome} required
        errors={missing ? [missing] : undefined} onChange={(e) => setOutcome(e.target.value as Outcome)}>
        <option value="">{t('common.none')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {labels.outcome(o)}
          </option>
        ))}
      </SelectField>
    );
  }
  const noteRequired = act === 'reopen';
  return (
    <Dialog title={t(`hotline.steps.${act}`)} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={step.isPending}>
        {step.isError && (
          <ProblemAlert error={step.error}>{isRace(step.error) ? <span>{t('hotline.steps.race')}</span> : null}</ProblemAlert>
        )}
        {fields}
        {act !== 'assign' && (
          <TextAreaField id={`step-note-${act}`} label={noteRequired ? t('hotline.steps.reason') : t('hotline.steps.note')} rows={3}
            value={note} maxLength={2000} required={noteRequired} onChange={(e) => setNote(e.target.value)}
            errors={noteRequired && missing ? [missing] : undefined} />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={step.isPending}>
            {t('hotline.steps.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('hotline.steps.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
