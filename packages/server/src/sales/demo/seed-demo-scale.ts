import { Decimal } from '@lodestar/shared';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { ObjectMeta } from '../../metadata/metadata-model.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { DEMO_DEPARTMENTS, DEMO_EMAIL_DOMAIN } from '../../platform/demo/demo-organisation.ts';
import type { DemoOrganisation } from '../../platform/demo/load-demo-data.ts';
import { insertUser, newUserValues } from '../../platform/users/user.repository.ts';
import { rebuildDuplicateKeys } from '../duplicates/rebuild-duplicate-keys.command.ts';
import { type GeneratedOpportunity, generateOpportunities } from '../opportunity/generate-opportunities.ts';
import { contractPaymentStatus, type PaymentStatus } from '../payment/receivable-status.ts';
import { BulkNumbers, insertRows, recordRow } from './bulk-rows.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_CAMPAIGNS,
  DEMO_COMPANY,
  DEMO_FOLLOW_UP_NOTES,
  DEMO_GIVEN_NAMES,
  DEMO_SURNAMES,
  DEMO_TITLES,
} from './demo-catalogue.ts';
import { shanghaiDate } from './demo-world.ts';
import { type SeededRandom, seededRandom } from './seeded-random.ts';

const DAY_MS = 86_400_000;
/** One rep per this many opportunities (the demo's own reps first). */
const OPPORTUNITIES_PER_REP = 5_000;
/** Entries on the timeline of the first account, the "large account" of the benchmarks. */
const LARGE_ACCOUNT_ENTRIES = 5_000;
const WORDS = ['精密机械', '电子科技', '智能装备', '新材料', '汽车部件', '医疗器械', '食品机械', '能源设备'];

export interface SeedDemoScaleOptions {
  /** Opportunities to add; accounts, contacts, leads, quotes, contracts and payments follow from it. */
  scale: number;
  seed?: number;
  /** The "now" of the generated history (a fixed one makes two runs identical). */
  now: Date;
  onProgress?: (message: string) => void;
}

export interface SeedDemoScaleResult {
  reps: number;
  accounts: number;
  contacts: number;
  leads: number;
  opportunities: number;
  stageMoves: number;
  quotes: number;
  contracts: number;
  paymentPlans: number;
  payments: number;
  followUps: number;
}

/**
 * Adds `scale` opportunities — with proportional accounts (one per ten), contacts (two per account), leads
 * (one per two opportunities, the first fifth converted into the first opportunities), stage history,
 * quotes with lines, contracts with payment plans and payments, follow-ups and their timeline entries — to
 * the demo organisation, deterministically and in bulk (multi-row inserts, bypassing the records engine:
 * no field history, events or behaviours). Derived data is kept consistent: the stage flow roll-up, the
 * receivable figures and statuses, duplicate-match keys and auto-number counters. More reps join the demo
 * teams as the scale grows (one per 5,000 opportunities).
 * @example await seedDemoScale(database, organisation, { scale: 1_000_000, now: new Date('2026-11-30') })
 */
