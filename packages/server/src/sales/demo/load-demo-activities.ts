import { DEMO_FOLLOW_UP_NOTES, DEMO_TICKETS } from './demo-catalogue.ts';
import { DEMO_STRANDS, type DemoWorld, inParallel } from './demo-world.ts';
import type { DemoDeal } from './load-demo-deals.ts';

const DAY_MS = 86_400_000;

/** What a rep does next, by the stage the deal is in. */
const NEXT_TASKS = [
  '安排上门拜访，确认设备清单',
  '准备方案演示材料',
  '跟进报价反馈，确认采购流程',
  '推动客户合同审批',
];

const RESOLUTIONS = [
  '已远程排查：网关固件版本过旧，升级后连续一周未再离线，客户确认关闭。',
  '已提供 UTF-8 BOM 格式导出选项，客户验证后中文显示正常。',
  '已向客户说明延误原因并调整上线计划，项目经理每周汇报进度。',
];

/**
 * The day-to-day around the deals: each open deal's next task for its owner — due today, overdue or in the
 * coming days, in turn per rep, so every "my day" has something in it — done tasks behind closed deals,
 * after-sales visits and service tickets (open, in progress and resolved) on the signed customers.
 */
export async function loadDemoActivities(world: DemoWorld, deals: DemoDeal[]): Promise<void> {
  const turns = new Map<string, number>();
  const turnOf = new Map<DemoDeal, number>();
  for (const deal of deals) {
    if (deal.stage.kind !== 'open') continue;
    const turn = turns.get(deal.plan.owner) ?? 0;
    turns.set(deal.plan.owner, turn + 1);
    turnOf.set(deal, turn);
  }
  await inParallel(deals, DEMO_STRANDS, (deal) =>
    loadDealTasks(world.fork(2_000 + deal.plan.index), deal, turnOf.get(deal) ?? 0),
  );
  const signed = deals.filter((deal) => deal.contract?.signedAt);
  await inParallel([...signed.entries()], DEMO_STRANDS, ([index, deal]) =>
    loadAfterSales(world.fork(3_000 + index), deal, index),
  );
}

/** A closed deal's last task, done; an open deal's next one — today, overdue or later, by the rep's turn. */
async function loadDealTasks(world: DemoWorld, deal: DemoDeal, turn: number): Promise<void> {
  const owner = deal.plan.owner;
  const related = { opportunity: deal.opportunityId, account: deal.customer.id };
  if (deal.stage.kind !== 'open') {
    const done = world.after(deal.stageSince, -2);
    const task = await world.create(new Date(done.getTime() - 2 * DAY_MS), owner, 'task', {
      subject: deal.stage.kind === 'won' ? '确认合同条款和付款节点' : '提交最终报价',
      dueAt: done.toISOString(),
      priority: 'normal',
      ...related,
    });
    await world.update(done, owner, 'task', task.id, { status: 'done' });
    return;
  }
  const dueAt =
    turn % 3 === 0
      ? world.ahead(0, 16)
      : turn % 3 === 1
        ? world.ahead(-world.random.int(1, 3), 17)
        : world.ahead(world.random.int(1, 6), 10);
  await world.create(world.after(deal.stageSince, 0.1), owner, 'task', {
    subject: NEXT_TASKS[deal.rank] ?? NEXT_TASKS[0]!,
    dueAt: dueAt.toISOString(),
    ...(dueAt.getTime() > world.now.getTime()
      ? { remindAt: new Date(dueAt.getTime() - 3_600_000).toISOString() }
      : {}),
    priority: deal.rank >= 2 ? 'high' : 'normal',
    status: turn % 4 === 3 ? 'inProgress' : 'open',
    ...related,
  });
}

/** A signed customer's visit after going live, and — for the first seven — a service ticket. */
async function loadAfterSales(world: DemoWorld, deal: DemoDeal, index: number): Promise<void> {
  const owner = deal.plan.owner;
  const signedAt = deal.contract!.signedAt!;
  const contact = deal.customer.contactIds[0];
  await world.create(world.after(signedAt, 30 + world.random.int(0, 60)), owner, 'followUp', {
    type: world.random.pick(['phone', 'visit']),
    content: world.random.pick(DEMO_FOLLOW_UP_NOTES.after),
    account: deal.customer.id,
    ...(contact ? { contact } : {}),
  });
  const ticket = DEMO_TICKETS[index];
  if (!ticket) return;
  const opened = world.after(signedAt, 10 + world.random.int(0, 40));
  const created = await world.create(opened, owner, 'ticket', {
    subject: ticket.subject,
    type: ticket.type,
    priority: ticket.priority,
    description: ticket.description,
    account: deal.customer.id,
    contract: deal.contract!.id,
    ...(contact ? { contact } : {}),
  });
  if (index % 3 === 0) return;
  await world.update(world.after(opened, 0.2), owner, 'ticket', created.id, { status: 'inProgress' });
  if (index % 3 === 1) return;
  await world.update(world.after(opened, 2), owner, 'ticket', created.id, {
    status: 'resolved',
    resolution: RESOLUTIONS[Math.floor(index / 3) % RESOLUTIONS.length]!,
  });
}
