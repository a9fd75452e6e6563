import type { AuditActor } from '../../platform/audit/record-audit.ts';
import { EmailTemplateBody } from '../email/email-template.schemas.ts';
import { saveEmailTemplate } from '../email/save-email-template.command.ts';
import { RuleSetBody } from '../lead-assignment/lead-assignment.schemas.ts';
import { saveRuleSet } from '../lead-assignment/save-rule-set.command.ts';
import { createLeadForm } from '../lead-intake/create-lead-form.command.ts';
import { CreateLeadFormBody } from '../lead-intake/lead-form.schemas.ts';
import { PoolBody } from '../lead-pool/lead-pool.schemas.ts';
import { returnLeadToPool } from '../lead-pool/return-lead.command.ts';
import { savePool } from '../lead-pool/save-pool.command.ts';
import { saveSequence } from '../nurturing/save-sequence.command.ts';
import { SequenceBody } from '../nurturing/sequence.schemas.ts';
import type { DemoWorld } from './demo-world.ts';

/** Provinces of the two sales regions, by code: the rules send their leads to the region's team. */
const EAST_PROVINCES = ['310000', '320000', '330000', '340000'];
const SOUTH_PROVINCES = ['440000', '350000', '450000', '460000'];

/** Recycling and claiming as a company would start: a month without follow-up, a quarter to convert. */
const POOL_LIMITS = {
  dailyClaimLimit: 10,
  maxOwnedLeads: 60,
  reclaimCooldownDays: 7,
  noFollowUpDays: 30,
  notConvertedDays: 90,
  reminderDays: 3,
};

/**
 * The lead engine as the demo company runs it, set up once its leads are in (a new lead created after the
 * load goes through it): three pools — 华东 and 华南 for their teams, a shared one for everyone — with
 * recycling and claim limits; a rule set that applies on create (华东 in turn among the Shanghai and
 * Hangzhou reps, 华南 to the Shenzhen or Guangzhou rep with the fewest open leads, the rest into the shared pool) with the
 * five-minute first-response target; the website's contact form; an email template in each language and a
 * nurturing sequence for the shared pool, switched off until the company sets its mail server. The leads
 * `pooled` (trade-fair visitors nobody owns yet) go into the shared pool. All through the commands the
 * API uses, as the admin.
 */