export async function seedDemoScale(
  database: Database,
  organisation: DemoOrganisation,
  options: SeedDemoScaleOptions,
): Promise<SeedDemoScaleResult> {
  const { db } = database;
  const snapshot = await metadataRegistryOf(database).snapshot();
  const meta = (name: string): ObjectMeta => snapshot.object(name)!;
  const objects = {
    account: meta('account'),
    contact: meta('contact'),
    lead: meta('lead'),
    opportunity: meta('opportunity'),
    quote: meta('quote'),
    contract: meta('contract'),
    paymentPlan: meta('paymentPlan'),
    payment: meta('payment'),
    followUp: meta('followUp'),
  };
  const seed = options.seed ?? 7;
  const now = options.now.getTime();
  const log = options.onProgress ?? (() => {});
  const numbers = new BulkNumbers(snapshot.timeZone);

  const reps = await ensureReps(database, organisation, Math.ceil(options.scale / OPPORTUNITIES_PER_REP));
  const accountCount = reps.length * Math.max(1, Math.ceil(options.scale / 10 / reps.length));
  const leadCount = Math.ceil(options.scale / 2);
  const convertedCount = Math.ceil(options.scale / 5);
  log(`${reps.length} reps; writing ${accountCount.toLocaleString()} accounts and their contacts …`);

  // Accounts and contacts: account j belongs to rep j mod reps, like the opportunities it gets.
  const accountIds: number[] = [];
  const contactIds: number[] = [];
  const accountNames: string[] = [];
  const accountAt = (j: number) => now - (400 + (j % 300)) * DAY_MS;
  for (let start = 0; start < accountCount; start += 5_000) {
    await db.transaction().execute(async (trx) => {
      const rows = [];
      const end = Math.min(accountCount, start + 5_000);
      for (let j = start; j < end; j += 1) {
        const model = DEMO_ACCOUNTS[j % DEMO_ACCOUNTS.length]!;
        const name = `${model.name.slice(0, 2)}${WORDS[j % WORDS.length]}有限公司（${j + 1}）`;
        accountNames.push(name);
        rows.push(
          recordRow(
            objects.account,
            { ownerId: reps[j % reps.length]!, at: new Date(accountAt(j)).toISOString() },
            {
              name,
              industry: model.industry,
              size: model.size,
              level: model.level,
              region: model.region,
              phone: `0${21 + (j % 70)}-${String(50_000_000 + ((j * 7_919) % 49_999_999))}`,
              source: model.source,
            },
          ),
        );
      }
      const ids = await insertRows(trx, objects.account.tableName, rows, true);
      accountIds.push(...ids);
      const contacts = ids.flatMap((accountId, k) =>
        [0, 1].map((n) => {
          const j = start + k;
          const person = j * 2 + n;
          return recordRow(
            objects.contact,
            { ownerId: reps[j % reps.length]!, at: new Date(accountAt(j)).toISOString() },
            {
              name: `${DEMO_SURNAMES[person % DEMO_SURNAMES.length]}${DEMO_GIVEN_NAMES[(person * 7) % DEMO_GIVEN_NAMES.length]}`,
              account: accountId,
              title: DEMO_TITLES[person % DEMO_TITLES.length]!,
              phone: `13${String(100_000_000 + ((person * 104_729) % 899_999_999)).slice(0, 9)}`,
              isPrimary: n === 0,
            },
          );
        }),
      );
      const contactRowIds = await insertRows(trx, objects.contact.tableName, contacts, true);
      for (let k = 0; k < contactRowIds.length; k += 2) contactIds.push(contactRowIds[k]!);
    });
  }

  log(`writing ${leadCount.toLocaleString()} leads …`);
  const leadIds: number[] = [];
  for (let start = 0; start < leadCount; start += 5_000) {
    await db.transaction().execute(async (trx) => {
      const rows = [];
      for (let i = start; i < Math.min(leadCount, start + 5_000); i += 1) {
        const converted = i < convertedCount;
        const j = i % accountCount;
        const campaign = DEMO_CAMPAIGNS[i % DEMO_CAMPAIGNS.length]!;
        rows.push(
          recordRow(
            objects.lead,
            { ownerId: reps[i % reps.length]!, at: new Date(accountAt(j) - 5 * DAY_MS).toISOString() },
            {
              name: `${DEMO_SURNAMES[(i * 3) % DEMO_SURNAMES.length]}${DEMO_GIVEN_NAMES[(i * 11) % DEMO_GIVEN_NAMES.length]}`,
              company: converted ? accountNames[j]! : `线索企业（${i + 1}）`,
              source: campaign.source,
              campaign: campaign.campaign,
              utmSource: campaign.utmSource,
              utmMedium: campaign.utmMedium,
              status: converted ? 'converted' : ['new', 'contacted', 'qualified', 'unqualified'][i % 4]!,
              convertedAccount: converted ? accountIds[j]! : null,
              convertedContact: converted ? contactIds[j]! : null,
              convertedAt: converted ? new Date(accountAt(j)).toISOString() : null,
            },
          ),
        );
      }
      leadIds.push(...(await insertRows(trx, objects.lead.tableName, rows, true)));
    });
  }

  log(`writing ${options.scale.toLocaleString()} opportunities and what hangs on them …`);
  const namesById = new Map(accountIds.map((id, j) => [id, accountNames[j]!]));
  const counts = { quotes: 0, contracts: 0, paymentPlans: 0, payments: 0, followUps: 0 };
  const after = seededRandom(seed + 1);
  const started = performance.now();
  const generated = await generateOpportunities(database, {
    count: options.scale,
    ownerIds: reps,
    accountIds,
    contactIds,
    leadIds: leadIds.slice(0, convertedCount),
    seed,
    now: new Date(now),
    months: 24,
    onBatch: async (trx, batch) => {
      const written = await writeDealRecords(trx, objects, numbers, after, now, namesById, batch);
      counts.quotes += written.quotes;
      counts.contracts += written.contracts;
      counts.paymentPlans += written.paymentPlans;
      counts.payments += written.payments;
      counts.followUps += written.followUps;
    },
    onProgress: (n) => {
      if (n % 100_000 === 0 || n === options.scale)
        log(`  ${n.toLocaleString()} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    },
  });

  // The converted leads point at the opportunity they opened (opportunity i came from lead i).
  const opportunityTable = objects.opportunity.tableName;
  const leadColumn = objects.opportunity.fields.find((f) => f.apiName === 'lead')!.columnName;
  const convertedColumn = objects.lead.fields.find((f) => f.apiName === 'convertedOpportunity')!.columnName;
  const leadTable = objects.lead.tableName;
  await sql`update ${sql.table(leadTable)} set ${sql.ref(convertedColumn)} = (select o.id from ${sql.table(opportunityTable)} as o where ${sql.ref(`o.${leadColumn}`)} = ${sql.ref(`${leadTable}.id`)} limit 1) where ${sql.ref(convertedColumn)} is null and ${sql.ref('status')} = ${'converted'}`.execute(
    db,
  );

  const extra = Math.min(LARGE_ACCOUNT_ENTRIES, Math.floor(options.scale / 20));
  if (accountIds.length > 0 && extra > 0) {
    log(`writing ${extra.toLocaleString()} follow-ups of the large account …`);
    await db.transaction().execute(async (trx) => {
      counts.followUps += await writeFollowUps(
        trx,
        objects.followUp,
        Array.from({ length: extra }, (_, k) => ({
          ownerId: reps[0]!,
          accountId: accountIds[0]!,
          opportunityId: null,
          contactId: contactIds[0] ?? null,
          at: now - (k + 1) * 3_600_000 * 3,
          stage: 'after' as const,
          index: k,
        })),
      );
    });
  }
  await numbers.saveTo(db);
  log('rebuilding duplicate-match keys …');
  await rebuildDuplicateKeys(database);
  return {
    reps: reps.length,
    accounts: accountIds.length,
    contacts: accountIds.length * 2,
    leads: leadIds.length,
    opportunities: generated.opportunities,
    stageMoves: generated.moves,
    ...counts,
  };
}

/**
 * The demo's reps and, beyond them, as many more as `wanted` in the demo's sales teams (`rep-0001`, …,
 * Chinese names), created once: a second seed reuses them. Returns their ids, demo reps first.
 */
async function ensureReps(
  database: Database,
  organisation: DemoOrganisation,
  wanted: number,
): Promise<number[]> {
  const { db } = database;
  const repRole = await db
    .selectFrom('roles')
    .select('id')
    .where('key', '=', 'salesRep')
    .executeTakeFirstOrThrow();
  const teams = DEMO_DEPARTMENTS.filter((d) =>
    ['shanghai', 'hangzhou', 'shenzhen', 'guangzhou'].includes(d.key),
  );
  const existing = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.username'])
    .where('user_roles.role_id', '=', repRole.id)
    .where(
      'users.department_id',
      'in',
      teams.map((t) => organisation.departmentIds.get(t.key)!),
    )
    .orderBy('users.id')
    .execute();
  const ids = existing.map((u) => u.id);
  for (let n = 1; ids.length < wanted; n += 1) {
    const username = `rep-${String(n).padStart(4, '0')}`;
    if (existing.some((u) => u.username === username)) continue;
    const team = teams[n % teams.length]!;
    const id = await insertUser(
      db,
      newUserValues({
        username,
        name: `${DEMO_SURNAMES[n % DEMO_SURNAMES.length]}${DEMO_GIVEN_NAMES[(n * 7) % DEMO_GIVEN_NAMES.length]}${DEMO_GIVEN_NAMES[(n * 13) % DEMO_GIVEN_NAMES.length]}`,
        email: `${username}@${DEMO_EMAIL_DOMAIN}`,
        departmentId: organisation.departmentIds.get(team.key)!,
        passwordHash: null,
      }),
    );
    await db.insertInto('user_roles').values({ user_id: id, role_id: repRole.id }).execute();
    ids.push(id);
  }
  return ids;
}

type Objects = Record<
  | 'account'
  | 'contact'
  | 'lead'
  | 'opportunity'
  | 'quote'
  | 'contract'
  | 'paymentPlan'
  | 'payment'
  | 'followUp',
  ObjectMeta
>;

/**
 * For a batch of generated opportunities: a follow-up each, a quote with two lines for those that reached
 * the proposal (accepted when won, rejected when lost after it, sent while open), and for the won ones a
 * contract (signed, or awaiting approval when won in the last week) with a 30/70 payment plan and the
 * payments due by now — one in seven second instalments left unpaid, one in eleven paid in half.
 */
async function writeDealRecords(
  trx: Transaction<DB>,
  objects: Objects,
  numbers: BulkNumbers,
  random: SeededRandom,
  now: number,
  accountNames: Map<number, string>,
  batch: GeneratedOpportunity[],
) {
  const counts = { quotes: 0, contracts: 0, paymentPlans: 0, payments: 0, followUps: 0 };
  const nameOf = (accountId: number | null) =>
    accountId === null ? '' : (accountNames.get(accountId) ?? '');
  counts.followUps = await writeFollowUps(
    trx,
    objects.followUp,
    batch.map((o) => ({
      ownerId: o.ownerId,
      accountId: o.accountId,
      opportunityId: o.id,
      contactId: o.contactId,
      at: Math.min(o.createdAt + DAY_MS, now - 60_000),
      stage: 'first' as const,
      index: o.index,
    })),
  );

  // Past the first stage into the next open one (方案呈现): a quote was sent.
  const quoted = batch.filter((o) => o.path[1]?.kind === 'open');
  const quoteRows = quoted.map((o) => {
    const at = Math.min(o.createdAt + 7 * DAY_MS, o.enteredAt);
    const net = o.amount;
    const tax = Math.round(net * 0.06);
    const status = o.stage.kind === 'won' ? 'accepted' : o.stage.kind === 'lost' ? 'rejected' : 'sent';
    return recordRow(
      objects.quote,
      { ownerId: o.ownerId, at: new Date(at).toISOString() },
      {
        name: `${o.name} 报价`,
        number: numbers.next(objects.quote, 'number', at),
        opportunity: o.id,
        account: o.accountId,
        contact: o.contactId,
        status,
        revision: 1,
        quoteDate: shanghaiDate(new Date(at)),
        validUntil: shanghaiDate(new Date(at + 30 * DAY_MS)),
        subtotal: net,
        discountAmount: 0,
        taxAmount: tax,
        total: net + tax,
        maxDiscount: 0,
      },
    );
  });
  const quoteIds = await insertRows(trx, objects.quote.tableName, quoteRows, true);
  counts.quotes = quoteIds.length;
  await insertRows(
    trx,
    'line_items',
    quoted.flatMap((o, k) => {
      const software = Math.round(o.amount * 0.7);
      return [
        { name: '智联设备管理平台 企业版（年订阅）', unit: '套/年', net: software },
        { name: '实施服务', unit: '项', net: o.amount - software },
      ].map((line, position) => {
        const tax = Math.round(line.net * 0.06);
        return {
          parent_object: 'quote',
          parent_id: quoteIds[k]!,
          position,
          product_id: null,
          name: line.name,
          description: null,
          unit: line.unit,
          quantity: 10_000,
          unit_price: line.net,
          discount_percent: 0,
          tax_percent: 600,
          list_amount: line.net,
          discount_amount: 0,
          net_amount: line.net,
          tax_amount: tax,
          total_amount: line.net + tax,
          created_at: new Date(o.createdAt).toISOString(),
          created_by: o.ownerId,
        };
      });
    }),
  );

  const won = quoted.flatMap((o, k) =>
    o.stage.kind === 'won'
      ? [
          {
            o,
            quoteId: quoteIds[k]!,
            total: Number(quoteRows[k]![objects.quote.fields.find((f) => f.apiName === 'total')!.columnName]),
          },
        ]
      : [],
  );
  const contracts = won.map(({ o, quoteId, total }) => {
    const signedAt = o.enteredAt + 3 * DAY_MS < now - 7 * DAY_MS ? o.enteredAt + 3 * DAY_MS : null;
    const first = Math.round(total * 0.3);
    const instalments = [
      { n: 1, name: '预付款', amount: first, due: (signedAt ?? now) + 10 * DAY_MS },
      { n: 2, name: '验收款', amount: total - first, due: (signedAt ?? now) + 60 * DAY_MS },
    ];
    const pick = random();
    const payments = signedAt
      ? instalments.flatMap((line) => {
          if (line.due > now) return [];
          if (line.n === 2 && pick < 1 / 7) return [];
          const amount = line.n === 2 && pick < 1 / 7 + 1 / 11 ? Math.round(line.amount / 2) : line.amount;
          return [{ line, amount, at: line.due }];
        })
      : [];
    return { o, quoteId, total, signedAt, instalments, payments };
  });
  const today = shanghaiDate(new Date(now));
  const contractRows = contracts.map(({ o, quoteId, total, signedAt, instalments, payments }) => {
    const at = o.enteredAt + DAY_MS;
    const received = payments.reduce((sum, p) => sum + p.amount, 0);
    const statuses = instalments.map((line) => lineStatus(line, payments, today, signedAt !== null));
    return recordRow(
      objects.contract,
      { ownerId: o.ownerId, at: new Date(at).toISOString() },
      {
        name: `${o.name}合同`,
        number: numbers.next(objects.contract, 'number', at),
        account: o.accountId,
        opportunity: o.id,
        quote: quoteId,
        contact: o.contactId,
        partyA: nameOf(o.accountId),
        partyB: DEMO_COMPANY.name,
        amount: total,
        signDate: signedAt ? shanghaiDate(new Date(signedAt)) : null,
        status: signedAt ? 'signed' : 'pendingApproval',
        receivedAmount: received,
        receivableAmount: total - received,
        paymentStatus: contractPaymentStatus(
          Decimal.fromUnits(BigInt(total), 2),
          Decimal.fromUnits(BigInt(received), 2),
          statuses,
        ),
        approvedAt: signedAt ? new Date(signedAt - DAY_MS).toISOString() : null,
      },
    );
  });
  const contractIds = await insertRows(trx, objects.contract.tableName, contractRows, true);
  counts.contracts = contractIds.length;
  const planRows = contracts.flatMap(({ o, instalments, payments, signedAt }, k) =>
    instalments.map((line) =>
      recordRow(
        objects.paymentPlan,
        { ownerId: o.ownerId, at: new Date(o.enteredAt + DAY_MS).toISOString() },
        {
          name: line.name,
          contract: contractIds[k]!,
          instalment: line.n,
          dueDate: shanghaiDate(new Date(line.due)),
          amount: line.amount,
          receivedAmount: payments.filter((p) => p.line === line).reduce((sum, p) => sum + p.amount, 0),
          status: lineStatus(line, payments, today, signedAt !== null),
        },
      ),
    ),
  );
  const planIds = await insertRows(trx, objects.paymentPlan.tableName, planRows, true);
  counts.paymentPlans = planIds.length;
  let plan = 0;
  const paymentRows = contracts.flatMap(({ o, instalments, payments }, k) => {
    const ids = instalments.map(() => planIds[plan++]!);
    return payments.map((p) =>
      recordRow(
        objects.payment,
        { ownerId: o.ownerId, at: new Date(p.at).toISOString() },
        {
          number: numbers.next(objects.payment, 'number', p.at),
          contract: contractIds[k]!,
          paymentPlan: ids[instalments.indexOf(p.line)]!,
          account: o.accountId,
          amount: p.amount,
          receivedOn: shanghaiDate(new Date(p.at)),
          method: 'bankTransfer',
        },
      ),
    );
  });
  counts.payments =
    (await insertRows(trx, objects.payment.tableName, paymentRows)).length || paymentRows.length;
  return counts;
}

interface Instalment {
  n: number;
  name: string;
  amount: number;
  due: number;
}

function lineStatus(
  line: Instalment,
  payments: Array<{ line: Instalment; amount: number }>,
  today: string,
  collecting: boolean,
): PaymentStatus {
  const received = payments.filter((p) => p.line === line).reduce((sum, p) => sum + p.amount, 0);
  if (received >= line.amount) return 'paid';
  if (collecting && shanghaiDate(new Date(line.due)) < today) return 'overdue';
  return received > 0 ? 'partial' : 'unpaid';
}

/** Follow-ups with their timeline entries (on their account and opportunity), as the timeline behaviour writes them. */
async function writeFollowUps(
  trx: Transaction<DB>,
  followUp: ObjectMeta,
  items: Array<{
    ownerId: number;
    accountId: number | null;
    opportunityId: number | null;
    contactId: number | null;
    at: number;
    stage: 'first' | 'after';
    index: number;
  }>,
): Promise<number> {
  const rows = items.map((item) => {
    const notes = DEMO_FOLLOW_UP_NOTES[item.stage];
    return {
      item,
      values: {
        type: ['phone', 'visit', 'wechat', 'meeting', 'email'][item.index % 5]!,
        content: notes[item.index % notes.length]!,
        occurredAt: new Date(item.at).toISOString(),
        account: item.accountId,
        opportunity: item.opportunityId,
        contact: item.contactId,
      },
    };
  });
  const ids = await insertRows(
    trx,
    followUp.tableName,
    rows.map(({ item, values }) =>
      recordRow(followUp, { ownerId: item.ownerId, at: values.occurredAt }, values),
    ),
    true,
  );
  const entries = rows.flatMap(({ item, values }, k) => {
    const changes = JSON.stringify(
      Object.entries(values)
        .filter(([, v]) => v !== null)
        .map(([field, newValue]) => ({ field, oldValue: null, newValue })),
    );
    const anchors: Array<[string, number]> = [];
    if (item.accountId !== null) anchors.push(['account', item.accountId]);
    if (item.opportunityId !== null) anchors.push(['opportunity', item.opportunityId]);
    if (item.contactId !== null) anchors.push(['contact', item.contactId]);
    return anchors.map(([object, id]) => ({
      anchor_object: object,
      anchor_id: id,
      source_object: 'followUp',
      source_id: ids[k]!,
      kind: 'created',
      title: values.content.slice(0, 200),
      changes,
      actor_user_id: item.ownerId,
      at: values.occurredAt,
    }));
  });
  await insertRows(trx, 'timeline_entries', entries);
  return ids.length;
}
