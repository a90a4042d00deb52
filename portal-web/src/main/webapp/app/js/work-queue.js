// What awaits the signed-in person (GET /work-queue): objections to take up, answer or decide,
// confirmations to decide; and the notices sent to them.
import { t, label, formatDateTime } from './i18n.js';
import { h, replace } from './dom.js';
import { get } from './api.js';
import { showError } from './layout.js';

/** The item's line in the reader's language, from its structured fields; the server's English summary is for API clients. */
function summary(item) {
  switch (item.kind) {
    case 'MY_OBJECTION':
      return label('objectionStatus', item.summary);
    case 'OBJECTION_TO_ASSIGN':
    case 'OBJECTION_TO_DECIDE':
    case 'OBJECTION_TO_ANSWER':
      return `${label('objectionType', item.objectionType)}: ${item.excerpt}`;
    case 'CONFIRMATION_TO_DECIDE':
      return t(item.precheckClean ? 'queue.precheckClean' : 'queue.precheckProblems')
        + (item.draftReady ? `; ${t('queue.draftReady')}` : '');
    case 'REFERRAL_TO_ACCEPT':
      return t('queue.referral');
    case 'CONFIRMATION_AVAILABLE':
      return t('queue.confirmationAvailable');
    default:
      return item.summary;
  }
}

/** A notice in the reader's language from its event and parameters; older notices without an event keep their English subject. */
function noticeText(n) {
  if (!n.event) {
    return n.subject;
  }
  const p = { ...n.params };
  p.type = p.type && label('objectionType', p.type);
  p.outcome = p.outcome && label('decisionOutcome', p.outcome);
  p.state = p.state && label('state', p.state);
  p.status = p.status && label('confirmationStatus', p.status);
  p.dueAt = p.dueAt && formatDateTime(p.dueAt);
  p.precheck = p.clean === 'true' ? t('queue.precheckClean') : t('queue.precheckProblems');
  return t(`notice.${n.event}`, p);
}

export async function showWorkQueue(into) {
  try {
    const queue = await get('/work-queue');
    replace(into,
      queue.items.length === 0 ? h('p', { class: 'notice', id: 'work-queue-empty' }, t('queue.empty'))
        : h('ul', { id: 'work-queue' }, queue.items.map((i) => h('li', { dataset: { kind: i.kind, caseRef: i.caseRef } },
          h('a', { href: `/app/case.html?case=${encodeURIComponent(i.caseRef)}` }, `${label('queueKind', i.kind)} · ${i.caseRef}`),
          i.summary ? ` · ${summary(i)}` : '',
          i.dueAt ? ` · ${t('queue.due', { time: formatDateTime(i.dueAt) })}` : '',
          i.overdue ? h('strong', { class: 'bad' }, ` ${t('queue.overdue')}`) : null))),
      queue.notices.length ? h('details', {}, h('summary', {}, t('queue.notices', { n: queue.notices.length })),
        h('ul', {}, queue.notices.map((n) => h('li', { dataset: { event: n.event || '' } },
          `${formatDateTime(n.at)} · ${n.caseRef} · ${noticeText(n)}`)))) : null);
  } catch (e) {
    showError(into, e);
  }
}
