import type { StageRow } from '../pipeline/pipeline.repository.ts';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-catalogue.ts';
import type { SeededRandom } from './seeded-random.ts';

const DAY_MS = 86_400_000;

/** How a demo deal ends up: won, lost, or still open in the `open` stage of that index. */
export type DealOutcome =
  | { kind: 'won' }
  | { kind: 'lost'; atStage: number }
  | { kind: 'open'; stage: number };

/** One stage change of a deal's story: into the stage at `at`. */
export interface PlannedMove {
  stage: StageRow;
  at: Date;
}

/** A demo deal: whose, for which account, what it sells and when it moved through the pipeline. */
export interface DealPlan {
  index: number;
  accountIndex: number;
  /** Nth deal of its account (the first one opens the account; with a lead, through its conversion). */
  ordinal: number;
  owner: string;
  name: string;
  outcome: DealOutcome;
  lossReason: string | null;
  createdAt: Date;
  /** Every stage after the first, in order (the first is entered at `createdAt`). */
  moves: PlannedMove[];
  lines: Array<{ code: string; quantity: number; discountPercent: number }>;
  /**
   * For a won deal's collection: its second instalment left unpaid past its due date, or paid in part — one
   * deal each across the demo, among the wins old enough for that instalment to be due.
   */
  collection: 'overdue' | 'partial' | null;
}

/**
 * Outcomes in turn: per sixteen deals four won, three lost and nine open — spread over every open stage —
 * so the funnel has flow at each step and the kanban a card in every column.
 */
const OUTCOMES: DealOutcome[] = [
  { kind: 'won' },
  { kind: 'open', stage: 3 },
  { kind: 'lost', atStage: 1 },
  { kind: 'open', stage: 1 },
  { kind: 'open', stage: 0 },
  { kind: 'won' },
  { kind: 'open', stage: 2 },
  { kind: 'lost', atStage: 2 },
  { kind: 'open', stage: 1 },
  { kind: 'won' },
  { kind: 'open', stage: 0 },
  { kind: 'open', stage: 2 },
  { kind: 'open', stage: 3 },
  { kind: 'lost', atStage: 0 },
  { kind: 'won' },
  { kind: 'open', stage: 1 },
];

/** A win this old has its contract's second instalment (due 60 days after signing) past due. */
const OLD_WIN_DAYS = 80;

/** The place in `OUTCOMES` of the won deal that closes in the last days. */
const RECENT_WIN = 5;

const LOSS_REASONS = ['price', 'competitor', 'budget', 'timing', 'noDecision', 'requirements'];
const FIRST_DEALS = ['设备联网一期', '预测性维护平台', '数字化车间项目', '设备管理平台建设'];
const LATER_DEALS = ['二期扩容', '产线数据分析', '年度运维续约', '新厂区设备接入'];

/** The company name without its legal form, for deal names (上海浦江精密机械有限公司 → 上海浦江精密机械). */
export function shortCompanyName(name: string): string {
  return name.replace(/(集团)?(股份)?有限(责任)?公司$/, '');
}

/**
 * The demo deals, deterministically from `random`: one to three per account (key accounts more), each with
 * an outcome, lines sized to the customer, and a stage path timed with the stages' expected days (stretched
 * at random) that ends before `now` — closed deals within the last ten months, open ones recently entered.
 */
