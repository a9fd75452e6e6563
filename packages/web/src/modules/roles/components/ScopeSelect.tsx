import type { DataScope } from '@lodestar/shared';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The empty choice: the action is not granted. */
export const NOT_GRANTED = 'none';

interface ScopeSelectProps {
  value: DataScope | undefined;
  scopes: DataScope[];
  onChange: (scope: DataScope | undefined) => void;
  disabled?: boolean;
  ariaLabel: string;
}

/** One cell of the permission matrix: not granted, or the data scope the action covers. */
export function ScopeSelect({ value, scopes, onChange, disabled, ariaLabel }: ScopeSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<string>
      size="small"
      variant="filled"
      aria-label={ariaLabel}
      value={value ?? NOT_GRANTED}
      disabled={disabled}
      onChange={(next) => onChange(next === NOT_GRANTED ? undefined : (next as DataScope))}
      className={`scope-select scope-select--${value ?? NOT_GRANTED}`}
      popupMatchSelectWidth={false}
      // Without the arrow the short label fits the narrow matrix column.
      suffixIcon={null}
      // The cell shows a short label; the list (and the tooltip) the full one.
      title={value ? t(`scopes.${value}`) : t('scopes.none')}
      labelRender={({ value: selected }) =>
        selected === NOT_GRANTED ? t('scopes.none') : t(`scopesShort.${selected as DataScope}`)
      }
      options={[
        { value: NOT_GRANTED, label: t('scopes.none') },
        ...scopes.map((scope) => ({ value: scope, label: t(`scopes.${scope}`) })),
      ]}
    />
  );
}
