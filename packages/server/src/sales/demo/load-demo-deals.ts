import { DEMO_USERS } from '../../platform/demo/demo-organisation.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { createContractFrom } from '../contract/create-contract-from.command.ts';
import { transitionContract } from '../contract/transition-contract.command.ts';
import { replaceLineItems } from '../line-items/replace-line-items.command.ts';
import { recordPayment } from '../payment/record-payment.command.ts';
import { setPaymentPlan } from '../payment/set-payment-plan.command.ts';
import type { StageRow } from '../pipeline/pipeline.repository.ts';
import { closeQuote } from '../quote/close-quote.command.ts';
import { createQuoteFromOpportunity } from '../quote/create-quote-from-opportunity.command.ts';
import { sendQuote } from '../quote/send-quote.command.ts';
import { DEMO_ACCOUNTS, DEMO_FOLLOW_UP_NOTES } from './demo-catalogue.ts';
import type { DealPlan } from './demo-deal-plan.ts';
import { type DemoWorld, fromFen, shanghaiDate, toFen } from './demo-world.ts';
import type { DemoCatalogue } from './load-demo-catalogue.ts';
import type { DemoCustomer } from './load-demo-customers.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A demo deal once written: what the tasks, tickets and after-sales follow-ups hang on. */
export interface DemoDeal {
  plan: DealPlan;
  opportunityId: number;
  customer: DemoCustomer;
  /** The stage it is in now. */
  stage: StageRow;
  /** The stage's place among the open stages (0 for the first), -1 once closed. */
  rank: number;
  /** Its moment of entering that stage. */
  stageSince: Date;
  contract: { id: number; signedAt: Date | null } | null;
}

/** The manager who approves a user's contracts. */
function approverOf(username: string): string {
  const manager = DEMO_USERS.find((user) => user.username === username)?.manager;
  if (!manager) throw new Error(`demo user ${username} has no manager`);
  return manager;
}

/**
 * Writes a demo deal through the commands the API uses: the opportunity (opened by its lead's conversion,
 * or entered by its owner) with catalogue lines; its walk through the pipeline at the planned past moments,
 * so the stage history, funnel and timeline tell it; follow-ups at each step; the quote, sent on 方案呈现 and
 * accepted or rejected at the end; for a won deal the contract from the accepted quote, its payment plan,
 * submission, the manager's approval and signature, and the payments received since.
 */
