import { useLayoutEffect, useRef } from 'preact/hooks';
import { GENERATION_NAMES } from '../../rules/generation';
import type { GuideActions, OverlayState } from './guide';
import type { GuideView } from './guide-view';
import { followTarget, placeCard, scrollIntoViewIfNeeded } from './position';

/** The in-page UI: a status for screen readers, and while a guide runs, the cutout and the step card. */
export function Overlay({ state, actions }: { state: OverlayState; actions: GuideActions }) {
  const status = state.generation
    ? `AdminCenter-Wegweiser: ${GENERATION_NAMES[state.generation]} erkannt.`
    : 'AdminCenter-Wegweiser: Bitte melden Sie sich im AdminCenter an.';
  return (
    <>
      <div class="sr-only" role="status" data-generation={state.generation ?? 'unbekannt'}>{status}</div>
      {state.guide && <Guide view={state.guide} actions={actions} />}
    </>
  );
}

function Guide({ view, actions }: { view: GuideView; actions: GuideActions }) {
  const card = useRef<HTMLDivElement>(null);
  const hole = useRef<SVGPathElement>(null);
  const ring = useRef<SVGRectElement>(null);
  const { target } = view;

  useLayoutEffect(() => {
    if (!target || !card.current || !hole.current || !ring.current) return;
    scrollIntoViewIfNeeded(target);
    const [c, h, r] = [card.current, hole.current, ring.current];
    return followTarget(target, () => placeCard(target, c, h, r));
  }, [target]);
  // Every pass of the guide (the page changed) may have moved the target: place again.
  useLayoutEffect(() => {
    if (target && card.current && hole.current && ring.current) placeCard(target, card.current, hole.current, ring.current);
  });

  return (
    <>
      {/* Never an overlay over nothing: the cutout only exists around a found target. */}
      {target && (
        <svg class="cutout" aria-hidden="true">
          <path ref={hole} fill-rule="evenodd" />
          <rect ref={ring} class="ring" rx="6" />
        </svg>
      )}
      <div ref={card} class={target ? 'card' : 'card card-free'} role="dialog" aria-modal="false" aria-labelledby="wegweiser-title">
        <p class="task">{view.taskTitle} · {view.progress}</p>
        <h2 id="wegweiser-title">{view.title}</h2>
        <div aria-live="polite">
          {view.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
        <div class="actions">
          <button type="button" class="secondary" disabled={!view.canBack} onClick={actions.back}>Zurück</button>
          {view.canNext && <button type="button" class="secondary" onClick={actions.next}>Weiter</button>}
          <button type="button" onClick={actions.end}>Beenden</button>
        </div>
      </div>
    </>
  );
}
