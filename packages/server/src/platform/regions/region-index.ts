export type RegionLevel = 'province' | 'city' | 'district';

/** One administrative division, identified by its six-digit GB/T 2260 code (e.g. `310115` 浦东新区). */
export interface Region {
  code: string;
  /** The official Chinese name; the dataset has no other language, so every locale shows this one. */
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /**
   * A grouping level rather than a place (the 市辖区 and 县 of the municipalities, 省直辖县级行政区划): it
   * stays in the tree for pickers, and is left out of display names.
   */
  isPlaceholder: boolean;
}

/** A match of a name search, best matches first. */
export interface RegionMatch {
  region: Region;
  /** 0: the name equals the query; 1: it starts with it; 2: it contains it. */
  rank: 0 | 1 | 2;
}

/** Read-only index of the bundled division tree. Obtain it with `loadRegionIndex()`. */
export interface RegionIndex {
  /** The region with this code, or `null` (also for strings that are not six digits). */
  findRegion(code: string): Region | null;
  /** The direct children of a region in code order, or the provinces when `code` is `null`; `null` for an unknown code. */
  childrenOf(code: string | null): Region[] | null;
  hasChildren(code: string): boolean;
  /** Province → city → district down to `code` itself (placeholders included), or `null` for an unknown code. */
  regionPath(code: string): Region[] | null;
  /** The name to show for a region, placeholders skipped: `310115` → 上海市浦东新区, `440300` → 广东省深圳市. */
  displayName(code: string): string | null;
  isValidRegionCode(code: string): boolean;
  /**
   * Regions whose name equals, starts with or contains `query` (whitespace ignored), exact matches first,
   * then prefix, then contains; within a rank provinces before cities before districts, then by code.
   * Placeholders are never returned.
   * @example index.search('浦东', 20)[0].region.code === '310115'
   */
  search(query: string, limit: number): RegionMatch[];
  readonly size: number;
}

const CODE_PATTERN = /^\d{6}$/;
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const LEVEL_ORDER: Record<RegionLevel, number> = { province: 0, city: 1, district: 2 };

let loading: Promise<RegionIndex> | undefined;

/**
 * The region index, built on first call from the bundled table (about 3,300 entries) and kept for the life
 * of the process. The table module is imported dynamically so that nothing of it is loaded at server start.
 */
export function loadRegionIndex(): Promise<RegionIndex> {
  loading ??= import('./region-table.ts').then(({ REGION_TABLE }) => buildRegionIndex(REGION_TABLE));
  return loading;
}

/** The level a six-digit code denotes: `xx0000` a province, `xxxx00` a city, anything else a district. */
export function levelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'district';
}

function parentCodeOf(code: string): string | null {
  switch (levelOfCode(code)) {
    case 'province':
      return null;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'district':
      return `${code.slice(0, 4)}00`;
  }
}

/** Builds an index from `code<TAB>name` lines in which parents precede their children. */
export function buildRegionIndex(table: string): RegionIndex {
  const byCode = new Map<string, Region>();
  const children = new Map<string | null, Region[]>();
  for (const line of table.split('\n')) {
    const [code, name] = line.split('\t');
    if (!code || !name || !CODE_PATTERN.test(code)) throw new Error(`malformed region line: ${line}`);
    const parentCode = parentCodeOf(code);
    if (parentCode !== null && !byCode.has(parentCode)) throw new Error(`region ${code} has no parent`);
    const level = levelOfCode(code);
    const region: Region = {
      code,
      name,
      level,
      parentCode,
      isPlaceholder: level === 'city' && PLACEHOLDER_NAMES.has(name),
    };
    byCode.set(code, region);
    const siblings = children.get(parentCode);
    if (siblings) siblings.push(region);
    else children.set(parentCode, [region]);
  }
  const searchable = [...byCode.values()].filter((region) => !region.isPlaceholder);

  const findRegion = (code: string) => byCode.get(code) ?? null;
  const regionPath = (code: string) => {
    const path: Region[] = [];
    for (
      let region = findRegion(code);
      region;
      region = region.parentCode ? findRegion(region.parentCode) : null
    )
      path.unshift(region);
    return path.length ? path : null;
  };

  return {
    size: byCode.size,
    findRegion,
    childrenOf(code) {
      if (code !== null && !byCode.has(code)) return null;
      return [...(children.get(code) ?? [])];
    },
    hasChildren: (code) => children.has(code),
    regionPath,
    displayName(code) {
      const path = regionPath(code);
      if (!path) return null;
      return path
        .filter((region) => !region.isPlaceholder)
        .map((region) => region.name)
        .join('');
    },
    isValidRegionCode: (code) => byCode.has(code),
    search(query, limit) {
      const needle = query.replace(/\s+/g, '');
      if (!needle || limit <= 0) return [];
      const matches: RegionMatch[] = [];
      for (const region of searchable) {
        const at = region.name.indexOf(needle);
        if (at < 0) continue;
        matches.push({ region, rank: region.name === needle ? 0 : at === 0 ? 1 : 2 });
      }
      matches.sort(
        (a, b) =>
          a.rank - b.rank ||
          LEVEL_ORDER[a.region.level] - LEVEL_ORDER[b.region.level] ||
          a.region.code.localeCompare(b.region.code),
      );
      return matches.slice(0, limit);
    },
  };
}
