// The in-page UI inside our shadow root: a status for screen readers and, while a guide runs, the SVG
// cutout around the target and the step card. Plain DOM, not Preact: it keeps the content script within
// its 20 KB budget. Page text only ever reaches it as textContent, never as markup.
import { statusText } from '../../rules/status';
import type { GuideActions, OverlayState } from './guide';
import { followTarget, placeCard, placeCutout, scrollIntoViewIfNeeded } from './position';
import { diagnoseFileName } from '../../shared/diagnose-file';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Writes only a changed text: every write is a change the browser lays out again (and may announce). */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function createOverlay(container: HTMLElement, actions: GuideActions): (state: OverlayState) => void {
  const status = el('div', { className: 'sr-only' });
  status.setAttribute('role', 'status');

  const cutout = document.createElementNS(SVG, 'svg');
  cutout.setAttribute('class', 'cutout');
  cutout.setAttribute('aria-hidden', 'true');
  const hole = document.createElementNS(SVG, 'path');
  hole.setAttribute('fill-rule', 'evenodd');
  const ring = document.createElementNS(SVG, 'rect');
  ring.setAttribute('class', 'ring');
  ring.setAttribute('rx', '6');
  cutout.append(hole, ring);

  const task = el('p', { className: 'task' });
  const title = el('h2', { id: 'wegweiser-title' });
  const lines = el('div');
  lines.setAttribute('aria-live', 'polite');
  const back = el('button', { type: 'button', className: 'secondary', textContent: 'Zurück', onclick: actions.back });
  const next = el('button', { type: 'button', className: 'secondary', textContent: 'Weiter', onclick: actions.next });
  const end = el('button', { type: 'button', textContent: 'Beenden', onclick: actions.end });
  // Offered while the step's target is missing or the page is unknown: a Diagnose, saved by the admin's own click.
  const supportText = el('p');
  supportText.setAttribute('aria-live', 'polite');
  const supportFile = el('a', { textContent: 'Datei speichern' });
  const supportAsk = el('button', { type: 'button', className: 'secondary', textContent: 'Seite für den Support speichern' });
  const support = el('div', { className: 'support' }, supportAsk, supportText, supportFile);
  supportAsk.onclick = async () => {
    supportAsk.disabled = true;
    const reply = await actions.diagnose().catch(() => null);
    supportAsk.disabled = false;
    URL.revokeObjectURL(supportFile.href);
    supportFile.hidden = !reply?.ok || !reply.file;
    if (reply?.ok && reply.file) {
      supportFile.href = URL.createObjectURL(new Blob([reply.file], { type: 'application/json' }));
      supportFile.download = diagnoseFileName(new Date());
    }
    setText(supportText, reply?.ok ? `${reply.notice} Senden Sie die Datei an den Support.` : reply?.error ?? 'Die Diagnose ließ sich nicht erstellen.');
  };
  // A step's own choices (e.g. tick off what is done already, or edit it on purpose), each going to a step.
  const choices = el('div', { className: 'actions' });
  const card = el('div', {}, task, title, lines, choices, support, el('div', { className: 'actions' }, back, next, end));
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.setAttribute('aria-labelledby', 'wegweiser-title');
  container.append(status);

  let target: Element | null = null;
  let stopFollowing = () => {};
  let shownLines = '';
  let shownChoices = '';

  return (state) => {
    // Positions are read before anything of ours is written: a read after a write makes the browser lay
    // out in our code.
    const moved = state.guide && state.guide.target !== target ? state.guide.target : null;
    const box = moved && scrollIntoViewIfNeeded(moved);
    setText(status, `AdminCenter-Wegweiser: ${statusText(state.status)}`);
    status.dataset.generation = state.status.generation ?? 'unbekannt';
    const view = state.guide;
    if (!view) {
      stopFollowing();
      cutout.remove();
      card.remove();
      target = null;
      shownLines = shownChoices = '';
      return;
    }
    setText(task, `${view.taskTitle} · ${view.progress}`);
    setText(title, view.title);
    // Only a changed text is written again, so screen readers announce each step once.
    if (view.lines.join('\n') !== shownLines) {
      shownLines = view.lines.join('\n');
      lines.replaceChildren(...view.lines.map((line) => el('p', { textContent: line })));
    }
    const offered = JSON.stringify(view.choices);
    if (offered !== shownChoices) {
      shownChoices = offered;
      choices.replaceChildren(...view.choices.map((c) => el('button', { type: 'button', textContent: c.label, onclick: () => actions.go(c.step) })));
    }
    choices.hidden = !view.choices.length;
    const offer = view.notFound || !state.status.known;
    if (support.hidden === offer) {
      support.hidden = !offer;
      supportFile.hidden = true;
      setText(supportText, '');
    }
    back.disabled = !view.canBack;
    next.hidden = !view.canNext;
    const placement = view.target ? 'card' : 'card card-free';
    if (card.className !== placement) card.className = placement;
    if (!card.isConnected) {
      // The AdminCenter's own typeface: already loaded by the page, where a font of our own would first have
      // to be looked up (milliseconds on the first card of every page load).
      card.style.fontFamily = getComputedStyle(document.body ?? document.documentElement).fontFamily;
      container.append(card);
    }
    if (view.target !== target) {
      stopFollowing();
      stopFollowing = () => {};
      target = view.target;
      // Never an overlay over nothing: the cutout only exists around a found target.
      if (target) {
        // The highlight at once; the card once the browser has laid out its new text (next frame).
        if (box) placeCutout(box, hole, ring);
        container.prepend(cutout);
        card.style.visibility = 'hidden';
        const followed = target;
        stopFollowing = followTarget(followed, card, (choose) => placeCard(followed, card, hole, ring, choose));
      } else {
        cutout.remove();
        card.style.left = card.style.top = card.style.visibility = '';
      }
    } else if (target) {
      // The page changed: the target may have moved.
      placeCard(target, card, hole, ring);
    }
  };
}
