import type { ReactNode } from 'react';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { Forbidden } from '../ui/Forbidden.tsx';
import { SETTINGS_PAGES, type SettingsPage } from './navigation.tsx';

/** Renders a settings page only for users the menu offers it to; others get a 403 page. */
export function RequireSettingsPage({ page, children }: { page: SettingsPage['page']; children: ReactNode }) {
  const can = useCan();
  const definition = SETTINGS_PAGES.find((p) => p.page === page);
  const allowed = definition?.anyOf.some(([object, action]) => can(object, action)) ?? false;
  return allowed ? children : <Forbidden />;
}
