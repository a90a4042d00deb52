// What a lender or a collection agency anchors on a case from the page: a file uploaded (the portal keeps it), or
// only its fingerprint ("keep the file, anchor its fingerprint": computed here, in slices, and only the digest sent),
// with when and how it was captured (art. 18 of the court's checklist).
import { t, label } from './i18n.js';
import { h, replace } from './dom.js';
import { request } from './api.js';
import { showError } from './layout.js';
import { field, isoInstant, localNow } from './form-fields.js';
import { sha256OfFile } from './file-digest.js';

// the kinds a party files as ordinary evidence; the others are made by their own actions (authorise, transfer, ...)
const KINDS = ['LOAN_CONTRACT', 'CALL_RECORDING', 'VISIT_RECORD', 'SMS_NOTICE', 'REPAYMENT_RECORD', 'OTHER'];

export function evidenceUpload(caseRef, reload) {
  const out = h('div', { id: 'evidence-status', 'aria-live': 'polite' });
  const kind = h('select', { id: 'evidence-kind', required: true }, ...KINDS.map((k) => h('option', { value: k }, label('kind', k))));
  const capturedAt = h('input', { type: 'datetime-local', id: 'evidence-captured-at', required: true, value: localNow() });
  const method = h('input', { type: 'text', id: 'evidence-capture-method', maxlength: 200, autocomplete: 'off' });
  const device = h('input', { type: 'text', id: 'evidence-capture-device', maxlength: 200, autocomplete: 'off' });
  const file = h('input', { type: 'file', id: 'evidence-file', required: true });
  const hashOnly = h('input', { type: 'radio', name: 'evidence-mode', id: 'evidence-mode-hash', value: 'hash', checked: true });
  const upload = h('input', { type: 'radio', name: 'evidence-mode', id: 'evidence-mode-file', value: 'file' });
  const mode = h('fieldset', { class: 'field' }, h('legend', {}, t('evidence.mode')),
    h('label', { class: 'inline' }, hashOnly, t('evidence.modeHash')), h('label', { class: 'inline' }, upload, t('evidence.modeFile')));
  const progress = h('progress', { id: 'evidence-progress', max: 1, value: 0, hidden: true, 'aria-label': t('form.hashing') });
  const submit = h('button', { type: 'submit' }, t('evidence.submit'));
  const form = h('form', { id: 'evidence-form' },
    field('evidence.kind', kind), field('evidence.capturedAt', capturedAt),
    field('evidence.captureMethod', method, 'evidence.captureMethodHint'), field('evidence.captureDevice', device),
    field('evidence.file', file, 'evidence.fileHint'), mode, progress, submit, out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      const chosen = file.files[0];
      const fields = { caseRef, kind: kind.value, capturedAt: isoInstant(capturedAt.value) };
      if (method.value.trim()) {
        fields.captureMethod = method.value.trim();
      }
      if (device.value.trim()) {
        fields.captureDevice = device.value.trim();
      }
      let answer;
      if (hashOnly.checked) {
        progress.hidden = false;
        const sha256 = await sha256OfFile(chosen, (share) => { progress.value = share; });
        answer = await request('POST', '/evidence', { json: { ...fields, sha256 } });
      } else {
        const body = new FormData();
        // the case first: the portal refuses a case the caller may not file into before it stores the file
        for (const [k, v] of Object.entries(fields)) {
          body.append(k, v);
        }
        body.append('file', chosen, chosen.name);
        answer = await request('POST', '/evidence', { body });
      }
      replace(out, h('p', { class: 'message', role: 'status', id: 'evidence-accepted', dataset: { evidenceId: answer.id } },
        t('evidence.accepted', { id: answer.id, sha256: answer.sha256 })));
      form.reset();
      capturedAt.value = localNow();
      reload();
    } catch (err) {
      showError(out, err);
    } finally {
      progress.hidden = true;
      submit.disabled = false;
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('evidence.title')), h('p', { class: 'hint' }, t('evidence.hint')), form);
}
