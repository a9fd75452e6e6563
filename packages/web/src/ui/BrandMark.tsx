interface BrandMarkProps {
  size?: number;
}

/** The Lodestar mark: a four-pointed guiding star on a blue tile. */
export function BrandMark({ size = 32 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1d4ed8" />
      <path d="M32 8l6.5 17.5L56 32l-17.5 6.5L32 56l-6.5-17.5L8 32l17.5-6.5z" fill="#fff" />
      <circle cx="32" cy="32" r="4" fill="#1d4ed8" />
    </svg>
  );
}
