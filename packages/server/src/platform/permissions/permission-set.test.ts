import { ACTIONS, DATA_SCOPES, FIELD_ACCESS, type FieldAccess, widerScope } from '@lodestar/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { assertFieldsWritable, redactHiddenFields } from './field-access.ts';
import { PermissionSet, type RoleGrants } from './permission-set.ts';

const role = (grants: Partial<RoleGrants>): RoleGrants => ({
  isAdmin: false,
  scopes: {},
  fields: {},
  ...grants,
});

const viewerWith = (permissions: PermissionSet): Viewer => ({
  userId: 1,
  username: 'u',
  name: 'U',
  email: null,
  phone: null,
  departmentName: null,
  roles: [],
  departmentId: null,
  departmentPath: null,
  locale: 'en',
  timeZone: null,
  permissions,
  apiKey: null,
  sessionId: null,
});

describe('PermissionSet: data scopes', () => {
  it('grants nothing without roles', () => {
    const set = new PermissionSet([]);
    expect(set.scope('lead', 'read')).toBeNull();
    expect(set.can('lead', 'read')).toBe(false);
    expect(set.isAdmin).toBe(false);
    expect(set.summarize(['lead', 'user'])).toEqual({});
  });

  it('takes the widest scope per object and action across several roles', () => {
    const set = new PermissionSet([
      role({ scopes: { lead: { read: 'own', update: 'all' }, account: { read: 'department' } } }),
      role({ scopes: { lead: { read: 'departmentAndBelow', update: 'own' } } }),
      role({ scopes: { lead: { read: 'department' }, contact: { export: 'own' } } }),
    ]);
    expect(set.scope('lead', 'read')).toBe('departmentAndBelow');
    expect(set.scope('lead', 'update')).toBe('all');
    expect(set.scope('account', 'read')).toBe('department');
    expect(set.scope('contact', 'export')).toBe('own');
    expect(set.scope('contact', 'read')).toBeNull();
    expect(set.scope('lead', 'delete')).toBeNull();
    expect(set.summarize(['lead', 'contact', 'ticket'])).toEqual({
      lead: { read: 'departmentAndBelow', update: 'all' },
      contact: { export: 'own' },
    });
  });

  it('gives an admin role every action on every object, including objects it has never heard of', () => {
    const set = new PermissionSet([role({ scopes: { lead: { read: 'own' } } }), role({ isAdmin: true })]);
    expect(set.isAdmin).toBe(true);
    for (const action of ACTIONS) {
      expect(set.scope('lead', action)).toBe('all');
      expect(set.scope('customObject42', action)).toBe('all');
    }
    expect(set.fieldAccess('user', 'email')).toBe('write');
    expect(set.fieldAccess('customObject42', 'anything')).toBe('write');
  });
});

