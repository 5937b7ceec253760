import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunes, usePlace, usePlaceLabel, useProvinces } from '@/lib/api/places';
import { describedBy, FieldsetShell } from './form-fields';

interface PlaceFieldProps {
  /** The id of the commune's select, which field errors point at. */
  id: string;
  label: string;
  /** The unit's code: a commune's, or a province's where the whole province may be chosen. */
  value: string;
  onChange: (code: string) => void;
  hint?: string;
  errors?: string[];
  required?: boolean;
  /** Whether the province alone is an answer (where only that is known). */
  provinceAllowed?: boolean;
}

/**
 * A place chosen by name, never typed as a code: the province (the 34 units of 1 July 2025), then
 * its commune, ward or special zone, searched by part of its name with accents optional.
 */
export function PlaceField({ id, label, value, onChange, hint, errors, required, provinceAllowed }: PlaceFieldProps) {
  const { t } = useTranslation();
  const nameOf = usePlaceLabel();
  const provinces = useProvinces();
  const current = usePlace(value || null);
  const [province, setProvince] = useState('');
  const [q, setQ] = useState('');
  const communes = useCommunes(province, q);

  // A value given from outside (a draft, a record) opens at its province.
  useEffect(() => {
    const place = current.data;
    if (!place?.code) return;
    setProvince(place.parentCode ?? place.code);
  }, [current.data]);

  const commune = current.data?.parentCode ? value : '';
  const invalid = !!errors?.length;
  const chosenProvince = provinces.data?.find((p) => p.code === province);
  const offered = communes.data ?? [];
  const chosenCommune = offered.find((c) => c.code === commune) ?? (current.data?.parentCode ? current.data : undefined);

  return (
    <FieldsetShell id={id} label={label} hint={hint} errors={errors} required={required} className="place-field">
      <label htmlFor={`${id}-province`}>{t('places.province')}</label>
      <select
        id={`${id}-province`}
        value={province}
        disabled={provinces.isPending}
        onChange={(event) => {
          setProvince(event.target.value);
          setQ('');
          onChange(provinceAllowed ? event.target.value : '');
        }}
      >
        <option value="">{provinces.isPending ? t('app.loading') : t('places.chooseProvince')}</option>
        {(provinces.data ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {nameOf(p)}
          </option>
        ))}
      </select>
      {province && (
        <>
          <label htmlFor={`${id}-q`}>{t('places.search')}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(event) => setQ(event.target.value)} autoComplete="off" />
          <label htmlFor={id}>{t('places.commune')}</label>
          <select
            id={id}
            name={id}
            value={commune}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(id, hint, errors)}
            aria-busy={communes.isFetching || undefined}
            onChange={(event) => onChange(event.target.value || (provinceAllowed ? province : ''))}
          >
            <option value="">{provinceAllowed ? t('places.wholeProvince') : t('places.chooseCommune')}</option>
            {chosenCommune && !offered.some((c) => c.code === chosenCommune.code) && (
              <option value={chosenCommune.code}>{nameOf(chosenCommune)}</option>
            )}
            {offered.map((c) => (
              <option key={c.code} value={c.code}>
                {nameOf(c)}
              </option>
            ))}
          </select>
          {communes.data && offered.length === 0 && <p className="muted">{t('places.noMatch')}</p>}
        </>
      )}
      {value && (chosenCommune || chosenProvince) && (
        <p className="muted" role="status">
          {t('places.chosen', {
            place: chosenCommune ? `${nameOf(chosenCommune)}, ${nameOf(chosenProvince)}` : nameOf(chosenProvince),
          })}
        </p>
      )}
    </FieldsetShell>
  );
}

/** A unit's name for its code (the code itself until the name is known). */
export function PlaceName({ code }: { code: string | null | undefined }) {
  const place = usePlace(code);
  const nameOf = usePlaceLabel();
  if (!code) return null;
  return <>{place.data ? nameOf(place.data) : code}</>;
}
