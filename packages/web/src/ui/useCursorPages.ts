import { useCallback, useState } from 'react';

/**
 * Previous/next paging over a keyset-paginated list: keeps the cursors of the pages already visited, so
 * "previous" needs no backwards cursor from the server. Reset it whenever the filters change.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const next = useCallback((nextCursor: string) => setCursors((stack) => [...stack, nextCursor]), []);
  const previous = useCallback(
    () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    [],
  );
  const reset = useCallback(() => setCursors([undefined]), []);
  return { cursor, pageNumber: cursors.length, hasPrevious: cursors.length > 1, next, previous, reset };
}
