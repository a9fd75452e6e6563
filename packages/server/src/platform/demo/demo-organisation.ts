import type { BuiltInRole } from '@lodestar/shared';
import { recordAudit } from '../audit/record-audit.ts';
import { insertUser, newUserValues } from '../users/user.repository.ts';
import type { DemoContext } from './demo-context.ts';

export interface DemoDepartment {
  key: string;
  name: string;
  parent: string | null;
  /** Username of the department head. */
  head: string | null;
}

export interface DemoUser {
  username: string;
  name: string;
  /** Key of the user's department. */
  department: string;
  /** Username of the user's manager. */
  manager: string | null;
  role: BuiltInRole;
  phone: string;
}

/** Domain of the demo users' email addresses (reserved for examples, never delivered). */
export const DEMO_EMAIL_DOMAIN = 'demo.example.com';

/** The demo company: head office, a sales department with two regions of two teams each, marketing, service. */
export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { key: 'hq', name: '总公司', parent: null, head: 'wangjianguo' },
  { key: 'sales', name: '销售部', parent: 'hq', head: 'liming' },
  { key: 'east', name: '华东大区', parent: 'sales', head: 'chenjing' },
  { key: 'shanghai', name: '上海组', parent: 'east', head: null },
  { key: 'hangzhou', name: '杭州组', parent: 'east', head: null },
  { key: 'south', name: '华南大区', parent: 'sales', head: 'huangzhiqiang' },
  { key: 'shenzhen', name: '深圳组', parent: 'south', head: null },
  { key: 'guangzhou', name: '广州组', parent: 'south', head: null },
  { key: 'marketing', name: '市场部', parent: 'hq', head: 'sunli' },
  { key: 'service', name: '客服部', parent: 'hq', head: 'hefang' },
];

/** The demo staff: department and region heads are sales managers, everyone else works as a sales rep. */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'wangjianguo',
    name: '王建国',
    department: 'hq',
    manager: null,
    role: 'salesManager',
    phone: '13801012001',
  },
  {
    username: 'liming',
    name: '李明',
    department: 'sales',
    manager: 'wangjianguo',
    role: 'salesManager',
    phone: '13801012002',
  },
  {
    username: 'chenjing',
    name: '陈静',
    department: 'east',
    manager: 'liming',
    role: 'salesManager',
    phone: '13916023001',
  },
  {
    username: 'zhangwei',
    name: '张伟',
    department: 'shanghai',
    manager: 'chenjing',
    role: 'salesRep',
    phone: '13916023002',
  },
  {
    username: 'liuyang',
    name: '刘洋',
    department: 'shanghai',
    manager: 'chenjing',
    role: 'salesRep',
    phone: '13916023003',
  },
  {
    username: 'zhaolei',
    name: '赵磊',
    department: 'hangzhou',
    manager: 'chenjing',
    role: 'salesRep',
    phone: '13757104001',
  },
  {
    username: 'huangzhiqiang',
    name: '黄志强',
    department: 'south',
    manager: 'liming',
    role: 'salesManager',
    phone: '13924055001',
  },
  {
    username: 'zhouting',
    name: '周婷',
    department: 'shenzhen',
    manager: 'huangzhiqiang',
    role: 'salesRep',
    phone: '13924055002',
  },
  {
    username: 'wubin',
    name: '吴斌',
    department: 'shenzhen',
    manager: 'huangzhiqiang',
    role: 'salesRep',
    phone: '13924055003',
  },
  {
    username: 'linxiaoyan',
    name: '林晓燕',
    department: 'guangzhou',
    manager: 'huangzhiqiang',
    role: 'salesRep',
    phone: '13802066001',
  },
  {
    username: 'sunli',
    name: '孙丽',
    department: 'marketing',
    manager: 'wangjianguo',
    role: 'salesRep',
    phone: '13801012003',
  },
  {
    username: 'hefang',
    name: '何芳',
    department: 'service',
    manager: 'wangjianguo',
    role: 'salesRep',
    phone: '13801012004',
  },
];

/**
 * Creates the demo departments tree and staff (with managers and roles), and records their ids in the
 * context for the domains loaded after it.
 */
export async function loadDemoOrganisation(ctx: DemoContext): Promise<void> {
  const { trx, now, actor } = ctx;
  for (const [index, dept] of DEMO_DEPARTMENTS.entries()) {
    const parentId = dept.parent ? ctx.departmentIds.get(dept.parent)! : null;
    const parentPath = dept.parent ? ctx.departmentPaths.get(dept.parent)! : '/';
    const siblings = DEMO_DEPARTMENTS.slice(0, index).filter((d) => d.parent === dept.parent).length;
    const { id } = await trx
      .insertInto('departments')
      .values({
        name: dept.name,
        parent_id: parentId,
        path: parentPath,
        sort_order: siblings,
        head_user_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const path = `${parentPath}${id}/`;
    await trx.updateTable('departments').set({ path }).where('id', '=', id).execute();
    ctx.departmentIds.set(dept.key, id);
    ctx.departmentPaths.set(dept.key, path);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'department',
      entityId: id,
      changes: { name: [null, dept.name], parentId: [null, parentId] },
    });
  }

  const roles = await trx.selectFrom('roles').select(['id', 'key']).where('key', 'is not', null).execute();
  const roleIds = new Map(roles.map((r) => [r.key, r.id]));
  for (const user of DEMO_USERS) {
    const departmentId = ctx.departmentIds.get(user.department)!;
    const managerId = user.manager ? ctx.userIds.get(user.manager)! : null;
    const email = `${user.username}@${DEMO_EMAIL_DOMAIN}`;
    const id = await insertUser(
      trx,
      newUserValues({
        username: user.username,
        name: user.name,
        email,
        phone: user.phone,
        departmentId,
        managerId,
        passwordHash: ctx.passwordHash,
      }),
    );
    const roleId = roleIds.get(user.role);
    if (roleId === undefined) throw new Error(`built-in role "${user.role}" is missing`);
    await trx.insertInto('user_roles').values({ user_id: id, role_id: roleId }).execute();
    ctx.userIds.set(user.username, id);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'user',
      entityId: id,
      changes: {
        username: [null, user.username],
        name: [null, user.name],
        email: [null, email],
        departmentId: [null, departmentId],
        managerId: [null, managerId],
        roles: [null, [user.role]],
      },
    });
  }

  for (const dept of DEMO_DEPARTMENTS) {
    if (!dept.head) continue;
    await trx
      .updateTable('departments')
      .set({ head_user_id: ctx.userIds.get(dept.head)! })
      .where('id', '=', ctx.departmentIds.get(dept.key)!)
      .execute();
  }
}
