import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { useMe } from '@/lib/auth/get-me';
import { useCreateIntake } from '../api/create-intake';
import { clearDraft } from './intake-draft';
import { IntakeForm } from './intake-form';
import type { IntakeValues } from './intake-values';

/** An intake started from a record of another feature (a hotline ticket): its values and the link the server makes. */
export interface IntakeSource {
  initial: IntakeValues;
  hotlineTicketId: string;
  title: string;
  intro: string;
}

/** Records an intake; the new case opens with the possible duplicates the server found. */
export function IntakePage({ source }: { source?: IntakeSource } = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateIntake();
  const user = me.data?.subject ?? me.data?.username;
  if (!user) return <Loading />;
  return (
    <>
      <PageHeader title={source?.title ?? t('cases.intake.title')} subtitle={source?.intro} />
      <IntakeForm
        user={user}
        initial={source?.initial}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(source ? { ...body, hotlineTicketId: source.hotlineTicketId } : body, {
            onSuccess: ({ data }) => {
              if (!source) clearDraft(user);
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
