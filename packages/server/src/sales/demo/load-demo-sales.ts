import type { Database } from '../../db/database.ts';
import type { DemoOrganisation } from '../../platform/demo/load-demo-data.ts';
import { sendPaymentReminders } from '../payment/payment-reminders.job.ts';
import { selectDefaultPipelineId, selectLiveStages } from '../pipeline/pipeline.repository.ts';
import { DEMO_ACCOUNTS } from './demo-catalogue.ts';
import { planDemoDeals } from './demo-deal-plan.ts';
import { DEMO_STRANDS, DemoWorld, inParallel } from './demo-world.ts';
import { loadDemoActivities } from './load-demo-activities.ts';
import { loadDemoCatalogue } from './load-demo-catalogue.ts';
import { loadDemoCustomer, loadDemoLeads } from './load-demo-customers.ts';
import { type DemoDeal, loadDemoDeal } from './load-demo-deals.ts';
import { loadDemoLeadEngine } from './load-demo-lead-engine.ts';

/**
 * The demo company's CRM (a demo step, after its organisation): catalogue and price lists, leads from every
 * channel, customers across provinces and industries with their contacts, deals in every stage of the
 * default pipeline with their history, quotes, contracts, payment plans and payments, follow-ups, tasks and
 * tickets — the last ten months of the company, written through the commands the API uses at the moments
 * they happened (relative to the load), the same on every load. Then the day's collection round, which
 * marks what is overdue now and tells the owners; last the lead engine (pools, the rule set new leads go
 * through, the website form, email templates and a nurturing sequence).
 */
export async function loadDemoSales(database: Database, organisation: DemoOrganisation): Promise<void> {
  const world = new DemoWorld(database, organisation);
  const pipelineId = await selectDefaultPipelineId(database.db);
  if (pipelineId === null) throw new Error('the demo needs the default pipeline');
  const stages = await selectLiveStages(database.db, [pipelineId]);
  const catalogue = await loadDemoCatalogue(world);
  const plans = planDemoDeals(stages, world.now, world.random);
  const deals: DemoDeal[] = [];
  // Each customer and its deals is one strand of the story; strands are written side by side.
  await inParallel([...DEMO_ACCOUNTS.keys()], DEMO_STRANDS, async (index) => {
    const strand = world.fork(index + 1);
    const customer = await loadDemoCustomer(strand, index, plans);
    for (const plan of plans.filter((p) => p.accountIndex === index)) {
      deals.push(await loadDemoDeal(world.fork(1_000 + plan.index), plan, customer, catalogue, stages));
    }
  });
  deals.sort((a, b) => a.plan.index - b.plan.index);
  const pooled = await loadDemoLeads(world.fork(4_000));
  await loadDemoActivities(world, deals);
  await sendPaymentReminders(database, { now: organisation.now });
  await loadDemoLeadEngine(world, pooled);
}
