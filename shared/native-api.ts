// The browser's own promise API (browser.* in Firefox, chrome.* in Chrome MV3), without the polyfill:
// the content script uses only calls that return promises natively in both, and must stay small.
type Api = typeof import('wxt/browser').browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
export const nativeApi = (scope.browser ?? scope.chrome) as Api;
