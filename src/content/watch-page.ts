/**
 * One MutationObserver, debounced, for clutter that arrives after load and for in-page
 * navigation (history.pushState cannot be hooked from the content script's world, so a URL
 * change is noticed on the next mutation, or on popstate). Work is bounded: at most one run
 * per interval however fast the page mutates.
 */
const DEBOUNCE_MS = 250;
const MIN_INTERVAL_MS = 1000;

export interface PageWatchers {
  onMutations: () => void;
  onNavigate: () => void;
}

export function watchPage({ onMutations, onNavigate }: PageWatchers): () => void {
  let url = location.href;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRun = 0;

  const run = (): void => {
    timer = null;
    lastRun = performance.now();
    if (location.href !== url) {
      url = location.href;
      onNavigate();
    } else {
      onMutations();
    }
  };
  const schedule = (): void => {
    if (timer !== null) return;
    const wait = Math.max(DEBOUNCE_MS, lastRun + MIN_INTERVAL_MS - performance.now());
    timer = setTimeout(run, wait);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', schedule);
  return () => {
    observer.disconnect();
    removeEventListener('popstate', schedule);
    if (timer !== null) clearTimeout(timer);
  };
}
