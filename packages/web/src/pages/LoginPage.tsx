import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '../modules/session/components/LanguageSwitch.tsx';
import { LoginForm } from '../modules/session/components/LoginForm.tsx';
import { BrandMark } from '../ui/BrandMark.tsx';

/** Only same-site paths are followed after sign-in, never another origin. */
function safeReturnPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

const HIGHLIGHTS = ['pipeline', 'permissions', 'selfHosted'] as const;

/** Sign-in: product name, language switch, username-or-email and password. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const expired = params.get('reason') === 'expired';

  return (
    <div className="login-page">
      <aside className="login-page__brand">
        <Flex align="center" gap={12}>
          <BrandMark size={44} />
          <span className="login-page__product">{t('app.name')}</span>
        </Flex>
        <div className="login-page__pitch">
          <h1>{t('login.headline')}</h1>
          <p>{t('login.subline')}</p>
          <ul>
            {HIGHLIGHTS.map((key) => (
              <li key={key}>
                <CheckCircleFilled /> {t(`login.highlights.${key}`)}
              </li>
            ))}
          </ul>
        </div>
        <span className="login-page__footer">{t('login.footer')}</span>
      </aside>
      <main className="login-page__main">
        <div className="login-page__language">
          <LanguageSwitch variant="default" />
        </div>
        <Card className="login-card" variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
            {expired ? t('login.sessionExpired') : t('login.subtitle')}
          </Typography.Paragraph>
          <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
          <Typography.Paragraph type="secondary" className="login-card__help">
            {t('login.help')}
          </Typography.Paragraph>
        </Card>
      </main>
    </div>
  );
}
