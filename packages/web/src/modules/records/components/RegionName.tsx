import { useRegion } from '../hooks/useRegion.ts';

/** A region code shown as its full name (上海市浦东新区); the code while loading or when unknown. */
export function RegionName({ code }: { code: string }) {
  const region = useRegion(code);
  return <>{region.data?.fullName ?? code}</>;
}
