import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  FileTextOutlined,
  FundOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  ProjectOutlined,
  ShoppingOutlined,
  ThunderboltOutlined,
  ToolOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The icons an object may carry, by the name stored in its metadata. */
export const OBJECT_ICONS: Record<string, ReactNode> = {
  appstore: <AppstoreOutlined />,
  money: <MoneyCollectOutlined />,
  project: <ProjectOutlined />,
  file: <FileTextOutlined />,
  audit: <AuditOutlined />,
  shopping: <ShoppingOutlined />,
  car: <CarOutlined />,
  tool: <ToolOutlined />,
  user: <UserOutlined />,
  bank: <BankOutlined />,
  fund: <FundOutlined />,
  thunderbolt: <ThunderboltOutlined />,
  'user-add': <UserAddOutlined />,
  contacts: <ContactsOutlined />,
  'check-square': <CheckSquareOutlined />,
  message: <MessageOutlined />,
};

/** The icon of an object (a neutral one when it has none or an unknown name). */
export function objectIcon(name: string | null | undefined): ReactNode {
  return (name && OBJECT_ICONS[name]) || <AppstoreOutlined />;
}
