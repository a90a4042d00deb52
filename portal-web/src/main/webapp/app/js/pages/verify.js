// Public verification: a file (any evidence file, or a signed court PDF), a digest, or a receipt.
import { startPage, showError, showMessage } from '../layout.js';
import { t } from '../i18n.js';
import { byId, replace } from '../dom.js';
import { request } from '../api.js';
import { verificationReport } from '../verification-report.js';

await startPage();

const status = byId('status');
const result = byId('result');

async function verify(subject, call) {
  result.hidden = true;
  showMessage(status, t('verify.checking'));
  try {
    const report = await call();
    replace(status);
    replace(byId('result-subject'), subject);
    replace(byId('result-body'), verificationReport(report));
    result.hidden = false;
    result.scrollIntoView({ block: 'start' });
  } catch (e) {
    showError(status, e);
  }
}

function verifyFile(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  verify(t('verify.subjectFile', { name: file.name }), () => request('POST', '/verify', { body: form }));
}

const input = byId('file-input');
input.addEventListener('change', () => {
  if (input.files.length > 0) {
    verifyFile(input.files[0]);
  }
});

const zone = byId('drop-zone');
zone.addEventListener('dragover', (e) => {
  e.preventDefault();
  zone.classList.add('dragging');
});
zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  zone.classList.remove('dragging');
  if (e.dataTransfer.files.length > 0) {
    verifyFile(e.dataTransfer.files[0]);
  }
});

byId('digest-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const digest = byId('digest-input').value.trim().replace(/^0x/i, '').toLowerCase();
  verify(t('verify.subjectDigest', { digest }), () => request('POST', '/verify', { json: { sha256: digest } }));
});

byId('receipt-form').addEventListener('submit', (e) => {
  e.preventDefault();
  let receipt;
  try {
    receipt = JSON.parse(byId('receipt-input').value);
  } catch {
    showMessage(status, t('verify.receiptNotJson'));
    return;
  }
  verify(t('verify.subjectReceipt'), () => request('POST', '/verify', { json: receipt }));
});

byId('print-result').addEventListener('click', () => window.print());
