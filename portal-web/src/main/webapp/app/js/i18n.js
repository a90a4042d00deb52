// Texts come from /i18n/messages_<language>.json; pages carry keys only (data-i18n), never words.
const SUPPORTED = ['en', 'zh-CN'];
const STORAGE_KEY = 'portal.language';
let messages = {};
let language = 'en';

/** The remembered choice, else the browser's first language, else English. */
export function chooseLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (SUPPORTED.includes(saved)) {
    return saved;
  }
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function loadLanguage(lang) {
  const response = await fetch(`/i18n/messages_${lang}.json`, { cache: 'no-cache' });
  messages = await response.json();
  language = lang;
  document.documentElement.lang = lang;
}

export function currentLanguage() {
  return language;
}

export function otherLanguage() {
  return language === 'en' ? 'zh-CN' : 'en';
}

/** Remembers the choice and renders the page again in it. */
export function switchLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
  location.reload();
}

/** The text for a key with {name} placeholders filled; the key itself when missing, so a gap shows. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** An enumeration value (a state, a kind, a verdict) in words, or the value itself when it has no text. */
export function label(group, value) {
  if (value === null || value === undefined || value === '') {
    return t('common.none');
  }
  const key = `${group}.${value}`;
  return key in messages ? messages[key] : String(value);
}

/** Fills every element marked data-i18n (text) and data-i18n-attr ("attribute:key;attribute:key"). */
export function translateStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((e) => {
    e.textContent = t(e.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((e) => {
    for (const pair of e.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      e.setAttribute(attribute.trim(), t(key.trim()));
    }
  });
}

export function formatDateTime(iso) {
  if (!iso) {
    return t('common.none');
  }
  return new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function formatDate(iso) {
  if (!iso) {
    return t('common.none');
  }
  return new Date(iso).toLocaleDateString(language, { dateStyle: 'medium' });
}

export function formatAmount(amount, currency) {
  if (amount === null || amount === undefined) {
    return t('common.none');
  }
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency || ''}`.trim();
  }
}

/** A duration in seconds as "2 h 5 min 3 s" in the page's language. */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) {
    return t('common.none');
  }
  const s = Math.abs(Math.round(seconds));
  const parts = [];
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (days) parts.push(t('duration.days', { n: days }));
  if (hours) parts.push(t('duration.hours', { n: hours }));
  if (minutes) parts.push(t('duration.minutes', { n: minutes }));
  if (s % 60 || parts.length === 0) parts.push(t('duration.seconds', { n: s % 60 }));
  return (seconds < 0 ? '-' : '') + parts.join(' ');
}
