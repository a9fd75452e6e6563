import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../api/users.api.ts';

/** Active (green) or disabled (grey). */
export function UserStatusTag({ status }: { status: UserStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Badge status={status === 'active' ? 'success' : 'default'} text={t(`users.status.${status}`)} />;
}
