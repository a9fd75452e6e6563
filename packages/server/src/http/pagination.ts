import { z } from 'zod';
import { AppError } from '../errors.ts';
import { defineMessages } from '../platform/i18n.ts';

defineMessages({
  'common.invalid_cursor': {
    'zh-CN': '分页游标无效，请从第一页重新加载',
    en: 'The page cursor is invalid; reload from the first page',
  },
});

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` of every keyset-paginated list; extend it with the list's own filters. */
export const ListQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Page size, 1–${MAX_PAGE_SIZE}`),
  cursor: z.string().min(1).max(500).optional().describe('`nextCursor` of the previous page'),
});

/** The response shape of a paginated list of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

/**
 * Encodes the sort key of the last row of a page as an opaque cursor. Clients must not parse it: its
 * content may change between versions.
 * @example encodeCursor([42]) // 'WzQyXQ'
 */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` and checks it against the list's sort key shape. A cursor that
 * was tampered with or belongs to another list is a 400 `common.invalid_cursor`, never a 500.
 * @example const [lastId] = decodeCursor(query.cursor, z.tuple([z.number().int()]));
 */
export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.output<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const result = shape.safeParse(parsed);
  if (!result.success) throw invalidCursor();
  return result.data;
}

/**
 * Turns the rows of a query that fetched `limit + 1` rows into a page: the extra row only signals that
 * another page exists, and the cursor is the sort key of the last row returned.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => readonly unknown[],
  present: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const visible = rows.slice(0, limit);
  const last = visible[visible.length - 1];
  return {
    items: visible.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

function invalidCursor(): AppError {
  return new AppError(400, 'common.invalid_cursor', {}, [{ field: 'cursor', code: 'common.invalid_cursor' }]);
}
