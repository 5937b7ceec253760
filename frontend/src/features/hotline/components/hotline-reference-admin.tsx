import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxField, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { OrganizationField } from '@/components/ui/organization-field';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { isApiProblem } from '@/lib/api/problem';
import { useCategories, useLines } from '../api/get-reference';
import { useSaveCategory, useSaveLine, type CategoryRequest, type LineRequest } from '../api/manage-reference';
import type { Category, Line } from '../types';

/** Errors of one field from a 422, by the API's field name. */
function errorsOf(error: unknown, field: string): string[] | undefined {
  if (!isApiProblem(error)) return undefined;
  const messages = error.errors.filter((e) => e.field === field).map((e) => e.message);
  return messages.length ? messages : undefined;
}

/** The hotlines and the contact taxonomy, as admins keep them. */
export function HotlineReferenceAdmin() {
  const { t } = useTranslation();
  const lines = useLines();
  const categories = useCategories();
  const [line, setLine] = useState<Line | 'new' | null>(null);
  const [category, setCategory] = useState<Category | 'new' | null>(null);
  return (
    <>
      <PageHeader title={t('hotline.admin.title')} subtitle={t('hotline.admin.intro')} />
      <section className="ticket-section" aria-labelledby="admin-lines">
        <h2 id="admin-lines">{t('hotline.admin.lines')}</h2>
        <button type="button" className="button" onClick={() => setLine('new')}>
          {t('hotline.admin.addLine')}
        </button>
        {lines.isPending ? (
          <Loading />
        ) : lines.isError ? (
          <ProblemAlert error={lines.error} onRetry={() => void lines.refetch()} />
        ) : (
          <table className="table" role="table" aria-label={t('hotline.admin.lines')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('hotline.admin.code')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.number')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.nameVi')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.hours')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.active')}</th>
                <th scope="col" role="columnheader"><span className="visually-hidden">{t('hotline.admin.edit')}</span></th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {lines.data.map((l) => (
                <tr role="row" key={l.id}>
                  <Td label={t('hotline.admin.code')}>{l.code}</Td>
                  <Td label={t('hotline.admin.number')}>{l.number}</Td>
                  <Td label={t('hotline.admin.nameVi')}>{l.nameVi}</Td>
                  <Td label={t('hotline.admin.hours')}>{l.hours}</Td>
                  <Td label={t('hotline.admin.active')}>{l.active ? t('hotline.admin.yes') : t('hotline.admin.no')}</Td>
                  <Td label={t('hotline.admin.edit')}>
                    <button type="button" className="button button--small" onClick={() => setLine(l)}>
                      {t('hotline.admin.edit')} {l.code}
                    </button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="ticket-section" aria-labelledby="admin-categories">
        <h2 id="admin-categories">{t('hotline.admin.categories')}</h2>
        <button type="button" className="button" onClick={() => setCategory('new')}>
          {t('hotline.admin.addCategory')}
        </button>
        {categories.isPending ? (
          <Loading />
        ) : categories.isError ? (
          <ProblemAlert error={categories.error} onRetry={() => void categories.refetch()} />
        ) : (
          <table className="table" role="table" aria-label={t('hotline.admin.categories')}>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('hotline.admin.code')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.nameVi')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.nameEn')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.shortcut')}</th>
                <th scope="col" role="columnheader">{t('hotline.admin.active')}</th>
                <th scope="col" role="columnheader"><span className="visually-hidden">{t('hotline.admin.edit')}</span></th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {categories.data.map((c) => (
                <tr role="row" key={c.code}>
                  <Td label={t('hotline.admin.code')}>{c.code}</Td>
                  <Td label={t('hotline.admin.nameVi')}>{c.nameVi}</Td>
                  <Td label={t('hotline.admin.nameEn')}>{c.nameEn}</Td>
                  <Td label={t('hotline.admin.shortcut')}>{c.shortcut ? `Alt+${c.shortcut}` : t('common.none')}</Td>
                  <Td label={t('hotline.admin.active')}>{c.active ? t('hotline.admin.yes') : t('hotline.admin.no')}</Td>
                  <Td label={t('hotline.admin.edit')}>
                    <button type="button" className="button button--small" onClick={() => setCategory(c)}>
                      {t('hotline.admin.edit')} {c.code}
                    </button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {line && <LineDialog line={line === 'new' ? null : line} onClose={() => setLine(null)} />}
      {category && <CategoryDialog category={category === 'new' ? null : category} onClose={() => setCategory(null)} />}
    </>
  );
}

function LineDialog({ line, onClose }: { line: Line | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLine();
  const [body, setBody] = useState<LineRequest>({
    code: line?.code ?? '',
    number: line?.number ?? '',
    nameVi: line?.nameVi ?? '',
    nameEn: line?.nameEn ?? '',
    organizationId: line?.organizationId ?? '',
    hours: line?.hours ?? '24/7',
    active: line?.active ?? true,
  });
  const set = <K extends keyof LineRequest>(key: K, value: LineRequest[K]) => setBody((b) => ({ ...b, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: line?.id, version: line?.version, body }, { onSuccess: onClose });
  };
  const e = (field: string) => errorsOf(save.error, field);
  return (
    <Dialog title={line ? t('hotline.admin.editLine', { code: line.code }) : t('hotline.admin.addLine')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={save.isPending}>
        {save.isError && <ProblemAlert error={save.error} />}
        <TextField id="line-code" label={t('hotline.admin.code')} value={body.code} required errors={e('code')} onChange={(ev) => set('code', ev.target.value.toUpperCase())} />
        <TextField id="line-number" label={t('hotline.admin.number')} value={body.number} required inputMode="numeric" errors={e('number')} onChange={(ev) => set('number', ev.target.value)} />
        <TextField id="line-nameVi" label={t('hotline.admin.nameVi')} value={body.nameVi} required errors={e('nameVi')} onChange={(ev) => set('nameVi', ev.target.value)} />
        <TextField id="line-nameEn" label={t('hotline.admin.nameEn')} value={body.nameEn} required errors={e('nameEn')} onChange={(ev) => set('nameEn', ev.target.value)} />
        <OrganizationField id="line-organization" label={t('hotline.admin.organizationId')} value={body.organizationId} required
          emptyLabel={t('hotline.admin.chooseOrganization')} errors={e('organizationId')} onChange={(id) => set('organizationId', id)} />
        <TextField id="line-hours" label={t('hotline.admin.hours')} value={body.hours} required errors={e('hours')} onChange={(ev) => set('hours', ev.target.value)} />
        <CheckboxField id="line-active" label={t('hotline.admin.active')} checked={body.active} onChange={(ev) => set('active', ev.target.checked)} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('hotline.admin.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('hotline.steps.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CategoryDialog({ category, onClose }: { category: Category | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCategory();
  const [code, setCode] = useState(category?.code ?? '');
  const [body, setBody] = useState<CategoryRequest>({
    nameVi: category?.nameVi ?? '',
    nameEn: category?.nameEn ?? '',
    shortcut: category?.shortcut ?? undefined,
    position: category?.position ?? 100,
    active: category?.active ?? true,
  });
  const set = <K extends keyof CategoryRequest>(key: K, value: CategoryRequest[K]) => setBody((b) => ({ ...b, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ code: code.trim(), version: category?.version, body }, { onSuccess: onClose });
  };
  const e = (field: string) => errorsOf(save.error, field);
  return (
    <Dialog title={category ? t('hotline.admin.editCategory', { code: category.code }) : t('hotline.admin.addCategory')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={save.isPending}>
        {save.isError && <ProblemAlert error={save.error} />}
        <TextField id="category-code" label={t('hotline.admin.code')} value={code} required disabled={!!category} errors={e('code')}
          hint={t('hotline.admin.codeHint')} onChange={(ev) => setCode(ev.target.value.toUpperCase())} />
        <TextField id="category-nameVi" label={t('hotline.admin.nameVi')} value={body.nameVi} required errors={e('nameVi')} onChange={(ev) => set('nameVi', ev.target.value)} />
        <TextField id="category-nameEn" label={t('hotline.admin.nameEn')} value={body.nameEn} required errors={e('nameEn')} onChange={(ev) => set('nameEn', ev.target.value)} />
        <TextField id="category-shortcut" label={t('hotline.admin.shortcut')} value={body.shortcut ?? ''} maxLength={1} errors={e('shortcut')}
          onChange={(ev) => set('shortcut', ev.target.value.toUpperCase() || undefined)} />
        <TextField id="category-position" label={t('hotline.admin.position')} value={String(body.position)} inputMode="numeric" errors={e('position')}
          onChange={(ev) => set('position', Number.parseInt(ev.target.value, 10) || 0)} />
        <CheckboxField id="category-active" label={t('hotline.admin.active')} checked={body.active} onChange={(ev) => set('active', ev.target.checked)} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending || !code.trim()}>
            {t('hotline.admin.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('hotline.steps.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
