/** What an upload may be: at most `maxBytes`, and when `accept` is not empty, one of its types. */
export interface UploadLimits {
  maxBytes: number;
  /** Extensions (`.pdf`) and MIME types (`application/pdf`, `image/*`); empty allows every type. */
  accept: readonly string[];
}

/** Bytes of a limit given in MB. */
export const megabytes = (mb: number) => Math.round(mb * 1024 * 1024);

/**
 * Whether a file named `name` with MIME type `mimeType` matches `accept`. Extension rules (`.pdf`) check
 * the name, case-insensitively; MIME rules check the declared type, where `type/*` matches every subtype.
 * When the list has both kinds the file must satisfy both (the name and the declared type must agree).
 */
export function typeAllowed(accept: readonly string[], name: string, mimeType: string): boolean {
  const rules = accept.map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  const extensions = rules.filter((rule) => rule.startsWith('.'));
  const mimeTypes = rules.filter((rule) => !rule.startsWith('.'));
  const lowerName = name.toLowerCase();
  const lowerMime = mimeType.toLowerCase();
  const extensionOk = extensions.length === 0 || extensions.some((rule) => lowerName.endsWith(rule));
  const mimeOk =
    mimeTypes.length === 0 ||
    mimeTypes.some((rule) =>
      rule.endsWith('/*') ? lowerMime.startsWith(rule.slice(0, -1)) : lowerMime === rule,
    );
  return extensionOk && mimeOk;
}
