// Actions on a case's course that exist in the API: the creditor transfers the debt or revokes an agency's
// authorisation; the court changes the rules the case's collection is checked against.
import { t, label } from './i18n.js';
import { h, replace } from './dom.js';
import { request, get } from './api.js';
import { showError, showMessage } from './layout.js';
import { field, digestField } from './form-fields.js';

const RULE_PROFILES = ['CN_2026', 'US_REG_F'];

/** The creditor's: transfer the debt to another creditor, revoke an agency's authorisation. */
export function creditorCourse(caseRef, reload) {
  const base = `/cases/${encodeURIComponent(caseRef)}`;
  return h('div', {}, revocation(base, reload), transfer(base, reload));
}

function transfer(base, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const to = h('input', { type: 'text', id: 'transfer-to', required: true, autocomplete: 'off', pattern: '[A-Za-z0-9][A-Za-z0-9._-]{0,127}' });
  const form = h('form', { id: 'transfer-form' }, field('course.transferTo', to, 'course.transferToHint'),
    digestField('course.transferAgreement', 'transfer-agreement', true), h('button', { type: 'submit' }, t('course.transfer')), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await request('POST', `${base}/transfers`, { json: { toCreditor: to.value.trim(),
        agreementSha256: form.querySelector('#transfer-agreement').value.trim().replace(/^0x/i, '') } });
      showMessage(out, t('course.transferred', { to: to.value.trim() }));
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('course.transferTitle')), h('p', { class: 'hint' }, t('course.transferHint')), form);
}

function revocation(base, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const list = h('ul', { id: 'authorisation-list' });
  const refresh = async () => {
    try {
      const valid = (await get(base)).authorisations.filter((a) => a.status === 'VALID');
      replace(list, ...(valid.length ? valid.map((a) => h('li', { dataset: { agency: a.agency } }, a.agency, ' ',
        h('button', { type: 'button', class: 'secondary', id: `revoke-${a.agency}`, on: { click: () => revoke(a.agency) } },
          t('course.revoke', { agency: a.agency })))) : [h('li', {}, t('case.noAgency'))]));
    } catch (err) {
      showError(out, err);
    }
  };
  const revoke = async (agency) => {
    try {
      await request('POST', `${base}/authorisations/${encodeURIComponent(agency)}/revoke`, { json: {} });
      showMessage(out, t('course.revoked', { agency }));
      await refresh();
      reload();
    } catch (err) {
      showError(out, err);
    }
  };
  refresh();
  return h('section', { class: 'panel' }, h('h2', {}, t('course.revokeTitle')), h('p', { class: 'hint' }, t('course.revokeHint')),
    list, out);
}

/** The court's: the rule profile the case's collection records are checked against from now on. */
export function ruleProfileChange(caseRef, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const profile = h('select', { id: 'rule-profile', required: true },
    ...RULE_PROFILES.map((p) => h('option', { value: p }, label('ruleProfile', p))));
  const form = h('form', { id: 'rule-profile-form' }, field('course.ruleProfile', profile, 'course.ruleProfileHint'),
    h('button', { type: 'submit' }, t('course.changeRules')), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await request('PUT', `/cases/${encodeURIComponent(caseRef)}/rule-profile`, { json: { ruleProfile: profile.value } });
      showMessage(out, t('course.rulesChanged', { profile: label('ruleProfile', profile.value) }));
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('course.ruleProfileTitle')), form);
}
