/** `1.4 MB (1468006 bytes)`: readable by people, exact for scripts. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]} (${bytes} bytes)`;
}
