import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmailSend } from '../api/email.api.ts';

const COLORS: Record<EmailSend['status'], string> = {
  sending: 'processing',
  sent: 'success',
  retrying: 'warning',
  failed: 'error',
};

/** An email's status; a failure shows the server's answer on hover. */
export function EmailStatusTag({ send }: { send: EmailSend }) {
  const { t } = useTranslation();
  const tag = <Tag color={COLORS[send.status]}>{t(`nurturing.sends.status.${send.status}`)}</Tag>;
  return send.error ? <Tooltip title={send.error}>{tag}</Tooltip> : tag;
}
