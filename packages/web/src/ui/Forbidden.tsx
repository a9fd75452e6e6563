import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown on a page the signed-in user has no permission for. */
export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenText')} />;
}
