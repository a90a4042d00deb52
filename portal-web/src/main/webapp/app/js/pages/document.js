// The page a signed document's QR code or verification code opens: /verify/{code} (or ?code=).
import { startPage, showError, showMessage } from '../layout.js';
import { t, label, formatDateTime } from '../i18n.js';
import { h, byId, replace, param } from '../dom.js';
import { get, request } from '../api.js';
import { verificationReport } from '../verification-report.js';

await startPage();

const status = byId('status');
const code = param('code') || decodeURIComponent(location.pathname.replace(/^\/verify\/?/, '').split('/')[0] || '');
let known = null;

function row(key, value) {
  return [h('dt', {}, t(key)), h('dd', {}, value)];
}

if (!code) {
  showMessage(status, t('document.noCode'));
} else {
  showMessage(status, t('document.lookingUp', { code }));
  try {
    known = await get(`/documents/by-code/${encodeURIComponent(code)}`);
    replace(status, h('p', { class: 'banner good', id: 'document-found', role: 'status' }, t('document.found', { code })));
    replace(byId('document-facts'),
      row('document.type', label('documentType', known.type)),
      row('document.language', label('language.name', known.language)),
      row('document.issuedAt', formatDateTime(known.issuedAt)),
      row('document.sha256', h('code', { class: 'digest' }, known.sha256)),
      row('document.anchorStatus', label('anchorStatus', known.anchorStatus)));
    byId('document').hidden = false;
  } catch (e) {
    showError(status, e);
  }
}

byId('file-input').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) {
    return;
  }
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const report = await request('POST', '/verify', { body: form });
    const plain = (hex) => (hex || '').toLowerCase().replace(/^0x/, '');
    const same = known && plain(report.documentSha256) === plain(known.sha256);
    replace(byId('result-body'),
      known ? h('p', { class: `banner ${same ? 'good' : 'broken'}`, id: 'same-document' },
        t(same ? 'document.sameAsIssued' : 'document.notSameAsIssued')) : null,
      verificationReport(report));
    byId('result').hidden = false;
  } catch (err) {
    showError(byId('result-body'), err);
    byId('result').hidden = false;
  }
});

byId('print-result').addEventListener('click', () => window.print());