export async function loadDemoDeal(
  world: DemoWorld,
  plan: DealPlan,
  customer: DemoCustomer,
  catalogue: DemoCatalogue,
  stages: StageRow[],
): Promise<DemoDeal> {
  const openStages = stages.filter((s) => s.kind === 'open');
  const rankOf = (stage: StageRow) => openStages.findIndex((s) => s.id === stage.id);
  const account = DEMO_ACCOUNTS[plan.accountIndex]!;
  const owner = plan.owner;
  const contact = customer.contactIds[plan.ordinal % customer.contactIds.length] ?? null;
  const created = plan.createdAt;
  const expectedClose = shanghaiDate(
    plan.outcome.kind === 'open'
      ? world.ahead(world.random.int(10, 100))
      : new Date(created.getTime() + 60 * DAY_MS),
  );
  let opportunityId: number;
  if (plan.ordinal === 0 && customer.convertedOpportunityId !== null) {
    opportunityId = customer.convertedOpportunityId;
    await world.update(created, owner, 'opportunity', opportunityId, {
      closeDate: expectedClose,
      ...(contact ? { contact } : {}),
    });
  } else {
    opportunityId = (
      await world.create(created, owner, 'opportunity', {
        name: plan.name,
        account: customer.id,
        ...(contact ? { contact } : {}),
        source: account.source,
        closeDate: expectedClose,
      })
    ).id;
  }
  const sales = await world.sales(owner);
  await world.at(created, () =>
    replaceLineItems({
      contexts: sales,
      object: 'opportunity',
      recordId: opportunityId,
      lines: plan.lines.map((line) => ({
        productId: catalogue.get(line.code)!.id,
        quantity: String(line.quantity),
        discountPercent: String(line.discountPercent),
      })),
    }),
  );
  const followUp = (at: Date, type: string, content: string, extra: Record<string, unknown> = {}) =>
    world.create(at, owner, 'followUp', {
      type,
      content,
      opportunity: opportunityId,
      account: customer.id,
      ...(contact ? { contact } : {}),
      ...extra,
    });
  const notes = DEMO_FOLLOW_UP_NOTES;
  await followUp(new Date(created.getTime() + 2 * HOUR_MS), 'visit', world.random.pick(notes.discovery), {
    nextStep: '整理需求，准备方案',
  });

  let quoteId: number | null = null;
  let stage = stages.find((s) => s.kind === 'open')!;
  let since = created;
  for (const [step, move] of plan.moves.entries()) {
    const next = plan.moves[step + 1]?.at ?? world.now;
    if (move.stage.kind === 'won' || move.stage.kind === 'lost' || rankOf(move.stage) === 3) {
      if (quoteId !== null && (await quoteStatus(world, quoteId)) === 'sent') {
        const answer = move.stage.kind === 'lost' ? 'reject' : 'accept';
        await world.at(new Date(move.at.getTime() - HOUR_MS), () => closeQuote(sales, quoteId!, answer));
      }
    }
    const closing = move.stage.kind !== 'open';
    await world.update(move.at, owner, 'opportunity', opportunityId, {
      stage: move.stage.id,
      ...(closing ? { closeDate: shanghaiDate(move.at) } : {}),
      ...(move.stage.kind === 'lost'
        ? { lossReason: plan.lossReason, lossNote: lossNote(plan.lossReason) }
        : {}),
      ...(move.stage.kind === 'open'
        ? {
            forecastCategory:
              rankOf(move.stage) >= 3 ? 'commit' : rankOf(move.stage) >= 2 ? 'bestCase' : 'pipeline',
          }
        : {}),
    });
    stage = move.stage;
    since = move.at;
    if (move.stage.kind === 'open') {
      const last = step === plan.moves.length - 1;
      const kind = rankOf(move.stage) === 1 ? 'proposal' : 'negotiation';
      await followUp(
        new Date(move.at.getTime() + HOUR_MS),
        rankOf(move.stage) === 1 ? 'meeting' : world.random.pick(['wechat', 'meeting', 'phone']),
        world.random.pick(notes[kind]),
        last
          ? {
              nextStep: '跟进客户反馈',
              nextFollowUpAt: world.ahead(world.random.int(1, 7), 10).toISOString(),
            }
          : {},
      );
    }
    if (rankOf(move.stage) === 1) {
      // The quote follows the presentation: drafted and sent within a day, before the next move.
      const drafted = new Date(Math.min(move.at.getTime() + DAY_MS, next.getTime() - 3 * HOUR_MS));
      quoteId = (
        await world.at(drafted, () =>
          createQuoteFromOpportunity(sales, opportunityId, { terms: QUOTE_TERMS }),
        )
      ).id;
      await world.at(new Date(drafted.getTime() + HOUR_MS), () => sendQuote(sales, quoteId!));
    }
  }
  if (plan.moves.length === 0 && plan.outcome.kind === 'open') {
    await world.update(created, owner, 'opportunity', opportunityId, { forecastCategory: 'pipeline' });
  }
  const contract =
    stage.kind === 'won' && quoteId !== null
      ? await loadContract(world, owner, `${plan.name}合同`, quoteId, since, plan.collection)
      : null;
  return { plan, opportunityId, customer, stage, rank: rankOf(stage), stageSince: since, contract };
}

const QUOTE_TERMS =
  '1. 报价有效期 30 天。\n2. 付款方式：合同签订后预付 30%，上线验收后支付 60%，质保期满支付 10%。\n3. 硬件质保一年，软件含一年升级服务。';

