import { z } from 'zod';
import { RecordSchema } from '../../records/records.schemas.ts';

export const BoardParams = z.object({ id: z.coerce.number().int().positive() });
export const BoardColumnParams = z.object({
  id: z.coerce.number().int().positive(),
  stageId: z.coerce.number().int().positive(),
});

/** The list's search and filter, which the board honours, and the size of each column's page. */
export const BoardQuery = z.object({
  q: z.string().max(200).optional().describe('Case-insensitive search over text-like fields, as in the list'),
  filter: z.string().max(20_000).optional().describe('URL-encoded JSON condition, as in the list'),
  sort: z.string().max(500).optional().describe('Order of the cards in a column; `-amount` by default'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Cards per column page, 1–100'),
});

export const BoardColumnQuery = BoardQuery.extend({
  cursor: z.string().min(1).max(500).optional().describe('`nextCursor` of the column’s previous page'),
});

const BoardStage = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(['open', 'won', 'lost']),
  position: z.number(),
  probability: z.number().nullable(),
});

export const BoardColumnPage = z.object({
  cards: z.array(RecordSchema).describe('Opportunities with name, account, amount, close date and owner'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` to the column’s endpoint for its next page'),
});

export const BoardSchema = z.object({
  pipeline: z.object({ id: z.number(), name: z.string() }),
  columns: z.array(
    BoardColumnPage.extend({
      stage: BoardStage,
      count: z
        .number()
        .describe('Open opportunities in the stage the viewer may see (search and filter applied)'),
      amount: z.string().describe('Their total amount (CNY, exact)'),
    }),
  ),
  closedStages: z.array(BoardStage).describe('Won and lost stages: where a card is dropped to close it'),
});
export type BoardOutput = z.infer<typeof BoardSchema>;
