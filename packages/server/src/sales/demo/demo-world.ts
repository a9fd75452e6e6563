import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { loadViewer } from '../../platform/auth/load-viewer.ts';
import { atTime } from '../../platform/clock.ts';
import type { DemoOrganisation } from '../../platform/demo/load-demo-data.ts';
import { createRecord } from '../../records/create-record.command.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { updateRecord } from '../../records/update-record.command.ts';
import { loadSalesContexts, type SalesContexts } from '../line-items/sales-contexts.ts';
import { type SeededRandom, seededRandom } from './seeded-random.ts';

const DAY_MS = 86_400_000;
/** Asia/Shanghai is UTC+8 all year: office hours are set in UTC with this offset. */
const SHANGHAI_OFFSET_HOURS = 8;

/**
 * What the sales demo writes with: the database, the load's moment and randomness, and the demo staff as
 * viewers (their own permissions, so every write passes the same checks as through the API). `at` pins the
 * clock, so records, history, timeline and stage history carry the past moment the story says.
 */
export class DemoWorld {
  readonly random: SeededRandom;

  constructor(
    readonly database: Database,
    readonly organisation: DemoOrganisation,
    readonly seed = 20_260_101,
    private readonly viewers = new Map<string, Viewer>(),
    private readonly contexts = new Map<string, RecordContext>(),
    private readonly salesContexts = new Map<string, SalesContexts>(),
  ) {
    this.random = seededRandom(seed);
  }

  /**
   * The same world with randomness of its own (derived from `stream`), for one strand of the story that runs
   * alongside others: what it draws does not depend on what they do, so concurrent strands stay
   * deterministic.
   */
  fork(stream: number): DemoWorld {
    return new DemoWorld(
      this.database,
      this.organisation,
      (Math.imul(this.seed, 31) + stream * 7919) >>> 0,
      this.viewers,
      this.contexts,
      this.salesContexts,
    );
  }

  get now(): Date {
    return this.organisation.now;
  }

  /** The user id of a demo user (or `admin`). */
  userId(username: string): number {
    const id = this.organisation.userIds.get(username);
    if (id === undefined) throw new Error(`no demo user "${username}"`);
    return id;
  }

  /** A demo user (or the admin) as a signed-in viewer. */
  async viewer(username: string): Promise<Viewer> {
    let viewer = this.viewers.get(username);
    if (!viewer) {
      const id =
        username === 'admin'
          ? (
              await this.database.db
                .selectFrom('users')
                .select('id')
                .where('username', '=', 'admin')
                .executeTakeFirstOrThrow()
            ).id
          : this.userId(username);
      const loaded = await loadViewer(this.database.db, id, null, null);
      if (!loaded) throw new Error(`demo user "${username}" cannot sign in`);
      viewer = loaded;
      this.viewers.set(username, viewer);
    }
    return viewer;
  }

  /** The records context of `object` for a demo user. */
  async context(object: string, username: string): Promise<RecordContext> {
    const key = `${object}:${username}`;
    let context = this.contexts.get(key);
    if (!context) {
      context = await recordContext(this.database, object, await this.viewer(username));
      this.contexts.set(key, context);
    }
    return context;
  }

  /** The contexts the lines, quote and catalogue commands take, for a demo user. */
  async sales(username: string): Promise<SalesContexts> {
    let contexts = this.salesContexts.get(username);
    if (!contexts) {
      contexts = await loadSalesContexts(this.database, await this.viewer(username));
      this.salesContexts.set(username, contexts);
    }
    return contexts;
  }

  /**
   * `daysAgo` days before the load, at `hour` o'clock Shanghai time — never later than a minute before the
   * load (today's later hours have not happened yet).
   */
  day(daysAgo: number, hour = 10): Date {
    const at =
      shanghaiHour(this.now.getTime() - Math.floor(daysAgo) * DAY_MS, hour) + this.random.int(0, 59) * 60_000;
    return new Date(Math.min(at, this.now.getTime() - 60_000));
  }

  /** A moment `days` (fractional) after `from`, kept before the load. */
  after(from: Date, days: number): Date {
    return new Date(Math.min(from.getTime() + days * DAY_MS, this.now.getTime() - 60_000));
  }

  /** A moment `days` after the load (for what is planned: due dates, next follow-ups). */
  ahead(days: number, hour = 10): Date {
    return new Date(shanghaiHour(this.now.getTime() + days * DAY_MS, hour));
  }

  /** Runs `work` as if it happened at `when`. */
  at<T>(when: Date, work: () => Promise<T>): Promise<T> {
    return atTime(when, work);
  }

  /** Creates a record as `username` at `when`, through the records API. */
  create(
    when: Date,
    username: string,
    object: string,
    values: Record<string, unknown>,
  ): Promise<RecordOutput> {
    return this.at(when, async () => createRecord(await this.context(object, username), values));
  }

  /** Changes a record as `username` at `when`, at its current version. */
  update(
    when: Date,
    username: string,
    object: string,
    id: number,
    values: Record<string, unknown>,
  ): Promise<RecordOutput> {
    return this.at(when, async () => {
      const context = await this.context(object, username);
      const row = await selectRecord(this.database.db, context.object.tableName, id, []);
      if (!row) throw new Error(`no ${object} ${id}`);
      return updateRecord(context, id, Number(row.version), values);
    });
  }
}

/** The instant of `hour` o'clock in Shanghai on the Shanghai day of `at` (ms). */
function shanghaiHour(at: number, hour: number): number {
  const local = new Date(at + SHANGHAI_OFFSET_HOURS * 3_600_000);
  return Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate(),
    hour - SHANGHAI_OFFSET_HOURS,
  );
}

/** `YYYY-MM-DD` of a moment in Shanghai. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** "12345.67" → 1234567 (分), exactly. */
export function toFen(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** 1234567 (分) → "12345.67". */
export function fromFen(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * How many strands of the demo story are written at once: each command is its own transaction, and
 * overlapping them lets PostgreSQL use its pool and SQLite group their commits.
 */
export const DEMO_STRANDS = 6;

/** Runs `work` on every item, at most `limit` at a time; rejects with the first failure. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
