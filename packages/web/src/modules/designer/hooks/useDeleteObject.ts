import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LAYOUTS_QUERY_KEY } from '../../records/api/layout.api.ts';
import { OBJECTS_QUERY_KEY } from '../../records/api/objects.api.ts';
import { designerApi } from '../api/designer.api.ts';

/** Deletes a custom object with its records; the object list (and the menu) update at once. */
export function useDeleteObject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apiName: string) => designerApi.deleteObject(apiName),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: OBJECTS_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: LAYOUTS_QUERY_KEY });
    },
  });
}
