import { convertLead } from '../lead/convert-lead.command.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_CAMPAIGNS,
  DEMO_GIVEN_NAMES,
  DEMO_LEAD_COMPANIES,
  DEMO_SURNAMES,
  DEMO_TITLES,
} from './demo-catalogue.ts';
import type { DealPlan } from './demo-deal-plan.ts';
import { type DemoWorld, shanghaiDate } from './demo-world.ts';

const DAY_MS = 86_400_000;

/** A demo customer as the deals see it. */
export interface DemoCustomer {
  id: number;
  owner: string;
  contactIds: number[];
  /** The lead it was converted from, if it came from one. */
  leadId: number | null;
  /** The opportunity its lead's conversion opened (the account's first deal). */
  convertedOpportunityId: number | null;
}

/** The reps who work leads, in turn. */
const LEAD_REPS = ['zhangwei', 'liuyang', 'zhaolei', 'zhouting', 'wubin', 'linxiaoyan'];
/** Who hands out the leads that come in: the head of sales, who may assign records in his department tree. */
const LEAD_DISPATCHER = 'liming';

/** Demo person number `n`: a Chinese name, a mobile number and a job title. */
function nextPerson(world: DemoWorld, n: number): { name: string; phone: string; title: string } {
  const name = `${DEMO_SURNAMES[(n * 7) % DEMO_SURNAMES.length]}${DEMO_GIVEN_NAMES[(n * 11 + 3) % DEMO_GIVEN_NAMES.length]}`;
  const phone = `1${world.random.pick(['35', '36', '38', '39', '58', '86'])}${String(10_000_000 + ((n * 7_919_237) % 89_999_999)).slice(0, 8)}`;
  return { name, phone, title: world.random.pick(DEMO_TITLES) };
}

/** The campaign a lead of this source came from (exhibitions, ads, …), if any. */
function campaignOf(source: string) {
  const campaign = DEMO_CAMPAIGNS.find((c) => c.source === source);
  return campaign
    ? {
        campaign: campaign.campaign,
        ...(campaign.utmSource ? { utmSource: campaign.utmSource } : {}),
        ...(campaign.utmMedium ? { utmMedium: campaign.utmMedium } : {}),
      }
    : {};
}

/**
 * A demo customer (of `DEMO_ACCOUNTS[index]`): two in three arrive as a lead (assigned by the head of sales, called by the rep, then
 * converted through the conversion action, which opens the account's first deal, so its payments trace back
 * to the lead's source); the others are entered directly. Each gets a primary contact and one or two more,
 * and the profile fields a rep fills in (size, level, address, tags).
 */
export async function loadDemoCustomer(
  world: DemoWorld,
  index: number,
  deals: DealPlan[],
): Promise<DemoCustomer> {
  const account = DEMO_ACCOUNTS[index]!;
  {
    const first = deals.find((deal) => deal.accountIndex === index && deal.ordinal === 0)!;
    const owner = account.owner;
    const person = nextPerson(world, index * 4);
    const profile = {
      industry: account.industry,
      size: account.size,
      level: account.level,
      address: account.address,
      ...(account.website ? { website: account.website } : {}),
      ...(account.tags.length > 0 ? { tags: account.tags } : {}),
    };
    let customer: DemoCustomer;
    let since: Date;
    if (index % 3 !== 2) {
      // A lead: in, called a day later, converted when the first deal opens.
      const convertedAt = first.createdAt;
      const arrived = new Date(convertedAt.getTime() - world.random.int(4, 12) * DAY_MS);
      const lead = await world.create(arrived, LEAD_DISPATCHER, 'lead', {
        name: person.name,
        company: account.name,
        title: person.title,
        phone: person.phone,
        source: account.source,
        region: account.region,
        industry: account.industry,
        ...campaignOf(account.source),
        status: 'new',
        ownerId: world.userId(owner),
      });
      const called = new Date(arrived.getTime() + DAY_MS);
      await world.create(called, owner, 'followUp', {
        type: 'phone',
        content: world.random.pick([
          '初次电话沟通，客户对设备联网和故障预警感兴趣，约定下周上门拜访。',
          '展会上交换名片，客户希望了解同行业案例。',
          '客户从官网预约了演示，确认了参会人员和时间。',
        ]),
        lead: lead.id,
        nextStep: '上门拜访，了解设备现状',
      });
      await world.update(called, owner, 'lead', lead.id, { status: 'contacted' });
      const conversion = await world.at(convertedAt, async () =>
        convertLead(world.database, await world.viewer(owner), lead.id, {
          account: { mode: 'new' },
          contact: { mode: 'new' },
          opportunity: {
            name: first.name,
            closeDate: shanghaiDate(new Date(convertedAt.getTime() + 45 * DAY_MS)),
          },
        }),
      );
      await world.update(convertedAt, owner, 'account', conversion.account.id, {
        ...profile,
        phone: account.phone,
      });
      if (conversion.contact) {
        await world.update(convertedAt, owner, 'contact', conversion.contact.id, { isPrimary: true });
      }
      customer = {
        id: conversion.account.id,
        owner,
        contactIds: conversion.contact ? [conversion.contact.id] : [],
        leadId: lead.id,
        convertedOpportunityId: conversion.opportunity?.id ?? null,
      };
      since = convertedAt;
    } else {
      since = new Date(first.createdAt.getTime() - world.random.int(3, 30) * DAY_MS);
      const created = await world.create(since, owner, 'account', {
        name: account.name,
        phone: account.phone,
        region: account.region,
        source: account.source,
        ...profile,
      });
      const contact = await world.create(since, owner, 'contact', {
        name: person.name,
        title: person.title,
        phone: person.phone,
        account: created.id,
        isPrimary: true,
      });
      customer = {
        id: created.id,
        owner,
        contactIds: [contact.id],
        leadId: null,
        convertedOpportunityId: null,
      };
    }
    const more = account.size === 'large' || account.size === 'enterprise' ? 2 : 1;
    for (let n = 0; n < more; n += 1) {
      const other = nextPerson(world, index * 4 + 1 + n);
      const contact = await world.create(new Date(since.getTime() + (n + 1) * DAY_MS), owner, 'contact', {
        name: other.name,
        title: other.title,
        phone: other.phone,
        account: customer.id,
        department: world.random.pick(['设备部', '采购部', '信息中心', '生产部', '财务部']),
        wechat: `wx_${other.phone.slice(-6)}`,
      });
      customer.contactIds.push(contact.id);
    }
    return customer;
  }
}

