import { browser } from 'wxt/browser';

/** Brand line on top of the side panel, popup and options page. */
export function AppHeader({ subtitle }: { subtitle?: string }) {
  return (
    <header class="app-header">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" width={24} height={24} />
      <div>
        <h1>AdminCenter-Wegweiser</h1>
        {subtitle && <p class="subtitle">{subtitle}</p>}
      </div>
    </header>
  );
}
