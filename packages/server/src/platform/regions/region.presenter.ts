import type { Region, RegionIndex } from './region-index.ts';

/** A region as an entry of a picker list. */
export function presentRegionChild(index: RegionIndex, region: Region) {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    hasChildren: index.hasChildren(region.code),
  };
}

/** A region with its path from the province and its display name. */
export function presentRegionDetail(index: RegionIndex, region: Region) {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    path: (index.regionPath(region.code) ?? []).map(({ code, name }) => ({ code, name })),
    fullName: index.displayName(region.code) ?? region.name,
  };
}
