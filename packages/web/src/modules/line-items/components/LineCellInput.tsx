import { Input } from 'antd';
import type { ReactNode } from 'react';
import './line-items.css';

interface LineCellInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The cell's problem, shown under it. */
  error?: string | undefined;
  /** A softer note (e.g. "needs approval"), shown under it when there is no error. */
  warning?: string | undefined;
  /** The warning's longer explanation, on hover. */
  warningTitle?: string | undefined;
  numeric?: boolean;
  prefix?: ReactNode;
  suffix?: ReactNode;
  placeholder?: string;
}

/** One editable cell of the lines table, with its problem written under it. */
export function LineCellInput({
  label,
  value,
  onChange,
  error,
  warning,
  warningTitle,
  numeric,
  prefix,
  suffix,
  placeholder,
}: LineCellInputProps) {
  const note = error ?? warning;
  return (
    <div className="line-items__cell">
      <Input
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={value}
        status={error ? 'error' : warning ? 'warning' : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'line-items__number' : undefined}
        prefix={prefix}
        suffix={suffix}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
      {note && (
        <div
          className={error ? 'line-items__error' : 'line-items__warning'}
          role={error ? 'alert' : undefined}
          title={error ? undefined : warningTitle}
        >
          {note}
        </div>
      )}
    </div>
  );
}
