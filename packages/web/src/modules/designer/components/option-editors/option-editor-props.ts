/** What every type-option editor receives: the field's options and a way to change them. */
export interface OptionEditorProps {
  options: Record<string, unknown>;
  onChange: (options: Record<string, unknown>) => void;
  /** Server problems by option path (`choices`, `choices.0.value`, …). */
  errorOf: (path: string) => string | undefined;
}
