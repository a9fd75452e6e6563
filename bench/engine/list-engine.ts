// The records engine in process, without HTTP or authentication: builds the RecordContext once as a request
// does, then times `listRecords` (parse filter + compile + execute + present) against the same list written
// by hand in SQL, on the same connection. Bundled and run by bench/records.mjs (`engineFigures`); prints JSON.
//
//   node list-engine.mjs '{"url"|"sqliteFile", "object", "adminId", "repId", "listInput", "handSql", "requests"}'
import { sql } from 'kysely';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { loadViewer } from '../../packages/server/src/platform/auth/load-viewer.ts';
import { listRecords } from '../../packages/server/src/records/list-records.query.ts';
import { recordContext } from '../../packages/server/src/records/record-context.ts';

interface Options {
  url?: string;
  sqliteFile?: string;
  object: string;
  adminId: number;
  repId: number;
  listInput: { filter: string; sort: string; limit: number };
  /** The hand query with `?` placeholders, with and without the owner predicate, and their parameters. */
  handSql: { admin: { text: string; params: unknown[] }; rep: { text: string; params: unknown[] } };
  requests: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

async function time(count: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The hand query as a Kysely raw statement with bound parameters (`?` → the dialect's placeholders). */
function handQuery(text: string, params: unknown[]) {
  const parts = text.split('?');
  return sql.join(
    parts.flatMap((part, i) => (i < params.length ? [sql.raw(part), sql`${params[i]}`] : [sql.raw(part)])),
    sql``,
  );
}

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
const database = openDatabase({ url: options.url, sqliteFile: options.sqliteFile, sqliteMustExist: true });
try {
  const result: Record<string, { p50: number; p99: number }> = {};
  for (const [who, userId] of [
    ['admin', options.adminId],
    ['rep', options.repId],
  ] as const) {
    const viewer = await loadViewer(database.db, userId, null, null);
    if (!viewer) throw new Error(`no active user ${userId}`);
    const context = await recordContext(database, options.object, viewer);
    result[`engine_${who}`] = await time(options.requests, async () => {
      const page = await listRecords(context, options.listInput);
      if (page.data.length === 0) throw new Error('empty page');
    });
    const hand = options.handSql[who];
    const statement = handQuery(hand.text, hand.params);
    result[`sql_${who}`] = await time(options.requests, () => statement.execute(database.db));
  }
  process.stdout.write(JSON.stringify(result));
} finally {
  await database.close();
}
