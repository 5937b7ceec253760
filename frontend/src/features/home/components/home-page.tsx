import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { useMe } from '@/lib/auth/get-me';
import { hasAnyRole } from '@/lib/auth/roles';
import { useCounts, type HomeCounts } from '../api/get-counts';
import { useInactiveOrganizations, useMyCases } from '../api/get-my-cases';
import { CASEWORK_ROLES, COUNT_ROLES } from '../roles';

/** Each count with its label and the list it opens, the most pressing first. */
const TILES = [
  { key: 'emergencyTickets', label: 'home.tiles.emergencyTickets', to: '/hotline/tickets?view=open&urgency=EMERGENCY', urgent: true },
  { key: 'overdueVerifications', label: 'home.tiles.overdueVerifications', to: '/cases?view=overdue', urgent: true },
  { key: 'overdueReferrals', label: 'home.tiles.overdueReferrals', to: '/referrals?direction=incoming&status=SENT&overdue=true', urgent: true },
  { key: 'newReferrals', label: 'home.tiles.newReferrals', to: '/referrals?direction=incoming&status=SENT', urgent: false },
  { key: 'visitsDue', label: 'home.tiles.visitsDue', to: '/cases?view=visitDue', urgent: false },
  { key: 'myOpenTickets', label: 'home.tiles.myOpenTickets', to: '/hotline/tickets?view=mine', urgent: false },
] as const satisfies readonly { key: keyof HomeCounts; label: string; to: string; urgent: boolean }[];

/**
 * The page everyone lands on: what waits for them, each item a link to the list or record it is
 * about. Workers and supervisors see the counts and their own cases by deadline, operators the
 * calls waiting, partners their inbox, admins the directory's inactive organizations, analysts and
 * coordinators the way to their pages.
 */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const counts = useCounts(hasAnyRole(roles, COUNT_ROLES));
  const casework = hasAnyRole(roles, CASEWORK_ROLES);
  const myCases = useMyCases(casework);
  const admin = hasAnyRole(roles, ['admin']);
  const inactive = useInactiveOrganizations(admin);
  const cases = myCases.data?.items ?? [];
  const inactiveItems = inactive.data?.items ?? [];
  const tiles = TILES.filter((tile) => counts.data && counts.data[tile.key] !== null && counts.data[tile.key] !== undefined);

  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      {me.data && <p>{t('home.greeting', { name: me.data.name || me.data.username })}</p>}
      {hasAnyRole(roles, COUNT_ROLES) && (
        <>
          <p className="muted">{t('home.intro')}</p>
          {counts.isPending && <p role="status">{t('home.loading')}</p>}
          {counts.error && <ProblemAlert error={counts.error} />}
          {tiles.length > 0 && (
            <ul className="home__tiles">
              {tiles.map((tile) => {
                const n = counts.data![tile.key] ?? 0;
                return (
                  <li key={tile.key} className={n > 0 && tile.urgent ? 'home__tile home__tile--urgent' : 'home__tile'}>
                    <Link to={tile.to}>
                      <span className="home__count">{n > 0 ? format.number(n) : t('home.nothingWaiting')}</span>
                      <span className="home__label">{t(tile.label)}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}

      {casework && (
        <section aria-labelledby="home-my-cases">
          <h2 id="home-my-cases">{t('home.myCases')}</h2>
          {myCases.isPending && <p role="status">{t('home.loading')}</p>}
          {myCases.error && <ProblemAlert error={myCases.error} />}
          {myCases.data && cases.length === 0 && <p className="muted">{t('home.myCasesEmpty')}</p>}
          {cases.length > 0 && (
            <ul className="home__list">
              {cases.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>
                    {c.caseNumber} — {c.personName}
                  </Link>{' '}
                  <span className={c.verificationOverdue ? 'badge badge--danger' : 'muted'}>
                    {c.verificationOverdue ? t('home.overdue') : t('home.due', { date: format.dateTime(c.verificationDueAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/cases?view=mine">{t('home.allMyCases')}</Link>
          </p>
        </section>
      )}

      {hasAnyRole(roles, ['hotline-operator']) && (
        <p>
          <Link className="button" to="/hotline">
            {t('home.console')}
          </Link>
        </p>
      )}
      {hasAnyRole(roles, ['partner']) && (
        <p>
          <Link className="button" to="/referrals?direction=incoming">
            {t('home.inbox')}
          </Link>
        </p>
      )}

      {admin && (
        <section aria-labelledby="home-inactive">
          <h2 id="home-inactive">{t('home.inactiveOrganizations')}</h2>
          {inactive.error && <ProblemAlert error={inactive.error} />}
          {inactive.data && inactiveItems.length === 0 && <p className="muted">{t('home.inactiveEmpty')}</p>}
          {inactiveItems.length > 0 && (
            <ul className="home__list">
              {inactiveItems.map((o) => (
                <li key={o.id}>
                  <Link to={`/directory/organizations/${o.id}`}>{o.nameVi}</Link>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/directory/organizations">{t('home.directory')}</Link>
          </p>
        </section>
      )}

      {hasAnyRole(roles, ['analyst', 'supervisor']) && (
        <section aria-labelledby="home-oversight">
          <h2 id="home-oversight">{t('home.oversight')}</h2>
          <ul className="home__list">
            <li>
              <Link to="/plans">{t('home.plans')}</Link>
            </li>
            <li>
              <Link to="/reports">{t('home.reports')}</Link>
            </li>
          </ul>
        </section>
      )}
      {hasAnyRole(roles, ['club-coordinator']) && (
        <p>
          <Link className="button" to="/clubs">
            {t('home.clubs')}
          </Link>
        </p>
      )}
    </section>
  );
}