export function planDemoDeals(stages: StageRow[], now: Date, random: SeededRandom): DealPlan[] {
  const open = stages.filter((stage) => stage.kind === 'open');
  const won = stages.find((stage) => stage.kind === 'won')!;
  const lost = stages.find((stage) => stage.kind === 'lost')!;
  const dwell = (stage: StageRow) => {
    const min = stage.expectedDaysMin ?? 5;
    const max = stage.expectedDaysMax ?? min;
    return (min + random() * (max - min)) * (0.7 + random() * 1.3);
  };
  const plans: DealPlan[] = [];
  DEMO_ACCOUNTS.forEach((account, accountIndex) => {
    const count = 1 + (accountIndex % 3 === 0 ? 1 : 0) + (account.level === 'a' ? 1 : 0);
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      const index = plans.length;
      const outcome = OUTCOMES[index % OUTCOMES.length]!;
      // The stages the deal passes through after its first, and the days it spends in each before leaving.
      const path: StageRow[] = [];
      if (outcome.kind === 'won') path.push(...open.slice(1), won);
      else if (outcome.kind === 'lost') path.push(...open.slice(1, outcome.atStage + 1), lost);
      else path.push(...open.slice(1, outcome.stage + 1));
      const days = path.length === 0 ? [] : [open[0]!, ...path.slice(0, -1)].map(dwell);
      const travel = days.reduce((sum, d) => sum + d, 0);
      // Closed deals end 3 to 300 days ago (later deals of an account after its first); open ones entered
      // their current stage within its expected time.
      // One won deal in sixteen closed in the last days: its contract still waits for approval.
      const endDaysAgo =
        outcome.kind === 'open'
          ? random() * dwell(open[outcome.stage]!)
          : index % OUTCOMES.length === RECENT_WIN
            ? 2 + random() * 4
            : ordinal === 0
              ? 20 + random() * 280
              : 8 + random() * 60;
      const createdAt = new Date(now.getTime() - (endDaysAgo + travel) * DAY_MS);
      let at = createdAt.getTime();
      const moves = path.map((stage, step) => {
        at += days[step]! * DAY_MS;
        return { stage, at: new Date(Math.min(at, now.getTime() - 3_600_000)) };
      });
      plans.push({
        index,
        accountIndex,
        ordinal,
        owner: account.owner,
        name: `${shortCompanyName(account.name)}${random.pick(ordinal === 0 ? FIRST_DEALS : LATER_DEALS)}`,
        outcome,
        lossReason: outcome.kind === 'lost' ? random.pick(LOSS_REASONS) : null,
        createdAt,
        moves,
        lines: dealLines(account, ordinal, random),
        collection: null,
      });
    }
  });
  const oldWins = plans.filter(
    (plan) =>
      plan.outcome.kind === 'won' && plan.moves.at(-1)!.at.getTime() < now.getTime() - OLD_WIN_DAYS * DAY_MS,
  );
  if (oldWins[0]) oldWins[0].collection = 'overdue';
  if (oldWins[1]) oldWins[1].collection = 'partial';
  return plans;
}

/** What a customer of this size buys: a platform, devices, implementation days, support and training. */
function dealLines(account: DemoAccount, ordinal: number, random: SeededRandom): DealPlan['lines'] {
  const big = account.size === 'large' || account.size === 'enterprise';
  const discount = () => random.pick([0, 0, 5, 8, 10]);
  if (ordinal > 0) {
    return [
      { code: 'HW-GW200', quantity: random.int(4, 20), discountPercent: discount() },
      { code: 'HW-S10', quantity: random.int(10, 80), discountPercent: discount() },
      { code: 'SV-IMPL', quantity: random.int(5, 20), discountPercent: 0 },
      ...(random.chance(0.5) ? [{ code: 'MT-STD', quantity: 1, discountPercent: 0 }] : []),
    ];
  }
  return [
    { code: big ? 'SW-CRM-ENT' : 'SW-CRM-PRO', quantity: 1, discountPercent: discount() },
    { code: 'HW-GW200', quantity: random.int(big ? 10 : 3, big ? 40 : 12), discountPercent: discount() },
    { code: 'HW-S10', quantity: random.int(big ? 40 : 10, big ? 160 : 50), discountPercent: discount() },
    ...(big ? [{ code: 'HW-E5', quantity: random.int(1, 3), discountPercent: 0 }] : []),
    { code: 'SV-IMPL', quantity: random.int(big ? 20 : 8, big ? 60 : 20), discountPercent: 0 },
    ...(random.chance(0.4) ? [{ code: 'SW-BI', quantity: 1, discountPercent: discount() }] : []),
    { code: random.chance(0.3) ? 'MT-724' : 'MT-STD', quantity: 1, discountPercent: 0 },
    ...(random.chance(0.5) ? [{ code: 'TR-ADMIN', quantity: random.int(1, 2), discountPercent: 0 }] : []),
  ];
}
