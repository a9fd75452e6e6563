import { CheckOutlined, GlobalOutlined } from '@ant-design/icons';
import { LOCALES, type Locale } from '@lodestar/shared';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { useSwitchLanguage } from '../hooks/useSwitchLanguage.ts';

/** Each language names itself, so a reader of the other one can still find theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

interface LanguageSwitchProps {
  /** Style of the trigger: a text button in the header, a default button on the sign-in page. */
  variant?: 'text' | 'default';
}

/** The language menu (中文 / English). */
export function LanguageSwitch({ variant = 'text' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const active = currentLocale();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [active],
        items: LOCALES.map((locale) => ({
          key: locale,
          label: LANGUAGE_NAMES[locale],
          extra: locale === active ? <CheckOutlined /> : undefined,
        })),
        onClick: ({ key }) => void switchLanguage(key as Locale),
      }}
    >
      <Button
        type={variant === 'text' ? 'text' : 'default'}
        icon={<GlobalOutlined />}
        aria-label={t('language.label')}
      >
        {LANGUAGE_NAMES[active]}
      </Button>
    </Dropdown>
  );
}