export async function loadDemoLeadEngine(world: DemoWorld, pooled: readonly number[]): Promise<void> {
  const { database } = world;
  const admin = await world.viewer('admin');
  const actor: AuditActor = { userId: admin.userId };
  const member = (username: string, isManager = false) => ({ userId: world.userId(username), isManager });
  const department = (key: string) => world.organisation.departmentIds.get(key) ?? null;
  const createPool = (input: unknown) => savePool(database, admin, actor, null, PoolBody.parse(input));

  await createPool({
    name: '华东公海',
    description: '华东大区的线索：超过 30 天未跟进或 90 天未转化的线索回到这里，由华东团队认领。',
    departmentId: department('east'),
    region: '华东',
    position: 0,
    ...POOL_LIMITS,
    members: [member('chenjing', true), member('zhangwei'), member('liuyang'), member('zhaolei')],
  });
  await createPool({
    name: '华南公海',
    description: '华南大区的线索，由华南团队认领。',
    departmentId: department('south'),
    region: '华南',
    position: 1,
    ...POOL_LIMITS,
    members: [member('huangzhiqiang', true), member('zhouting'), member('wubin'), member('linxiaoyan')],
  });
  const shared = await createPool({
    name: '公共公海',
    description: '未分区域的线索和展会名单，所有销售都可认领。',
    position: 2,
    ...POOL_LIMITS,
    dailyClaimLimit: 5,
    members: [
      member('liming', true),
      member('sunli', true),
      ...['zhangwei', 'liuyang', 'zhaolei', 'zhouting', 'wubin', 'linxiaoyan'].map((name) => member(name)),
    ],
  });
  for (const leadId of pooled) {
    await returnLeadToPool(database, await world.viewer('sunli'), actor, leadId, {
      reason: '展会现场登记的名单，待销售认领',
      poolId: shared.id,
    });
  }

  const ruleSet = await saveRuleSet(
    database,
    actor,
    null,
    RuleSetBody.parse({
      name: '新线索分配',
      description: '按地区分给大区销售，其余进入公共公海；5 分钟内首次响应。',
      assignOnCreate: true,
      taskDueMinutes: 30,
      firstResponse: { targetMinutes: 5, escalate: true, reassign: false },
      rules: [
        {
          name: '华东 → 上海、杭州销售轮询',
          condition: { and: [{ field: 'region', op: 'in', value: EAST_PROVINCES }] },
          strategy: 'roundRobin',
          members: ['zhangwei', 'liuyang', 'zhaolei'].map((name) => ({ userId: world.userId(name) })),
        },
        {
          name: '华南 → 线索最少的华南销售',
          condition: { and: [{ field: 'region', op: 'in', value: SOUTH_PROVINCES }] },
          strategy: 'leastLoaded',
          members: ['zhouting', 'wubin', 'linxiaoyan'].map((name) => ({ userId: world.userId(name) })),
        },
        { name: '其余 → 公共公海', condition: null, strategy: 'pool', poolId: shared.id },
      ],
    }),
  );

  await createLeadForm(
    database,
    actor,
    CreateLeadFormBody.parse({
      name: '官网「预约演示」表单',
      fields: [
        { field: 'name', required: true },
        { field: 'company', required: true },
        { field: 'phone', required: true },
        { field: 'email' },
        { field: 'title', label: { 'zh-CN': '职位', en: 'Job title' } },
        { field: 'description', label: { 'zh-CN': '想了解的内容', en: 'What would you like to see?' } },
      ],
      submitLabel: { 'zh-CN': '预约演示', en: 'Book a demo' },
      thankYou: {
        'zh-CN': '感谢您的预约！我们的顾问会在一个工作日内与您联系。',
        en: 'Thank you! A consultant will contact you within one working day.',
      },
      source: 'website',
      campaign: '官网预约演示',
      ruleSetId: ruleSet.id,
    }),
  );

  const templates = [];
  for (const template of DEMO_TEMPLATES) {
    templates.push(await saveEmailTemplate(database, actor, null, EmailTemplateBody.parse(template)));
  }
  await saveSequence(
    database,
    actor,
    null,
    SequenceBody.parse({
      name: '公海线索培育',
      description:
        '进入公共公海的线索每隔几天收到一封邮件；回复或点击“有意向”后交回销售。配置好发信服务器后开启。',
      active: false,
      enrolPoolId: shared.id,
      steps: [
        { templateId: templates[0]!.id, delayDays: 0 },
        { templateId: templates[1]!.id, delayDays: 3 },
      ],
    }),
  );
}

/** The demo's email templates: a first touch and a case study, in Chinese; the first also in English. */
const DEMO_TEMPLATES = [
  {
    name: '培育 1：设备联网白皮书',
    language: 'zh-CN',
    subject: '{{ lead.company | default: "贵公司" }}的设备管理，可以更省心',
    body: [
      '<p>{{ lead.name | default: "您好" }}，您好：</p>',
      '<p>感谢您关注领航智联。我们整理了一份《制造业设备联网与预测性维护白皮书》，介绍同行如何把非计划停机减少 30% 以上。</p>',
      '<p>如果您希望了解适合{{ lead.company | default: "贵公司" }}的方案，直接回复这封邮件即可，我们的顾问会联系您。</p>',
      '<p>{{ sender.name }}</p>',
    ].join('\n'),
  },
  {
    name: '培育 2：客户案例',
    language: 'zh-CN',
    subject: '一家长三角零部件工厂如何在三个月内上线 MES',
    body: [
      '<p>{{ lead.name | default: "您好" }}，您好：</p>',
      '<p>上个月我们帮助一家汽车零部件工厂完成了 MES 上线，设备综合效率提升了 12%。案例详情可以回复邮件索取。</p>',
      '<p>{{ sender.name }}</p>',
    ].join('\n'),
  },
  {
    name: 'Nurture 1: connected equipment white paper',
    language: 'en',
    subject: 'Less downtime for {{ lead.company | default: "your plant" }}',
    body: [
      '<p>Hello {{ lead.name | default: "there" }},</p>',
      '<p>Thank you for your interest. Our white paper shows how manufacturers cut unplanned downtime by over 30% with connected equipment and predictive maintenance.</p>',
      '<p>Reply to this email and one of our consultants will get in touch.</p>',
      '<p>{{ sender.name }}</p>',
    ].join('\n'),
  },
];
