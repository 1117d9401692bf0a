// @vitest-environment jsdom
/**
 * The page watcher: one debounced MutationObserver. A page that re-inserts a banner every 10 ms
 * gets at most one run per second; after stop, nothing runs however much the page changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/watch-page';

function bannerLoop(everyMs: number): () => void {
  const timer = setInterval(() => {
    document.getElementById('banner')?.remove();
    const banner = document.createElement('div');
    banner.id = 'banner';
    banner.className = 'newsletter-signup';
    banner.textContent = 'Sign up for our newsletter';
    document.body.append(banner);
  }, everyMs);
  return () => clearInterval(timer);
}

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    document.body.innerHTML = '<article><p>Story</p></article>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at most once a second while a page re-inserts a banner every 10 ms', async () => {
    const onMutations = vi.fn();
    const onNavigate = vi.fn();
    const stop = watchPage({ onMutations, onNavigate });
    const stopLoop = bannerLoop(10);
    await vi.advanceTimersByTimeAsync(10_000);
    // 1,000 insertions in 10 s: the first run after the 250 ms debounce, then one per second.
    expect(onMutations.mock.calls.length).toBeGreaterThanOrEqual(9);
    expect(onMutations.mock.calls.length).toBeLessThanOrEqual(11);
    expect(onNavigate).not.toHaveBeenCalled();
    stop();
    const runs = onMutations.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5_000);
    stopLoop();
    expect(onMutations).toHaveBeenCalledTimes(runs);
  });

  it('debounces a burst into one run and notices an in-page navigation', async () => {
    const onMutations = vi.fn();
    const onNavigate = vi.fn();
    const stop = watchPage({ onMutations, onNavigate });
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onMutations).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/second-story');
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    history.back();
    stop();
  });

  it('a stop with a run pending cancels it', async () => {
    const onMutations = vi.fn();
    const stop = watchPage({ onMutations, onNavigate: vi.fn() });
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(0);
    stop();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onMutations).not.toHaveBeenCalled();
  });
});
