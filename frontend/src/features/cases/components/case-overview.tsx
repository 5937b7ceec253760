import { PlaceName } from '@/components/ui/place-field';
import { PrintButton } from '@/components/ui/print-button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganizationName } from '@/lib/api/organizations';
import { printCaseRecord } from '../api/print-case-record';
import type { CaseView, PersonView } from '../types';
import { useCaseLabels } from './use-case-labels';

/** The case at a glance: the person, accompanying children, intake, identification and handover. */
export function CaseOverview({ caseView, narrativeHidden }: { caseView: CaseView; narrativeHidden: boolean }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const organizationName = useOrganizationName();
  const none = t('common.none');
  const identification = caseView.identification;
  const handover = caseView.handover;
  const children = caseView.accompanyingChildren ?? [];

  const person = (p: PersonView) => (
    <dl className="facts">
      <dt>{t('cases.person.fullName')}</dt>
      <dd>{p.fullName || none}</dd>
      {p.otherNames && p.otherNames.length > 0 && (
        <>
          <dt>{t('cases.person.otherNames')}</dt>
          <dd>{p.otherNames.join(', ')}</dd>
        </>
      )}
      <dt>{t('cases.person.sex')}</dt>
      <dd>{labels.sex(p.sex) || none}</dd>
      <dt>{p.birthDate ? t('cases.person.birthDate') : t('cases.person.estimatedAge')}</dt>
      <dd>{labels.age(p) || none}</dd>
      <dt>{t('cases.person.nationality')}</dt>
      <dd>{p.stateless ? t('cases.person.stateless') : labels.country(p.nationality) || none}</dd>
      <dt>{t('cases.person.idDocumentType')}</dt>
      <dd>
        {labels.idDocumentType(p.idDocumentType) || none}
        {p.idDocumentNumber && ` · ${p.idDocumentNumber}`}
      </dd>
      <dt>{t('cases.person.homePlaceCode')}</dt>
      <dd>{p.homePlaceCode ? <PlaceName code={p.homePlaceCode} /> : none}</dd>
      <dt>{t('cases.person.phone')}</dt>
      <dd>{p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : none}</dd>
      <dt>{t('cases.person.languages')}</dt>
      <dd>{p.languages?.length ? p.languages.map(labels.language).join(', ') : none}</dd>
      <dt>{t('cases.person.disabilities')}</dt>
      <dd>{p.disabilities || none}</dd>
    </dl>
  );

  return (
    <>
      <section aria-labelledby="case-person">
        <h2 id="case-person">{t('cases.page.person')}</h2>
        {caseView.person ? person(caseView.person) : <p className="muted">{none}</p>}
      </section>

      <section aria-labelledby="case-children">
        <h2 id="case-children">{t('cases.page.children')}</h2>
        {children.length === 0 ? (
          <p className="muted">{t('cases.page.notYet')}</p>
        ) : (
          children.map((child, i) => (
            <div key={child.id ?? i}>
              <h3>{t('cases.intake.child', { number: i + 1 })}</h3>
              {person(child)}
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="case-intake">
        <div className="section-heading">
          <h2 id="case-intake">{t('cases.page.intake')}</h2>
          <PrintButton
            label={t('cases.print.receiptRecord')}
            fileName={`bien-ban-tiep-nhan-${caseView.caseNumber}.pdf`}
            load={(client) => printCaseRecord(client, caseView.id!, 'receipt-record')}
          />
        </div>
        <dl className="facts">
          <dt>{t('cases.fields.channel')}</dt>
          <dd>{labels.channel(caseView.channel) || none}</dd>
          <dt>{t('cases.fields.handingOverOrganization')}</dt>
          <dd>{organizationName(caseView.handingOverOrganizationId) || none}</dd>
          <dt>{t('cases.fields.handoverDocumentNumber')}</dt>
          <dd>{caseView.handoverDocumentNumber || none}</dd>
          <dt>{t('cases.fields.receivedAt')}</dt>
          <dd>{labels.dateTime(caseView.receivedAt) || none}</dd>
          <dt>{t('cases.fields.placeFoundCode')}</dt>
          <dd>{caseView.placeFoundCode ? <PlaceName code={caseView.placeFoundCode} /> : none}</dd>
          <dt>{t('cases.fields.placeFoundDescription')}</dt>
          <dd>{caseView.placeFoundDescription || none}</dd>
          <dt>{t('cases.fields.narrative')}</dt>
          <dd className="prewrap">
            {narrativeHidden ? <em className="muted">{t('cases.page.narrativeHidden')}</em> : caseView.narrative || none}
          </dd>
        </dl>
      </section>

      {(caseView.clubLinks ?? []).length > 0 && (
        <section aria-labelledby="case-clubs">
          <h2 id="case-clubs">{t('cases.page.clubLinks')}</h2>
          <ul className="plain-list">
            {(caseView.clubLinks ?? []).map((link) => (
              <li key={link.referralId}>
                <strong>{link.clubName}</strong>:{' '}
                {link.kind === 'MEMBER'
                  ? t('cases.page.clubMember', {
                      group: link.targetGroup ? t(`clubs.groups.${link.targetGroup}` as 'clubs.groups.VICTIM') : '',
                      since: labels.date(link.joinedOn),
                    })
                  : t('cases.page.clubOutreach')}
                {link.leftOn && ` ${t('cases.page.clubLeft', { date: labels.date(link.leftOn) })}`}{' '}
                <Link to={`/referrals/${link.referralId}`}>{t('cases.page.clubReferral')}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="case-identification">
        <h2 id="case-identification">{t('cases.page.identification')}</h2>
        {identification ? (
          <dl className="facts">
            <dt>{t('cases.identify.result')}</dt>
            <dd>{labels.result(identification.result) || none}</dd>
            <dt>{t('cases.identify.decidingOrganization')}</dt>
            <dd>{organizationName(identification.decidingOrganizationId) || none}</dd>
            <dt>{t('cases.identify.decisionDate')}</dt>
            <dd>{labels.date(identification.decisionDate) || none}</dd>
            <dt>{t('cases.identify.documentNumber')}</dt>
            <dd>{identification.documentNumber || none}</dd>
            {identification.reason && (
              <>
                <dt>{t('cases.identify.reason')}</dt>
                <dd className="prewrap">{identification.reason}</dd>
              </>
            )}
            <dt>{t('cases.identify.forms')}</dt>
            <dd>{identification.forms?.length ? identification.forms.map(labels.exploitationForm).join(', ') : none}</dd>
            {identification.labourTypes?.length ? (
              <>
                <dt>{t('cases.identify.labourTypes')}</dt>
                <dd>{identification.labourTypes.map(labels.labourType).join(', ')}</dd>
              </>
            ) : null}
            {identification.sexualExploitationTypes?.length ? (
              <>
                <dt>{t('cases.identify.sexualExploitationTypes')}</dt>
                <dd>{identification.sexualExploitationTypes.map(labels.sexualExploitationType).join(', ')}</dd>
              </>
            ) : null}
            <dt>{t('cases.identify.country')}</dt>
            <dd>{labels.country(identification.countryOfExploitation) || none}</dd>
            <dt>{t('cases.identify.meansOfControl')}</dt>
            <dd>
              {identification.meansOfControl?.length
                ? identification.meansOfControl.map(labels.meansOfControl).join(', ')
                : none}
            </dd>
            <dt>{t('cases.identify.recruiterRelation')}</dt>
            <dd>{labels.recruiterRelation(identification.recruiterRelation) || none}</dd>
          </dl>
        ) : (
          <p className="muted">{t('cases.page.notYet')}</p>
        )}
      </section>

      <section aria-labelledby="case-handover">
        <div className="section-heading">
          <h2 id="case-handover">{t('cases.page.handover')}</h2>
          {handover && (
            <PrintButton
              label={t('cases.print.handoverMinutes')}
              fileName={`bien-ban-ban-giao-${caseView.caseNumber}.pdf`}
              load={(client) => printCaseRecord(client, caseView.id!, 'handover-minutes')}
            />
          )}
        </div>
        {handover ? (
          <dl className="facts">
            <dt>{t('cases.handover.receiver')}</dt>
            <dd>{labels.receiver(handover.receiver) || none}</dd>
            <dt>{t('cases.handover.receiverName')}</dt>
            <dd>{handover.receiverName || none}</dd>
            {handover.receiverOrganizationId && (
              <>
                <dt>{t('cases.handover.receiverOrganization')}</dt>
                <dd>{organizationName(handover.receiverOrganizationId)}</dd>
              </>
            )}
            <dt>{t('cases.handover.documentNumber')}</dt>
            <dd>{handover.documentNumber || none}</dd>
            <dt>{t('cases.handover.handedOverAt')}</dt>
            <dd>{labels.dateTime(handover.handedOverAt) || none}</dd>
            <dt>{t('cases.handover.placeCode')}</dt>
            <dd>{handover.placeCode ? <PlaceName code={handover.placeCode} /> : none}</dd>
          </dl>
        ) : (
          <p className="muted">{t('cases.page.notYet')}</p>
        )}
      </section>
    </>
  );
}