function lossNote(reason: string | null): string {
  switch (reason) {
    case 'price':
      return '客户认为整体报价偏高，最终选择了价格更低的方案。';
    case 'competitor':
      return '客户选择了本地竞争对手，对方有现场服务团队。';
    case 'budget':
      return '客户今年预算被削减，项目暂停。';
    case 'timing':
      return '客户工厂搬迁，项目推迟到明年。';
    case 'noDecision':
      return '客户内部迟迟未能决策，项目搁置。';
    default:
      return '客户需要对接的专用设备协议我们暂不支持。';
  }
}

async function quoteStatus(world: DemoWorld, quoteId: number): Promise<string | null> {
  const context = await world.context('quote', 'admin');
  const row = await selectRecord(world.database.db, context.object.tableName, quoteId, []);
  return row?.status == null ? null : String(row.status);
}

/**
 * The contract of a won deal, from its accepted quote: drafted the day after, with a 30/60/10 payment plan,
 * submitted, then approved by the owner's manager and signed — unless the win is too recent, when it still
 * waits for approval. Payments follow each instalment whose due date has passed — but for the deal the plan
 * leaves overdue or paid in part, so collection has something to chase.
 */
async function loadContract(
  world: DemoWorld,
  owner: string,
  name: string,
  quoteId: number,
  wonAt: Date,
  collection: DealPlan['collection'],
): Promise<DemoDeal['contract']> {
  const viewer = await world.viewer(owner);
  const drafted = world.after(wonAt, 1);
  const contract = await world.at(drafted, () =>
    createContractFrom(world.database, viewer, 'quote', quoteId),
  );
  await world.update(drafted, owner, 'contract', contract.id, { name });
  const amount = toFen(String(contract.amount));
  const first = Math.round(amount * 0.3);
  const second = Math.round(amount * 0.6);
  const age = (world.now.getTime() - wonAt.getTime()) / DAY_MS;
  const signedAt = age > 8 ? world.after(wonAt, 4 + world.random()) : null;
  const base = signedAt ?? world.ahead(5);
  const due = (days: number) => shanghaiDate(new Date(base.getTime() + days * DAY_MS));
  const instalments = await world.at(drafted, () =>
    setPaymentPlan(world.database, viewer, 'zh-CN', contract.id, [
      { name: '预付款', dueDate: due(10), amount: fromFen(first) },
      { name: '验收款', dueDate: due(60), amount: fromFen(second) },
      { name: '质保金', dueDate: due(365), amount: fromFen(amount - first - second) },
    ]),
  );
  await world.at(world.after(wonAt, 2), () =>
    transitionContract(world.database, viewer, { contractId: contract.id, action: 'submit' }),
  );
  if (!signedAt) return { id: contract.id, signedAt: null };
  const approver = await world.viewer(approverOf(owner));
  await world.at(world.after(wonAt, 3), () =>
    transitionContract(world.database, approver, {
      contractId: contract.id,
      action: 'approve',
      comment: '条款已审核，同意签订。',
    }),
  );
  await world.at(signedAt, () =>
    transitionContract(world.database, viewer, {
      contractId: contract.id,
      action: 'sign',
      signDate: shanghaiDate(signedAt),
    }),
  );
  for (const [index, instalment] of instalments.entries()) {
    const dueDate = String(instalment.dueDate);
    const dueAt = new Date(`${dueDate}T02:00:00Z`);
    const paidAt = new Date(dueAt.getTime() + world.random.int(-3, 5) * DAY_MS);
    if (paidAt.getTime() >= world.now.getTime() - DAY_MS) break;
    let amountDue = toFen(String(instalment.amount));
    if (index === 1 && collection === 'overdue') break;
    if (index === 1 && collection === 'partial') amountDue = Math.round(amountDue / 2);
    await world.at(paidAt, () =>
      recordPayment(world.database, viewer, contract.id, {
        amount: fromFen(amountDue),
        receivedOn: shanghaiDate(paidAt),
        paymentPlan: instalment.id,
        method: world.random.chance(0.8) ? 'bankTransfer' : 'acceptanceBill',
        reference: `HX${shanghaiDate(paidAt).replaceAll('-', '')}${String(contract.id).padStart(4, '0')}`,
      }),
    );
    if (amountDue !== toFen(String(instalment.amount))) break;
  }
  return { id: contract.id, signedAt };
}
