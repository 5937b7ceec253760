import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from './api-client-context';
import { dataOf } from './client';
import type { components } from './schema';

export type Place = components['schemas']['Place'];

const DAY = 24 * 60 * 60_000;

/** The 34 provinces and centrally-run cities (the units of 1 July 2025), in Vietnamese order. */
export function useProvinces() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['places', 'provinces'],
    queryFn: async ({ signal }) => {
      const page = dataOf(await client.GET('/api/v1/places', { params: { query: { size: 200 } }, signal }));
      return sortByName(page.items ?? []);
    },
    staleTime: DAY,
  });
}

/** The communes, wards and special zones of a province whose name holds `q` (accents optional), the first 50. */
export function useCommunes(province: string, q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['places', 'communes', province, q.trim()],
    queryFn: async ({ signal }) => {
      const query = { parent: province, size: 50, ...(q.trim() ? { q: q.trim() } : {}) };
      return sortByName(dataOf(await client.GET('/api/v1/places', { params: { query }, signal })).items ?? []);
    },
    enabled: !!province,
    placeholderData: keepPreviousData,
    staleTime: DAY,
  });
}

/** One unit by its code (to name a code a record holds). */
export function usePlace(code: string | null | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['places', 'one', code],
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/places/{code}', { params: { path: { code: code! } }, signal })),
    enabled: !!code,
    staleTime: DAY,
  });
}

/** A unit's name in the reader's language (the official Vietnamese one when there is no other). */
export function usePlaceLabel(): (place: Place | undefined) => string {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return (place) => (place ? (english && place.nameEn ? place.nameEn : (place.nameVi ?? place.code ?? '')) : '');
}

const collator = new Intl.Collator('vi', { numeric: true });
const UNIT_WORDS = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\s+/;

/** In Vietnamese order by the name itself, not by the kind of unit before it ("Quảng Ninh" among the Q's). */
function sortByName(places: Place[]): Place[] {
  const key = (p: Place) => (p.nameVi ?? '').replace(UNIT_WORDS, '');
  return [...places].sort((a, b) => collator.compare(key(a), key(b)));
}
