import { useEffect, useRef } from 'react';

/**
 * A ref for an element at the end of a list: when it scrolls into view and there is more, `loadMore` runs
 * (infinite scroll). The list keeps a "load more" button too, for keyboards and when observers are missing.
 */
export function useLoadMoreOnScroll(loadMore: () => void, enabled: boolean) {
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !enabled || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [loadMore, enabled]);
  return sentinel;
}
