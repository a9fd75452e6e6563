import {
  AppstoreOutlined,
  BarcodeOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  DownSquareOutlined,
  EnvironmentOutlined,
  FieldNumberOutlined,
  FontSizeOutlined,
  FunctionOutlined,
  LinkOutlined,
  MailOutlined,
  MoneyCollectOutlined,
  PaperClipOutlined,
  PercentageOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ShareAltOutlined,
  TagsOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { FieldType } from '../../records/api/objects.api.ts';

/** What the designer knows about a field type: its palette icon, starting options and whether it can be unique. */
export interface FieldTypeInfo {
  type: FieldType;
  icon: ReactNode;
  canBeUnique: boolean;
  /** Values the server computes; no default value, never required. */
  computed?: boolean;
  /** Options a new field of this type starts with. */
  initialOptions: () => Record<string, unknown>;
}

const none = () => ({});

/** Every field type in palette order. */
export const FIELD_TYPE_CATALOG: FieldTypeInfo[] = [
  { type: 'text', icon: <FontSizeOutlined />, canBeUnique: true, initialOptions: none },
  { type: 'longText', icon: <ProfileOutlined />, canBeUnique: false, initialOptions: none },
  { type: 'number', icon: <FieldNumberOutlined />, canBeUnique: true, initialOptions: () => ({ scale: 0 }) },
  {
    type: 'currency',
    icon: <MoneyCollectOutlined />,
    canBeUnique: false,
    initialOptions: () => ({ currency: 'CNY' }),
  },
  { type: 'percent', icon: <PercentageOutlined />, canBeUnique: false, initialOptions: () => ({ scale: 2 }) },
  { type: 'date', icon: <CalendarOutlined />, canBeUnique: true, initialOptions: none },
  { type: 'datetime', icon: <ClockCircleOutlined />, canBeUnique: false, initialOptions: none },
  { type: 'boolean', icon: <CheckSquareOutlined />, canBeUnique: false, initialOptions: none },
  {
    type: 'select',
    icon: <DownSquareOutlined />,
    canBeUnique: false,
    initialOptions: () => ({ choices: [] }),
  },
  {
    type: 'multiSelect',
    icon: <AppstoreOutlined />,
    canBeUnique: false,
    initialOptions: () => ({ choices: [] }),
  },
  { type: 'lookup', icon: <ShareAltOutlined />, canBeUnique: true, initialOptions: () => ({ target: '' }) },
  { type: 'user', icon: <UserOutlined />, canBeUnique: false, initialOptions: none },
  { type: 'phone', icon: <PhoneOutlined />, canBeUnique: true, initialOptions: none },
  { type: 'email', icon: <MailOutlined />, canBeUnique: true, initialOptions: none },
  { type: 'url', icon: <LinkOutlined />, canBeUnique: false, initialOptions: none },
  { type: 'region', icon: <EnvironmentOutlined />, canBeUnique: false, initialOptions: none },
  {
    type: 'autoNumber',
    icon: <BarcodeOutlined />,
    canBeUnique: false,
    computed: true,
    initialOptions: () => ({ pattern: 'NO-{YYYY}-{0000}' }),
  },
  {
    type: 'formula',
    icon: <FunctionOutlined />,
    canBeUnique: false,
    computed: true,
    initialOptions: () => ({ expression: '', resultType: 'number' }),
  },
  {
    type: 'attachment',
    icon: <PaperClipOutlined />,
    canBeUnique: false,
    initialOptions: () => ({ multiple: true, maxSizeMb: 20, accept: [] }),
  },
  { type: 'tags', icon: <TagsOutlined />, canBeUnique: false, initialOptions: () => ({ group: '' }) },
];

const BY_TYPE = new Map(FIELD_TYPE_CATALOG.map((info) => [info.type, info]));

/** The designer's knowledge of one type. */
export function fieldTypeInfo(type: FieldType): FieldTypeInfo {
  return BY_TYPE.get(type) ?? FIELD_TYPE_CATALOG[0]!;
}

/** What the server accepts as an api name (lowercase letter first, then letters and digits, at most 40). */
export const API_NAME_PATTERN = /^[a-z][a-zA-Z0-9]{0,39}$/;
