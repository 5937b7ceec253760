import { PlaceName } from '@/components/ui/place-field';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationName } from '@/lib/api/organizations';
import type { IntakeValues, PersonValues, Step } from './intake-values';
import { useCaseLabels } from './use-case-labels';

interface IntakeReviewProps {
  values: IntakeValues;
  stepLabels: Record<Step, string>;
  onEdit: (step: Step) => void;
}

/** The intake as it will be sent, step by step, each with a way back to change it. */
export function IntakeReview({ values, stepLabels, onEdit }: IntakeReviewProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const organizationName = useOrganizationName();
  const none = t('common.none');
  const show = (value: string) => value.trim() || none;

  const section = (step: Step, body: ReactNode) => (
    <section className="review__section" aria-labelledby={`review-${step}`}>
      <div className="section-header">
        <h3 id={`review-${step}`}>{stepLabels[step]}</h3>
        <button type="button" className="button button--small" onClick={() => onEdit(step)}>
          {t('cases.intake.editStep', { step: stepLabels[step] })}
        </button>
      </div>
      {body}
    </section>
  );
  const person = (p: PersonValues) => (
    <dl className="facts">
      <dt>{t('cases.person.fullName')}</dt>
      <dd>{show(p.fullName)}</dd>
      {p.otherNames.trim() && (
        <>
          <dt>{t('cases.person.otherNames')}</dt>
          <dd>{p.otherNames}</dd>
        </>
      )}
      <dt>{t('cases.person.sex')}</dt>
      <dd>{labels.sex(p.sex)}</dd>
      <dt>{p.birthDate ? t('cases.person.birthDate') : t('cases.person.estimatedAge')}</dt>
      <dd>{p.birthDate ? labels.date(p.birthDate) : show(p.estimatedAge)}</dd>
      <dt>{t('cases.person.nationality')}</dt>
      <dd>{p.stateless ? t('cases.person.stateless') : show(labels.country(p.nationality.trim()))}</dd>
      <dt>{t('cases.person.idDocumentType')}</dt>
      <dd>
        {labels.idDocumentType(p.idDocumentType)}
        {p.idDocumentType !== 'NONE' && p.idDocumentNumber.trim() && ` · ${p.idDocumentNumber.trim()}`}
      </dd>
      <dt>{t('cases.person.homePlaceCode')}</dt>
      <dd>{p.homePlaceCode ? <PlaceName code={p.homePlaceCode} /> : show(p.homePlaceCode)}</dd>
      <dt>{t('cases.person.phone')}</dt>
      <dd>{show(p.phone)}</dd>
      <dt>{t('cases.person.languages')}</dt>
      <dd>{show(p.languages.split(',').map((code) => code.trim()).filter(Boolean).map(labels.language).join(', '))}</dd>
      <dt>{t('cases.person.disabilities')}</dt>
      <dd>{show(p.disabilities)}</dd>
    </dl>
  );

  return (
    <div className="review">
      <p>{t('cases.intake.reviewHint')}</p>
      {section(
        'handover',
        <dl className="facts">
          <dt>{t('cases.fields.channel')}</dt>
          <dd>{values.channel ? labels.channel(values.channel) : none}</dd>
          <dt>{t('cases.fields.handingOverOrganization')}</dt>
          <dd>{organizationName(values.handingOverOrganizationId) || none}</dd>
          <dt>{t('cases.fields.handoverDocumentNumber')}</dt>
          <dd>{show(values.handoverDocumentNumber)}</dd>
          <dt>{t('cases.fields.receivedAt')}</dt>
          <dd>{values.receivedAt ? labels.dateTime(values.receivedAt) : none}</dd>
          <dt>{t('cases.fields.placeFoundCode')}</dt>
          <dd>{values.placeFoundCode ? <PlaceName code={values.placeFoundCode} /> : show(values.placeFoundCode)}</dd>
          <dt>{t('cases.fields.placeFoundDescription')}</dt>
          <dd>{show(values.placeFoundDescription)}</dd>
        </dl>,
      )}
      {section('person', person(values.person))}
      {section(
        'children',
        values.accompanyingChildren.length === 0 ? (
          <p className="muted">{none}</p>
        ) : (
          values.accompanyingChildren.map((child, i) => (
            <div key={i}>
              <h4>{t('cases.intake.child', { number: i + 1 })}</h4>
              {person(child)}
            </div>
          ))
        ),
      )}
      {section(
        'story',
        <dl className="facts">
          <dt>{t('cases.fields.category')}</dt>
          <dd>{values.category ? labels.category(values.category) : none}</dd>
          <dt>{t('cases.fields.narrative')}</dt>
          <dd className="prewrap">{show(values.narrative)}</dd>
        </dl>,
      )}
    </div>
  );
}
