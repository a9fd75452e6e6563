import { TeamOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoles } from '../../roles/hooks/useRoles.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useRoleName } from '../../session/hooks/useRoleName.ts';

/** Who sees a section: everyone (no role chosen) or the holders of the chosen roles. */
export function SectionRolesSelect({
  value,
  onChange,
}: {
  value: number[] | null;
  onChange: (roleIds: number[] | null) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const roleName = useRoleName();
  const roles = useRoles(can('role', 'read'));
  if (!roles.data) return null;
  return (
    <Select
      size="small"
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      variant="borderless"
      suffixIcon={<TeamOutlined />}
      className="designer-section__roles"
      aria-label={t('designer.sectionRoles')}
      placeholder={t('designer.everyone')}
      style={{ width: 170 }}
      value={value ?? []}
      options={roles.data.map((role) => ({ value: role.id, label: roleName(role) }))}
      onChange={(ids: number[]) => onChange(ids.length ? ids : null)}
    />
  );
}