/**
 * The leads still being worked, from every campaign and channel: new ones in the last days, contacted and
 * qualified ones with their calls, a few disqualified, and a pool from the last exhibition that marketing
 * has not handed out yet.
 */
export async function loadDemoLeads(world: DemoWorld): Promise<number[]> {
  for (const [index, company] of DEMO_LEAD_COMPANIES.entries()) {
    const owner = LEAD_REPS[index % LEAD_REPS.length]!;
    const campaign = DEMO_CAMPAIGNS[index % DEMO_CAMPAIGNS.length]!;
    const person = nextPerson(world, 500 + index);
    const arrived = world.day(1 + ((index * 5) % 40), 9 + (index % 8));
    const status = ['new', 'new', 'contacted', 'contacted', 'qualified', 'unqualified'][index % 6]!;
    const lead = await world.create(arrived, LEAD_DISPATCHER, 'lead', {
      name: person.name,
      company: company.company,
      title: person.title,
      phone: person.phone,
      source: campaign.source,
      region: company.region,
      industry: company.industry,
      campaign: campaign.campaign,
      ...(campaign.utmSource ? { utmSource: campaign.utmSource, utmCampaign: 'digital-factory-2026' } : {}),
      ...(campaign.utmMedium ? { utmMedium: campaign.utmMedium } : {}),
      status: 'new',
      ownerId: world.userId(owner),
    });
    if (status === 'new') continue;
    const called = world.after(arrived, 1);
    await world.create(called, owner, 'followUp', {
      type: 'phone',
      content:
        status === 'unqualified'
          ? '电话沟通：客户暂无设备联网需求，预算已用于其他项目。'
          : world.random.pick([
              '电话沟通：客户正在评估设备管理系统，希望下周看演示。',
              '客户回复了白皮书下载邮件，对故障预警功能感兴趣。',
              '微信沟通：客户设备部经理愿意安排一次线上交流。',
            ]),
      lead: lead.id,
      ...(status === 'unqualified' ? {} : { nextStep: '安排线上演示' }),
    });
    await world.update(called, owner, 'lead', lead.id, {
      status,
      ...(status === 'unqualified' ? { description: '暂无需求，半年后再联系。' } : {}),
    });
  }
  const pool = ['宁波北仑港口机械有限公司', '合肥高新光电科技有限公司', '长沙星沙工程机械配件有限公司'];
  const pooled: number[] = [];
  for (const [index, company] of pool.entries()) {
    const person = nextPerson(world, 600 + index);
    const lead = await world.create(world.day(2 + index, 15), 'sunli', 'lead', {
      name: person.name,
      company,
      title: person.title,
      phone: person.phone,
      source: 'exhibition',
      industry: 'manufacturing',
      ...campaignOf('exhibition'),
      status: 'new',
      description: '展会现场扫码登记，待分配。',
    });
    pooled.push(lead.id);
  }
  return pooled;
}
