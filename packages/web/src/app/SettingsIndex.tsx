import { Navigate } from 'react-router-dom';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { Forbidden } from '../ui/Forbidden.tsx';
import { allowedSettingsPages } from './navigation.tsx';

/** `/settings` opens the first settings page the user may see. */
export function SettingsIndex() {
  const can = useCan();
  const first = allowedSettingsPages(can)[0];
  return first ? <Navigate to={first.path} replace /> : <Forbidden />;
}
