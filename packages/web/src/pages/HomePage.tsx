import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { allowedAreas, allowedSettingsPages, type UpcomingArea } from '../app/navigation.tsx';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { useCurrentUser } from '../modules/session/hooks/useCurrentUser.ts';
import { useRoleName } from '../modules/session/hooks/useRoleName.ts';
import { formatDate, hourInDisplayZone } from '../ui/format.ts';

const UPCOMING_AREAS: ReadonlySet<string> = new Set<UpcomingArea>(['tasks']);
const isUpcoming = (area: string) => UPCOMING_AREAS.has(area);

function greetingKey(hour: number) {
  if (hour < 6) return 'home.greeting.night' as const;
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

/** 工作台: greets the user, shows who they are in the organisation, and leads to the areas. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const roleName = useRoleName();
  const adminPages = allowedSettingsPages(can);
  const areas = allowedAreas(can).filter((area) => area.area !== 'dashboard');

  return (
    <>
      <Card className="home-hero" variant="borderless">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={14}>
            <Typography.Text type="secondary">{formatDate(new Date(), i18n.language)}</Typography.Text>
            <Typography.Title level={2} style={{ margin: '4px 0 8px' }}>
              {t(greetingKey(hourInDisplayZone()), { name: me.name })}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {adminPages.length > 0 ? t('home.intro') : t('home.introMember')}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} lg={10}>
            <Descriptions
              column={1}
              size="small"
              className="home-profile"
              items={[
                {
                  key: 'department',
                  label: t('home.department'),
                  children: me.department?.name ?? t('home.noDepartment'),
                },
                {
                  key: 'roles',
                  label: t('home.roles'),
                  children: me.roles.length ? (
                    <Flex gap={4} wrap>
                      {me.roles.map((role) => (
                        <Tag key={role.id} color={role.key === 'admin' ? 'gold' : 'blue'}>
                          {roleName(role)}
                        </Tag>
                      ))}
                    </Flex>
                  ) : (
                    t('home.noRoles')
                  ),
                },
                { key: 'username', label: t('home.username'), children: me.username },
              ]}
            />
          </Col>
        </Row>
      </Card>

      <Typography.Title level={5} className="section-title">
        {t('home.areasTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {areas.map((area) => (
          <Col key={area.path} xs={24} sm={12} xl={8}>
            <Link to={area.path} className="area-card-link">
              <Card hoverable className="area-card">
                <Flex gap={14} align="flex-start">
                  <span className={`area-card__icon area-card__icon--${area.area}`}>{area.icon}</span>
                  <div className="area-card__text">
                    <Flex align="center" gap={8}>
                      <Typography.Text strong>{t(`areas.${area.area}.menu`)}</Typography.Text>
                      {isUpcoming(area.area) && (
                        <Tag className="area-card__tag">{t('home.comingSoonTag')}</Tag>
                      )}
                    </Flex>
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 2 }}
                      style={{ margin: '4px 0 0' }}
                    >
                      {t(`areas.${area.area}.summary`)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>

      {adminPages.length > 0 && (
        <>
          <Typography.Title level={5} className="section-title">
            {t('home.adminTitle')}
          </Typography.Title>
          <Card>
            <Row gutter={[16, 8]}>
              {adminPages.map((page) => (
                <Col key={page.path} xs={24} md={12} xl={8}>
                  <Link to={page.path} className="admin-link">
                    <span className="admin-link__icon">{page.icon}</span>
                    <span className="admin-link__text">
                      <Typography.Text strong>{t(`settings.pages.${page.page}.menu`)}</Typography.Text>
                      <Typography.Text type="secondary" ellipsis>
                        {t(`settings.pages.${page.page}.description`)}
                      </Typography.Text>
                    </span>
                    <RightOutlined className="admin-link__arrow" />
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        </>
      )}
    </>
  );
}
