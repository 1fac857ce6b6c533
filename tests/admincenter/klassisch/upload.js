// Upload (cu/VUpload.java) in immediate mode: form.v-upload > div > hidden input, transparent file input and a
// v-button (no v-widget) whose click opens the file chooser. The practice sends no request: the chosen File
// stays in the browser and is handed to onFile inside a round trip.
import { h } from './vaadin.js';
import { roundTrip } from './server.js';

let connector = 40; // stands for the connector id in the names Vaadin derives from it

export function upload(caption, onFile, { accept = 'image/*' } = {}) {
  const id = connector++;
  const file = h('input', { type: 'file', class: 'gwt-FileUpload', name: `${id}_file`, accept, tabindex: '-1' });
  const btn = h('div', { tabindex: '0', role: 'button', class: 'v-button' }, h('span', { class: 'v-button-wrap' }, h('span', { class: 'v-button-caption' }, caption)));
  // VUpload: a click on the button fires a native click on the file input
  btn.addEventListener('click', () => file.click());
  btn.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); file.click(); } });
  file.addEventListener('change', () => {
    const f = file.files[0];
    if (f) roundTrip(() => onFile(f));
  });
  return h('form', { class: 'v-upload v-widget v-upload-immediate', enctype: 'multipart/form-data', method: 'post', target: `${id}_TGT_FRAME` },
    h('div', {}, h('input', { type: 'hidden', name: 'MAX_FILE_SIZE' }), file, btn));
}
