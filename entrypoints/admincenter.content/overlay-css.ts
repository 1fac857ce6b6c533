// Styles of the in-page UI, inlined: nothing is fetched at run time.
export const OVERLAY_CSS = `
.tick { position: fixed; top: 0; left: 0; width: 0; height: 0; visibility: hidden; pointer-events: none; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cutout { position: fixed; inset: 0; width: 100vw; height: 100vh; pointer-events: none; z-index: 2147483646; }
.cutout path { fill: rgba(15, 23, 42, 0.28); }
.cutout .ring { fill: none; stroke: #f0a400; stroke-width: 3; }
.card { position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
  padding: 12px 14px; background: #fff; color: #1b1f24; border: 2px solid #0b4f8a; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); font: 15px/1.45 system-ui, 'Segoe UI', Arial, sans-serif; pointer-events: auto; }
.card-free { top: auto; left: auto; right: 16px; bottom: 16px; }
.card h2 { font-size: 16px; margin: 2px 0 6px; }
.card p { margin: 0 0 6px; }
.card .task { font-size: 12.5px; color: #374151; }
.support { margin: 4px 0; } .support button, .support a { font: inherit; color: #0b4f8a; } .support button { padding: 3px 8px; border: 1px solid #0b4f8a; border-radius: 4px; background: #fff; cursor: pointer; }
.actions { display: flex; gap: 6px; justify-content: flex-end; margin-top: 8px; } .actions[hidden] { display: none; }
.actions button { font: inherit; padding: 5px 12px; border-radius: 4px; border: 1px solid #0b4f8a; background: #0b4f8a; color: #fff; cursor: pointer; }
.actions button.secondary { background: #fff; color: #0b4f8a; }
.actions button:disabled { opacity: .45; cursor: default; }
.actions button:focus-visible { outline: 3px solid #f0a400; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .card { transition: top .12s ease, left .12s ease; } }
`;
