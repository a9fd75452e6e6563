import type { ObjectDefinition } from '../api/objects.api.ts';
import { useObjects } from './useObjects.ts';

/** One object's definition from the metadata (undefined while loading or when there is no such object). */
export function useObjectDefinition(apiName: string | undefined) {
  const objects = useObjects();
  const object: ObjectDefinition | undefined = objects.data?.find((entry) => entry.apiName === apiName);
  return { ...objects, object };
}
