import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { Note, NoteCreateRequest } from '../types';
import { caseKeys } from './query-keys';

export interface AddNoteInput {
  caseId: string;
  body: NoteCreateRequest;
}

export async function addNote(client: ApiClient, { caseId, body }: AddNoteInput): Promise<Note> {
  return dataOf(await client.POST('/api/v1/cases/{id}/notes', { params: { path: { id: caseId } }, body }));
}

export function useAddNote() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddNoteInput) => addNote(client, input),
    onSuccess: (_, { caseId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.notes(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
      ]),
  });
}