describe('PermissionSet: field access', () => {
  const readsUsers = { user: { read: 'all' as const } };
  const updatesUsers = { user: { read: 'all' as const, update: 'own' as const } };

  it('defaults to read for a role that reads the object and write for one that also updates it', () => {
    expect(new PermissionSet([role({ scopes: readsUsers })]).fieldAccess('user', 'email')).toBe('read');
    expect(new PermissionSet([role({ scopes: updatesUsers })]).fieldAccess('user', 'email')).toBe('write');
  });

  it('lets an explicit setting override the default', () => {
    const set = new PermissionSet([role({ scopes: updatesUsers, fields: { user: { email: 'read' } } })]);
    expect(set.fieldAccess('user', 'email')).toBe('read');
    expect(set.fieldAccess('user', 'phone')).toBe('write');
  });

  it('shows a field that one role hides and another reads (hidden + read → read)', () => {
    const set = new PermissionSet([
      role({ scopes: readsUsers, fields: { user: { email: 'hidden' } } }),
      role({ scopes: readsUsers }),
    ]);
    expect(set.fieldAccess('user', 'email')).toBe('read');
  });

  it('lets the field be written when one role hides it and another writes it (hidden + write → write)', () => {
    const set = new PermissionSet([
      role({ scopes: readsUsers, fields: { user: { email: 'hidden' } } }),
      role({ scopes: readsUsers, fields: { user: { email: 'write' } } }),
    ]);
    expect(set.fieldAccess('user', 'email')).toBe('write');
  });

  it('lets write beat read', () => {
    const set = new PermissionSet([
      role({ scopes: updatesUsers, fields: { user: { email: 'read' } } }),
      role({ scopes: updatesUsers, fields: { user: { email: 'write' } } }),
    ]);
    expect(set.fieldAccess('user', 'email')).toBe('write');
  });

  it('keeps a field hidden when every reading role hides it', () => {
    const set = new PermissionSet([
      role({ scopes: readsUsers, fields: { user: { email: 'hidden' } } }),
      role({ scopes: updatesUsers, fields: { user: { email: 'hidden' } } }),
    ]);
    expect(set.fieldAccess('user', 'email')).toBe('hidden');
  });

  it('ignores the field settings of roles that cannot read the object (no read → hidden)', () => {
    const set = new PermissionSet([
      role({ scopes: { user: { update: 'all' } }, fields: { user: { email: 'write' } } }),
      role({ scopes: readsUsers, fields: { user: { email: 'hidden' } } }),
    ]);
    expect(set.fieldAccess('user', 'email')).toBe('hidden');
    expect(
      new PermissionSet([role({ fields: { user: { email: 'write' } } })]).fieldAccess('user', 'email'),
    ).toBe('hidden');
    expect(new PermissionSet([]).fieldAccess('user', 'email')).toBe('hidden');
  });

  it('redacts hidden fields from output and refuses writes to fields that are not writable', () => {
    const viewer = viewerWith(
      new PermissionSet([
        role({ scopes: updatesUsers, fields: { user: { email: 'hidden', phone: 'read' } } }),
      ]),
    );
    expect(redactHiddenFields(viewer, 'user', { id: 7, name: 'N', email: 'e@x', phone: '1' })).toEqual({
      id: 7,
      name: 'N',
      phone: '1',
    });
    expect(() => assertFieldsWritable(viewer, 'user', { name: 'ok', email: undefined })).not.toThrow();
    for (const field of ['email', 'phone']) {
      try {
        assertFieldsWritable(viewer, 'user', { name: 'ok', [field]: 'x' });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ status: 403, code: 'permission.field_read_only', params: { field } });
      }
    }
  });
});

/** Any set of roles over a few objects, actions and fields. */
const OBJECTS = ['lead', 'user'] as const;
const FIELDS = ['email', 'phone'] as const;
const roleArb: fc.Arbitrary<RoleGrants> = fc.record({
  isAdmin: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  scopes: fc.record(
    Object.fromEntries(
      OBJECTS.map((o) => [
        o,
        fc.record(
          Object.fromEntries(ACTIONS.map((a) => [a, fc.constantFrom(...DATA_SCOPES)])) as Record<
            (typeof ACTIONS)[number],
            fc.Arbitrary<(typeof DATA_SCOPES)[number]>
          >,
          { requiredKeys: [] },
        ),
      ]),
    ),
    { requiredKeys: [] },
  ),
  fields: fc.record(
    Object.fromEntries(
      OBJECTS.map((o) => [
        o,
        fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.constantFrom(...FIELD_ACCESS)])), {
          requiredKeys: [],
        }),
      ]),
    ),
    { requiredKeys: [] },
  ),
}) as fc.Arbitrary<RoleGrants>;

const rank = (access: FieldAccess) => FIELD_ACCESS.indexOf(access);

describe('PermissionSet: union properties', () => {
  it('does not depend on the order of roles', () => {
    fc.assert(
      fc.property(fc.array(roleArb, { maxLength: 4 }), (roles) => {
        const a = new PermissionSet(roles);
        const b = new PermissionSet([...roles].reverse());
        for (const object of OBJECTS) {
          for (const action of ACTIONS) expect(a.scope(object, action)).toBe(b.scope(object, action));
          for (const field of FIELDS) expect(a.fieldAccess(object, field)).toBe(b.fieldAccess(object, field));
        }
      }),
    );
  });

  it('never narrows anything when a role is added, and equals the widest single role per entry', () => {
    fc.assert(
      fc.property(fc.array(roleArb, { maxLength: 4 }), roleArb, (roles, extra) => {
        const before = new PermissionSet(roles);
        const after = new PermissionSet([...roles, extra]);
        for (const object of OBJECTS) {
          for (const action of ACTIONS) {
            const widest = [...roles, extra]
              .map((r) => new PermissionSet([r]).scope(object, action))
              .reduce(widerScope, null);
            expect(after.scope(object, action)).toBe(widest);
            expect(widerScope(before.scope(object, action), after.scope(object, action))).toBe(
              after.scope(object, action),
            );
          }
          for (const field of FIELDS) {
            expect(rank(after.fieldAccess(object, field))).toBeGreaterThanOrEqual(
              rank(before.fieldAccess(object, field)),
            );
          }
        }
      }),
    );
  });
});
