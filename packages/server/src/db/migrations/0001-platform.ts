import { type Kysely, sql } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/** Identity, organisation, permissions, audit, settings, outbox and jobs. */
export const platformMigration: SystemMigration = {
  name: '0001-platform',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('departments'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', t.id, (c) => c.references('departments.id').onDelete('restrict'))
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('head_user_id', t.id)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('departments_path_idx').on('departments').column('path').execute();
    await db.schema.createIndex('departments_parent_idx').on('departments').column('parent_id').execute();

    await t
      .addId(db.schema.createTable('users'))
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('email', 'text', (c) => c.unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('phone', 'text')
      .addColumn('department_id', t.id, (c) => c.references('departments.id').onDelete('set null'))
      .addColumn('manager_id', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
      .addColumn('password_hash', 'text')
      .addColumn('password_changed_at', t.timestamp)
      .addColumn('last_login_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_department_idx').on('users').column('department_id').execute();

    await t
      .addId(db.schema.createTable('roles'))
      .addColumn('key', 'text', (c) => c.unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('is_admin', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('role_permissions')
      .addColumn('role_id', t.id, (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('role_permissions_pk', ['role_id', 'object', 'action'])
      .execute();

    await db.schema
      .createTable('role_field_permissions')
      .addColumn('role_id', t.id, (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('access', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('role_field_permissions_pk', ['role_id', 'object', 'field'])
      .execute();

    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role_id', t.id, (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role_id'])
      .execute();
    await db.schema.createIndex('user_roles_role_idx').on('user_roles').column('role_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('expires_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

    await t
      .addId(db.schema.createTable('api_keys'))
      .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('scopes', 'text', (c) => c.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('revoked_at', t.timestamp)
      .addColumn('last_used_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_started_at', t.timestamp, (c) => c.notNull())
      .addColumn('locked_until', t.timestamp)
      .execute();

    await t
      .addId(db.schema.createTable('audit_log'))
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('actor_api_key_id', t.id)
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .addColumn('changes', 'text')
      .addColumn('ip', 'text')
      .addColumn('request_id', 'text')
      .execute();
    await db.schema
      .createIndex('audit_log_entity_idx')
      .on('audit_log')
      .columns(['entity_type', 'entity_id'])
      .execute();
    await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_by', t.id)
      .execute();

    await t
      .addId(db.schema.createTable('outbox_events'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('aggregate_type', 'text', (c) => c.notNull())
      .addColumn('aggregate_id', 'text')
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', t.id)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('dispatched_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex('outbox_undispatched_idx')
      .on('outbox_events')
      .column('id')
      .where(sql.ref('dispatched_at'), 'is', null)
      .execute();

    await t
      .addId(db.schema.createTable('jobs'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', t.timestamp, (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', t.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('idempotency_key', 'text', (c) => c.unique())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema.createIndex('jobs_claim_idx').on('jobs').columns(['status', 'run_at']).execute();

    await db.schema
      .createTable('schedules')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('cron', 'text', (c) => c.notNull())
      .addColumn('job_name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('next_run_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_run_at', t.timestamp)
      .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
      .execute();
  },
};
