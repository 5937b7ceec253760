import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('app.notFoundTitle')} />
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link to="/">{t('app.home')}</Link>
      </p>
    </>
  );
}
