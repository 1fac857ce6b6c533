// The extension's fixed ids, which IT policies name: Chrome/Edge derive theirs from the manifest key (wxt.config.ts),
// Firefox uses the gecko id. A test checks both against the built extension.
export const CHROME_EXTENSION_ID = 'epdjlcikgfiomgefgimbgfkdfohhbmck';
export const FIREFOX_EXTENSION_ID = 'admincenter-wegweiser@wegweiser.invalid';
