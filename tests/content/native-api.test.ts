import { afterEach, describe, expect, it, vi } from 'vitest';

const scope = globalThis as { browser?: unknown; chrome?: unknown };

describe('native-api', () => {
  afterEach(() => {
    delete scope.browser;
    delete scope.chrome;
    vi.resetModules();
  });

  it("takes Firefox's browser when it is the extension API", async () => {
    scope.browser = { runtime: { id: 'firefox' } };
    scope.chrome = { runtime: { id: 'chrome' } };
    const { browser } = await import('../../src/content/native-api');
    expect(browser).toBe(scope.browser);
  });

  it('takes chrome when the name browser is a page element (named access on window)', async () => {
    scope.browser = { tagName: 'INPUT' };
    scope.chrome = { runtime: { id: 'chrome' } };
    const { browser } = await import('../../src/content/native-api');
    expect(browser).toBe(scope.chrome);
  });
});
