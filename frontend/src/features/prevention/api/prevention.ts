import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf } from '@/lib/api/client';
import { toPage } from '@/lib/api/page';
import type { CampaignRequest, TrainingRequest } from '../types';

export const preventionKeys = {
  all: ['prevention'] as const,
  trainings: (year: number | undefined, page: number, size: number) => ['prevention', 'trainings', year, page, size] as const,
  training: (id: string) => ['prevention', 'training', id] as const,
  campaigns: (page: number, size: number) => ['prevention', 'campaigns', page, size] as const,
  places: (parent: string | undefined) => ['places', parent ?? ''] as const,
};

/** Trainings, newest first, with who was trained (names left out). */
export function useTrainings(year: number | undefined, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: preventionKeys.trainings(year, page, size),
    queryFn: async ({ signal }) =>
      toPage(dataOf(await client.GET('/api/v1/trainings', { params: { query: { year, page, size } }, signal })), { page, size }),
    placeholderData: keepPreviousData,
  });
}

/** One training; the organizer's users get the participants' names. */
export function useTraining(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: preventionKeys.training(id),
    queryFn: async ({ signal }) => dataOf(await client.GET('/api/v1/trainings/{id}', { params: { path: { id } }, signal })),
  });
}

/** Campaigns, newest first, with the people reached against the commune's population. */
export function useCampaigns(page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: preventionKeys.campaigns(page, size),
    queryFn: async ({ signal }) => toPage(dataOf(await client.GET('/api/v1/campaigns', { params: { query: { page, size } }, signal })), { page, size }),
    placeholderData: keepPreviousData,
  });
}

export function useRecordCampaign() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CampaignRequest) => dataOf(await client.POST('/api/v1/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preventionKeys.all }),
  });
}

/** Provinces (no parent) or the communes and wards of one, by name: reference data, kept for the session. */
export function usePlaces(parent: string | undefined, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: preventionKeys.places(parent),
    queryFn: async ({ signal }) =>
      dataOf(await client.GET('/api/v1/places', { params: { query: { parent, size: 200, sort: 'nameVi,asc' } }, signal })).items ?? [],
    staleTime: Infinity,
    enabled,
  });
}

export function useRecordTraining() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TrainingRequest) => dataOf(await client.POST('/api/v1/trainings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preventionKeys.all }),
  });
}
