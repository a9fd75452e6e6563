import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { isConverted } from '../utils/lead-status.ts';
import { LinkedRecord } from './LinkedRecord.tsx';

/** The records a conversion made, by the lead field linking to each. */
const LINKS = [
  ['account', 'convertedAccount'],
  ['contact', 'convertedContact'],
  ['opportunity', 'convertedOpportunity'],
] as const;

/** On a converted lead: when it was converted and links to the account, contact and opportunity it became. */
export function ConvertedLeadBanner({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  if (!isConverted(record)) return null;
  const links = LINKS.filter(([, field]) => typeof record[field] === 'number');
  return (
    <Alert
      type="success"
      showIcon
      className="converted-lead-banner"
      style={{ marginBottom: 16 }}
      title={
        typeof record.convertedAt === 'string'
          ? t('leads.converted.titleAt', { at: formatDateTime(record.convertedAt, i18n.language) })
          : t('leads.converted.title')
      }
      description={
        <Flex vertical gap={4}>
          <Flex wrap gap={16}>
            {links.map(([object, field]) => (
              <span key={object}>
                {t(`leads.converted.${object}`)}
                <LinkedRecord object={object} id={record[field] as number} />
              </span>
            ))}
          </Flex>
          <span>{t('leads.converted.readOnly')}</span>
        </Flex>
      }
    />
  );
}
