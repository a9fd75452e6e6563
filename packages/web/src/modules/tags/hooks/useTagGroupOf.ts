import type { FieldDefinition } from '../../records/api/objects.api.ts';
import type { TagGroup } from '../api/tag-groups.api.ts';
import { useTagGroups } from './useTagGroups.ts';

/** The tag group a `tags` field draws from, once loaded. */
export function useTagGroupOf(field: FieldDefinition): TagGroup | undefined {
  const groups = useTagGroups();
  return groups.data?.data.find((group) => group.key === field.options.group);
}
