import { z } from 'zod';
import { ListQuery } from '../../http/pagination.ts';
import { ANCHOR_OBJECTS } from './timeline-anchors.ts';

export const TimelineQuery = ListQuery.extend({
  object: z.enum(ANCHOR_OBJECTS).describe('The anchor object: account, contact, opportunity or lead'),
  id: z.coerce.number().int().positive().describe('The anchor record’s id'),
});

const JsonValue = z.unknown().describe('An API value of the field (as the records API writes it)');

export const TimelineChangeSchema = z.object({
  field: z.string().describe('Api name of the field, or `ownerId`'),
  oldValue: JsonValue,
  newValue: JsonValue,
});
export type TimelineChange = z.infer<typeof TimelineChangeSchema>;

export const TimelineEntrySchema = z.object({
  id: z.number(),
  kind: z
    .enum(['created', 'updated', 'deleted', 'restored', 'event'])
    .describe('A write of the source record, or `event`: something else that happened to it (see `event`)'),
  at: z.string().describe('When the write happened (ISO-8601)'),
  source: z
    .object({
      object: z.string(),
      id: z.number(),
      title: z.string().nullable().describe('The record’s name at the time'),
    })
    .describe('The record that was written'),
  actor: z.object({ id: z.number(), name: z.string() }).nullable().describe('Who wrote it'),
  changes: z
    .array(TimelineChangeSchema)
    .describe('Fields set on create, changed (old → new) on update; fields hidden from the viewer left out'),
  event: z
    .object({
      code: z.string().describe('What happened, e.g. `email.sent`, `nurture.stopped`, `nurture.handedBack`'),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    })
    .nullable()
    .describe('Of kind `event`: what happened and its particulars; null for writes'),
});
export type TimelineEntryOutput = z.infer<typeof TimelineEntrySchema>;

export const TimelinePage = z.object({
  items: z.array(TimelineEntrySchema),
  refs: z
    .object({
      records: z.record(z.string(), z.record(z.string(), z.string())),
      users: z.record(z.string(), z.string()),
    })
    .describe('Names of the records (by object, then id) and users the entries mention'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
export type TimelinePageOutput = z.infer<typeof TimelinePage>;
