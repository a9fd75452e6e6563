import { useRecords } from '../../records/hooks/useRecords.ts';
import { useCan } from '../../session/hooks/useCan.ts';

/**
 * The first records of an object that belong to an account (its `account` lookup), optionally narrowed by
 * more conditions; nothing is asked when the user may not read the object.
 */
export function useAccountRecords(
  object: string,
  accountId: number,
  options: { where?: unknown[]; sort?: string; fields?: string; limit?: number } = {},
) {
  const can = useCan();
  const filter = JSON.stringify({
    and: [{ field: 'account', op: 'eq', value: accountId }, ...(options.where ?? [])],
  });
  return useRecords(
    object,
    { filter, sort: options.sort, fields: options.fields, limit: options.limit ?? 5 },
    can(object, 'read'),
  );
}
