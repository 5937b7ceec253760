import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { useMe } from '@/lib/auth/get-me';
import { useCreateIntake } from '../api/create-intake';
import { clearDraft } from './intake-draft';
import { IntakeForm } from './intake-form';

/** Records an intake; the new case opens with the possible duplicates the server found. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateIntake();
  const user = me.data?.subject ?? me.data?.username;
  if (!user) return <Loading />;
  return (
    <>
      <PageHeader title={t('cases.intake.title')} />
      <IntakeForm
        user={user}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: ({ data }) => {
              clearDraft(user);
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
