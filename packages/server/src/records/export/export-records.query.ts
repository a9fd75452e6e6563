import type { Writable } from 'node:stream';
import type { Locale } from '@lodestar/shared';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { loadRegionIndex } from '../../platform/regions/region-index.ts';
import { loadTagGroupIndex } from '../../platform/tag-groups/tag-group-index.ts';
import { listRecords } from '../list-records.query.ts';
import type { RecordContext } from '../record-context.ts';
import { csvSheetWriter } from './csv-writer.ts';
import { planExport } from './export-columns.ts';
import type { SheetWriter } from './sheet-writer.ts';
import { xlsxSheetWriter } from './xlsx-writer.ts';

/** Rows fetched per keyset page while exporting: memory stays flat whatever the total. */
export const EXPORT_PAGE_SIZE = 1000;

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportRecordsInput {
  format: ExportFormat;
  filter?: string;
  sort?: string;
  q?: string;
  fields?: string;
}

/** An export whose input was checked: its file name and content type, and the function that writes it. */
export interface PreparedExport {
  fileName: string;
  contentType: string;
  /** Writes every matching row to `out` (then ends it) and records the audit entry; resolves with the count. */
  writeTo(out: Writable): Promise<number>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Prepares the export of an object's list: the same filter, search, sort, data scope and field access as
 * `listRecords`, fetched in keyset pages. The first page is loaded here, so a bad filter, sort or field path
 * is a 400 before any byte is sent. The audit entry (who, which filter, how many rows) is written when the
 * last row has gone out.
 */
export async function prepareExport(
  context: RecordContext,
  actor: AuditActor,
  locale: Locale,
  input: ExportRecordsInput,
): Promise<PreparedExport> {
  const snapshot = await metadataRegistryOf(context.database).snapshot();
  const human = {
    locale,
    regions: await loadRegionIndex(),
    tagGroups: context.tagGroups ?? (await loadTagGroupIndex(context.database.db)),
  };
  const plan = planExport(context, snapshot, human, input.fields);
  const query = { filter: input.filter, sort: input.sort, q: input.q, fields: plan.fields };
  const first = await listRecords(context, { ...query, limit: EXPORT_PAGE_SIZE });
  const date = new Date().toISOString().slice(0, 10);
  return {
    fileName: `lodestar-${context.object.apiName}-${date}.${input.format}`,
    contentType: CONTENT_TYPES[input.format],
    async writeTo(out) {
      const writer: SheetWriter =
        input.format === 'csv'
          ? csvSheetWriter(out)
          : xlsxSheetWriter(out, context.object.labels[locale].replace(/[[\]:*?/\\]/g, ' '));
      await writer.start();
      await writer.addRow(plan.columns.map((column) => column.header));
      let page = first;
      let rows = 0;
      for (;;) {
        for (const record of page.data) {
          await writer.addRow(plan.columns.map((column) => column.cell(record)));
        }
        rows += page.data.length;
        if (!page.nextCursor) break;
        // The client went away: stop reading instead of exporting into the void.
        if (out.destroyed) throw new Error('the export was aborted');
        page = await listRecords(context, { ...query, limit: EXPORT_PAGE_SIZE, cursor: page.nextCursor });
      }
      await recordAudit(context.database.db, actor, {
        action: 'export',
        entityType: context.object.apiName,
        changes: {
          format: [null, input.format],
          filter: [null, input.filter ?? null],
          q: [null, input.q ?? null],
          sort: [null, input.sort ?? null],
          rows: [null, rows],
        },
      });
      await writer.finish();
      return rows;
    },
  };
}
