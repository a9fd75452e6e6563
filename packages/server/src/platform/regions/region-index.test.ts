import { describe, expect, it } from 'vitest';
import { buildRegionIndex, levelOfCode, loadRegionIndex } from './region-index.ts';

describe('region index', () => {
  it('holds the 31 mainland provinces and nothing of Hong Kong, Macao or Taiwan', async () => {
    const index = await loadRegionIndex();
    const provinces = index.childrenOf(null)!;
    expect(provinces).toHaveLength(31);
    expect(provinces[0]).toEqual({
      code: '110000',
      name: '北京市',
      level: 'province',
      parentCode: null,
      isPlaceholder: false,
    });
    expect(provinces.map((p) => p.name)).toContain('新疆维吾尔自治区');
    for (const code of ['710000', '810000', '820000']) expect(index.isValidRegionCode(code)).toBe(false);
    expect(index.size).toBeGreaterThan(3300);
  });

  it('loads once and shares the index', async () => {
    expect(await loadRegionIndex()).toBe(await loadRegionIndex());
  });

  it('walks 上海市 → 市辖区 → 浦东新区 and names it without the grouping level', async () => {
    const index = await loadRegionIndex();
    expect(index.childrenOf('310000')!.map((r) => [r.code, r.name, r.isPlaceholder])).toEqual([
      ['310100', '市辖区', true],
    ]);
    const districts = index.childrenOf('310100')!;
    expect(districts).toHaveLength(16);
    expect(districts.map((r) => r.name)).toContain('浦东新区');
    expect(index.regionPath('310115')!.map((r) => r.name)).toEqual(['上海市', '市辖区', '浦东新区']);
    expect(index.displayName('310115')).toBe('上海市浦东新区');
    expect(index.displayName('310000')).toBe('上海市');
    expect(index.findRegion('310115')).toMatchObject({ level: 'district', parentCode: '310100' });
  });

  it('skips the other grouping levels in display names', async () => {
    const index = await loadRegionIndex();
    expect(index.displayName('500229')).toBe('重庆市城口县'); // under 500200 县
    expect(index.displayName('419001')).toBe('河南省济源市'); // under 省直辖县级行政区划
    expect(index.displayName('440305')).toBe('广东省深圳市南山区');
    expect(index.regionPath('440305')!.map((r) => r.level)).toEqual(['province', 'city', 'district']);
  });

  it('keeps cities without county-level divisions as leaves', async () => {
    const index = await loadRegionIndex();
    expect(index.findRegion('441900')).toMatchObject({ name: '东莞市', level: 'city' });
    expect(index.hasChildren('441900')).toBe(false);
    expect(index.childrenOf('441900')).toEqual([]);
  });

  it('answers null for unknown or malformed codes', async () => {
    const index = await loadRegionIndex();
    for (const code of ['000000', '310199', '31011', '3101150', 'abcdef', '', ' 310115']) {
      expect(index.findRegion(code), code).toBeNull();
      expect(index.isValidRegionCode(code), code).toBe(false);
      expect(index.regionPath(code), code).toBeNull();
      expect(index.displayName(code), code).toBeNull();
    }
    expect(index.childrenOf('999900')).toBeNull();
  });

  it('searches names: exact, then prefix, then contains; never the grouping levels', async () => {
    const index = await loadRegionIndex();
    expect(index.search('浦东', 20).map((m) => m.region.code)).toEqual(['310115']);
    const chaoyang = index.search('朝阳区', 20);
    expect(chaoyang.map((m) => [m.region.code, m.rank])).toEqual([
      ['110105', 0],
      ['220104', 0],
    ]);
    const guang = index.search('广', 50);
    expect(guang[0]!.region.name).toBe('广东省');
    expect(guang.map((m) => m.rank)).toEqual([...guang.map((m) => m.rank)].sort());
    expect(index.search('南山', 5).some((m) => m.region.code === '440305')).toBe(true);
    expect(index.search('市辖区', 20)).toEqual([]);
    expect(index.search(' 浦 东 ', 20)).toHaveLength(1);
    expect(index.search('', 20)).toEqual([]);
    expect(index.search('市', 7)).toHaveLength(7);
    expect(index.search('London', 20)).toEqual([]);
  });

  it('derives levels from codes and refuses an orphan', () => {
    expect(levelOfCode('310000')).toBe('province');
    expect(levelOfCode('310100')).toBe('city');
    expect(levelOfCode('310115')).toBe('district');
    expect(() => buildRegionIndex('310115\t浦东新区')).toThrow(/no parent/);
    expect(() => buildRegionIndex('31\t上海市')).toThrow(/malformed/);
  });
});
