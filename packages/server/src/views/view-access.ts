import { toBool } from '../db/schema.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Viewer } from '../http/access.ts';
import type { ListViewRow } from './list-view.repository.ts';
import './list-views.messages.ts';

/** Whether the viewer may create, change or delete shared views (the settings right). */
export const canManageSharedViews = (viewer: Viewer): boolean => viewer.permissions.can('setting', 'update');

/** 403 unless the viewer may share views. */
export function assertMayShare(viewer: Viewer): void {
  if (!canManageSharedViews(viewer)) throw forbidden('view.share_not_allowed');
}

/**
 * Who may change a view: a personal view only its owner (others get a 404, as they cannot see it); a shared
 * view only holders of the settings right.
 */
export function assertMayChange(viewer: Viewer, view: ListViewRow): void {
  if (toBool(view.shared)) {
    assertMayShare(viewer);
    return;
  }
  if (view.owner_id == null || Number(view.owner_id) !== viewer.userId) throw viewNotFound();
}

/** The 404 of a view that does not exist or is someone else's personal view. */
export const viewNotFound = () => new AppError(404, 'view.not_found');
