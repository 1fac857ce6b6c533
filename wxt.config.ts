import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { DEFAULT_HOSTS, hostPattern } from './shared/hosts';
import { CHROME_PUBLIC_KEY, FIREFOX_EXTENSION_ID } from './shared/extension-ids';

/** WXT builds each content script on its own: its entry's input names the `.content` entrypoint. */
const buildsContentScript = (input: unknown) => JSON.stringify(input ?? '').includes('.content');

/**
 * webextension-polyfill (as @wxt-dev/webextension-polyfill does) for the background and the pages, but not for
 * the content script: it only uses calls that are promise-based natively in Chrome MV3 and Firefox, and
 * the polyfill would cost it 3 KB of its 20 KB budget.
 */
function polyfillOutsideContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'wegweiser:polyfill-outside-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScript = buildsContentScript(options.input);
    },
    resolveId(id, importer, options) {
      if (id !== 'wxt/browser' || contentScript) return null;
      return this.resolve('@wxt-dev/webextension-polyfill/browser', importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * V8's compile hint for the content script: compile every function together with the script instead of
 * each on its first call. Nearly all of it runs on the first pass anyway, and compiling it at once saved
 * about 6 ms of every page load (A/B in Chromium 156). Firefox ignores the comment.
 */
function eagerCompileContentScript(): Plugin {
  let contentScript = false;
  return {
    name: 'wegweiser:eager-compile-content-script',
    options(options) {
      contentScript = buildsContentScript(options.input);
    },
    generateBundle(_options, bundle) {
      if (!contentScript) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

export default defineConfig({
  // Every import is written out: auto-imports once pulled zod into the content script through a name it matched.
  imports: false,
  zip: {
    // AMO's sources archive: only what goes into the build, listed; a developer's stray files and screenshots never ship.
    excludeSources: ['**/*'],
    includeSources: [
      'package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'wxt.config.ts',
      'entrypoints/**', 'components/**', 'rules/**', 'content/**', 'background/**', 'shared/**', 'public/**', 'assets/**',
    ],
  },
  vite: () => ({ plugins: [preact(), polyfillOutsideContentScripts(), eagerCompileContentScript()] }),
  manifest: ({ browser }) => ({
    name: 'AdminCenter-Wegweiser',
    description: 'Führt Sie Schritt für Schritt durch die KISA-Anleitung im Amt24 AdminCenter und hält fest, was für Ihren Mandanten erledigt ist.',
    // scripting: registers the content script on hosts added at run time and loads the Diagnose script; grants no access by itself.
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'sidePanel', 'scripting'],
    host_permissions: DEFAULT_HOSTS.map(hostPattern),
    // Further AdminCenter hosts (live host unconfirmed, service-bw): asked for one by one on the options page.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'AdminCenter-Wegweiser' },
    commands: {
      'toggle-guide': { suggested_key: { default: 'Alt+Shift+W' }, description: 'Anleitung ein- oder ausblenden' },
    },
    ...(browser !== 'firefox' && {
      // A fixed public key: the unpacked build keeps the id CHROME_EXTENSION_ID (shared/extension-ids.ts); a signed package takes its signer's.
      key: CHROME_PUBLIC_KEY,
      // What an IT department may preset by policy (3rdparty): read from storage.managed.
      storage: { managed_schema: 'managed_schema.json' },
    }),
    ...(browser === 'firefox' && {
      // Firefox MV2 knows no optional_host_permissions: the same request, spelled for MV2.
      optional_permissions: ['https://*/*'],
      browser_specific_settings: {
        // data_collection_permissions (AMO asks every new add-on for it) is known from Firefox 140 and Firefox for Android 142.
        gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
