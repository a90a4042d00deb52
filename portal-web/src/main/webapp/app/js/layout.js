// What every page shares: the language, the header (navigation, sign-in, language switch) and messages.
import { chooseLanguage, loadLanguage, t, translateStatic, otherLanguage, switchLanguage, label } from './i18n.js';
import { me, describe } from './api.js';
import { h, replace, byId } from './dom.js';

/** Each role's pages, in the order the navigation shows them. */
const ROLE_PAGES = [
  { roles: ['judge', 'arbitrator'], href: '/app/judge.html', key: 'nav.judge' },
  { roles: ['debtor'], href: '/app/debtor.html', key: 'nav.debtor' },
  { roles: ['lender'], href: '/app/lender.html', key: 'nav.lender' },
  { roles: ['collector'], href: '/app/collector.html', key: 'nav.collector' },
  { roles: ['auditor'], href: '/app/auditor.html', key: 'nav.auditor' },
  { roles: ['court-admin', 'auditor'], href: '/app/admin.html', key: 'nav.admin' },
];

export function pagesFor(who) {
  if (!who) {
    return [];
  }
  return ROLE_PAGES.filter((p) => p.roles.some((r) => who.roles.includes(r)));
}

/** Loads the language, translates the page's fixed texts, draws the header; resolves to the signed-in person or null. */
export async function startPage() {
  await loadLanguage(chooseLanguage());
  translateStatic();
  document.title = `${t(document.body.dataset.title)} · ${t('app.name')}`;
  let who = null;
  try {
    who = await me();
  } catch {
    who = null; // the header then offers sign-in; the page says what failed when it calls the API itself
  }
  drawHeader(who);
  return who;
}

function drawHeader(who) {
  const links = [{ href: '/', key: 'nav.home' }, { href: '/app/verify.html', key: 'nav.verify' }, ...pagesFor(who)];
  const here = location.pathname;
  const nav = h('nav', { 'aria-label': t('nav.label') },
    h('ul', {}, links.map((l) => h('li', {},
      h('a', { href: l.href, 'aria-current': l.href === here ? 'page' : null }, t(l.key))))));
  const other = otherLanguage();
  const switcher = h('button', {
    // named by its visible text, the other language's own name in that language (WCAG 2.5.3, label in name)
    type: 'button', id: 'language-switch', lang: other, title: t('language.switch'),
    on: { click: () => switchLanguage(other) },
  }, label('language.name', other));
  const account = who
    ? h('div', { class: 'account' },
      h('span', { id: 'signed-in-as' }, t('account.signedInAs', { name: who.username || who.subject })),
      // a form, not a link: signing out is a POST (the session cookie is SameSite=Lax, so no other site can post it)
      h('form', { method: 'post', action: '/logout', class: 'sign-out' },
        h('button', { type: 'submit', id: 'sign-out' }, t('account.signOut'))))
    : h('div', { class: 'account' },
      h('a', { href: signInHref(), id: 'sign-in' }, t('account.signIn')));
  replace(byId('site-header'),
    h('a', { class: 'brand', href: '/' }, t('app.name')), nav, account, switcher);
}

export function signInHref() {
  return `/login?return=${encodeURIComponent(location.pathname + location.search)}`;
}

/**
 * Shows why the page cannot be used (not signed in, or not this person's role) and answers false;
 * true when the person has one of the roles.
 */
export function requireRole(who, roles, container) {
  if (!who) {
    replace(container, h('p', { class: 'notice', role: 'status' }, t('account.pleaseSignIn'), ' ',
      h('a', { href: signInHref() }, t('account.signIn'))));
    return false;
  }
  if (!roles.some((r) => who.roles.includes(r))) {
    replace(container, h('p', { class: 'notice', role: 'status' }, t('account.wrongRole')));
    return false;
  }
  return true;
}

/** Shows an error in plain words in the given region (role=alert so screen readers announce it). */
export function showError(container, error) {
  const { summary, detail } = describe(error);
  replace(container, h('div', { class: 'error', role: 'alert' },
    h('p', { class: 'error-summary' }, summary),
    detail ? h('p', { class: 'error-detail' }, t('error.detail', { message: detail })) : null));
}

/** A short success or progress message in a live region. */
export function showMessage(container, text) {
  replace(container, h('p', { class: 'message', role: 'status' }, text));
}

/** "✓ yes" / "✗ no": never colour alone. */
export function mark(ok) {
  return h('span', { class: ok ? 'ok' : 'bad', dataset: { ok: String(Boolean(ok)) } },
    ok ? `✓ ${t('common.yes')}` : `✗ ${t('common.no')}`);
}
