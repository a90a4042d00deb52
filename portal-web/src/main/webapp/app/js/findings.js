// Compliance findings of a case, each explained in the page's language with the rule it rests on.
import { t, label, currentLanguage, formatDateTime } from './i18n.js';
import { h } from './dom.js';

export function findingsList(findings) {
  if (findings.length === 0) {
    return h('p', { class: 'notice', id: 'no-findings' }, t('findings.none'));
  }
  return h('ul', { id: 'findings-list' }, findings.map((f) => h('li', { class: 'panel', dataset: { rule: f.ruleId, severity: f.severity } },
    h('p', {}, h('strong', {}, label('severity', f.severity)), ' · ', h('code', {}, f.ruleId)),
    h('p', {}, currentLanguage() === 'zh-CN' ? f.explanationZh : f.explanationEn),
    h('p', { class: 'hint' }, t('findings.source', { source: f.source || t('common.none') }),
      f.agency ? ` · ${t('findings.agency', { agency: f.agency })}` : '',
      f.foundAt ? ` · ${formatDateTime(f.foundAt)}` : ''))));
}
