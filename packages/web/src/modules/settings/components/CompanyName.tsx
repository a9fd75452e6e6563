import { Typography } from 'antd';
import { usePublicSettings } from '../hooks/usePublicSettings.ts';

/** The company's name in the header; nothing until one is set. */
export function CompanyName() {
  const { data } = usePublicSettings();
  const name = data?.company.shortName || data?.company.name;
  return (
    <Typography.Text strong className="app-header__company" ellipsis>
      {name ?? ''}
    </Typography.Text>
  );
}
