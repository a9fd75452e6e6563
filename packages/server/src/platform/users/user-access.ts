import type { Action } from '@lodestar/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { viewerScope } from '../permissions/data-scope.ts';
import { userMatchesScope } from './user.repository.ts';
import './user.messages.ts';

/**
 * Requires the user to be inside the viewer's scope for `action`: a user the viewer cannot even read is a
 * 404 (their existence is not revealed), one they can read but not act on is a 403.
 */
export async function assertUserInScope(
  db: Kysely<DB>,
  viewer: Viewer | null,
  userId: number,
  action: Action,
): Promise<void> {
  if (!viewer) return;
  if (await userMatchesScope(db, userId, viewerScope(viewer, 'user', action, 'users.id'))) return;
  const readable =
    viewer.permissions.can('user', 'read') &&
    (await userMatchesScope(db, userId, viewerScope(viewer, 'user', 'read', 'users.id')));
  if (!readable) throw notFound();
  throw new AppError(403, 'user.outside_scope');
}
