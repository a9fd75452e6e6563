import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OBJECTS_QUERY_KEY } from '../../records/api/objects.api.ts';
import { designerApi, type NewObject } from '../api/designer.api.ts';

/** Creates a custom object; the object list (and the menu) update at once. */
export function useCreateObject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewObject) => designerApi.createObject(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OBJECTS_QUERY_KEY }),
  });
}
