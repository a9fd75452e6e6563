import { useCallback, useEffect, useRef, useState } from 'react';
import { regionsApi } from '../api/regions.api.ts';

/** A region as a cascader option; its children are loaded when it is opened. */
export interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
  loading?: boolean;
}

const toOption = (region: { code: string; name: string; hasChildren: boolean }): RegionOption => ({
  value: region.code,
  label: region.name,
  isLeaf: !region.hasChildren,
});

/**
 * The region tree as cascader options: the provinces at once, each further level when it is opened
 * (`loadData`) or when a chosen region inside it must show its name (`reveal`).
 */
export function useRegionOptions() {
  const [options, setOptions] = useState<RegionOption[]>([]);
  const root = useRef<RegionOption[]>([]);

  useEffect(() => {
    let live = true;
    void regionsApi.children().then(({ items }) => {
      if (!live) return;
      root.current = items.map(toOption);
      setOptions(root.current);
    });
    return () => {
      live = false;
    };
  }, []);

  const loadChildren = useCallback(async (target: RegionOption) => {
    const { items } = await regionsApi.children(target.value);
    target.children = items.map(toOption);
  }, []);

  const loadData = useCallback(
    async (selected: RegionOption[]) => {
      const target = selected[selected.length - 1];
      if (!target) return;
      await loadChildren(target);
      setOptions([...root.current]);
    },
    [loadChildren],
  );

  /** Loads the levels above each region of `paths` (codes from its province down) that are not loaded yet. */
  const reveal = useCallback(
    async (paths: string[][]) => {
      let loaded = false;
      for (const path of paths) {
        let level = root.current;
        for (const code of path.slice(0, -1)) {
          const node = level.find((option) => option.value === code);
          if (!node) break;
          if (!node.children) {
            await loadChildren(node);
            loaded = true;
          }
          level = node.children ?? [];
        }
      }
      if (loaded) setOptions([...root.current]);
    },
    [loadChildren],
  );

  return { options, loadData, reveal };
}
