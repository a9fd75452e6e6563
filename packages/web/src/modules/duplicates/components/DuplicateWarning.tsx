import { Alert, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormNoticeProps } from '../../records/utils/object-extension.ts';
import { useDuplicateCheck } from '../hooks/useDuplicateCheck.ts';
import { checkValues, isDedupObject } from '../utils/dedup-objects.ts';
import { CandidateSummary } from './CandidateSummary.tsx';

/**
 * The record form's duplicate warning: as the user types a company name, phone or e-mail, the records that
 * may already be the same company or person (among those they may see) are listed. A warning, not a block:
 * the form still saves.
 */
export function DuplicateWarning({ object, record }: FormNoticeProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // Every match field of any object; the object's own are picked below.
  const name = Form.useWatch('name', form);
  const company = Form.useWatch('company', form);
  const phone = Form.useWatch('phone', form);
  const email = Form.useWatch('email', form);
  const dedup = isDedupObject(object.apiName) ? object.apiName : 'lead';
  const values = checkValues(dedup, { name, company, phone, email });
  const check = useDuplicateCheck(dedup, isDedupObject(object.apiName) ? values : {}, record?.id);
  const items = Object.keys(values).length > 0 ? (check.data?.items ?? []) : [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="duplicate-warning"
      style={{ marginBottom: 16 }}
      title={t('duplicates.warning.title', { count: items.length })}
      description={
        <Flex vertical gap={6}>
          <span>{t('duplicates.warning.hint')}</span>
          {items.map((candidate) => (
            <CandidateSummary
              key={`${candidate.object}-${candidate.record.id}`}
              candidate={candidate}
              showObject={object.apiName === 'lead'}
              newTab
            />
          ))}
        </Flex>
      }
    />
  );
}
