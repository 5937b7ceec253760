import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../types';

/** `fieldGroups` as the API writes it: a comma-separated text. */
export function fieldGroupCodes(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * One audit event as a sentence: "Nguyễn Thị Lan xem hồ sơ QN-2026-000003 — nhóm thông tin:
 * nhân thân". The actor by name (their user name for older events), the action in words, the
 * record by its own name (its id only when it has none), linked when the reader may open it.
 */
export function AuditSentence({ event, linkCases }: { event: AuditEvent; linkCases: boolean }) {
  const { t, i18n } = useTranslation();
  const raw = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const phrase = event.action && i18n.exists(`audit.actions.${event.action}`) ? raw(`audit.actions.${event.action}`) : event.action;
  const groups = fieldGroupCodes(event.fieldGroups)
    .map((code) => (i18n.exists(`enums.fieldGroup.${code}`) ? raw(`enums.fieldGroup.${code}`).toLocaleLowerCase(i18n.language) : code))
    .join(', ');
  const label = event.recordLabel ?? (event.recordId === 'list' ? null : event.recordId);
  const record =
    label && linkCases && event.recordType === 'CASE' && event.recordId ? (
      <Link to={`/cases/${event.recordId}`}>{label}</Link>
    ) : (
      label
    );
  return (
    <span className="audit-sentence">
      <strong>{event.actorName || event.actorUsername}</strong> {phrase}
      {record && <> {record}</>}
      {groups && <span className="muted"> — {raw('audit.groupsRead', { groups })}</span>}
    </span>
  );
}
