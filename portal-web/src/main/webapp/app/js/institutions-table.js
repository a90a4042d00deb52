// The institutions the portal knows and their chain accounts (GET /institutions), as one table for the court administrator.
import { t, label } from './i18n.js';
import { h, shortDigest } from './dom.js';
import { mark } from './layout.js';

const yesNo = (value) => t(value ? 'common.yes' : 'common.no');

function institutionCell(institution) {
  if (!institution) {
    return h('th', { scope: 'row' }, t('admin.unknownInstitution'));
  }
  const kinds = institution.kinds.map((k) => label('admin.kind', k)).join(', ');
  return h('th', { scope: 'row' }, institution.id, h('div', { class: 'hint' }, kinds),
    h('div', { class: 'hint' }, t('admin.cases', { n: institution.cases })));
}

function roleCell(account) {
  return h('td', {},
    account.lifecycleRole ? label('admin.lifecycleRole', account.lifecycleRole) : t('admin.noRole'),
    account.lifecycleRole ? h('div', { class: 'hint', title: account.lifecycleOrgTag || '' },
      t('admin.actsFor', { org: account.lifecycleOrg || shortDigest(account.lifecycleOrgTag) })) : null,
    account.portalUse ? h('div', { class: 'hint' }, label('admin.use', account.portalUse)) : null);
}

function lastChangeCell(change) {
  if (!change) {
    return h('td', {}, t('common.none'));
  }
  return h('td', {}, t('admin.changeAt', { block: change.blockNumber }),
    h('div', { class: 'digest', title: change.transactionHash }, shortDigest(change.transactionHash)),
    h('div', { class: 'hint' }, t('admin.changedBy', { by: shortDigest(change.by) })));
}

function accountRow(institution, account) {
  return h('tr', { dataset: { institution: institution ? institution.id : '', account: account.account, allowlisted: String(account.allowlisted) } },
    institutionCell(institution),
    roleCell(account),
    h('td', {}, h('span', { class: 'digest' }, account.account),
      institution ? null : h('div', { class: 'hint digest', title: account.institutionTag || '' },
        account.institutionTag ? t('admin.tag', { tag: shortDigest(account.institutionTag) }) : t('admin.noInstitution')),
      account.eventsAgree ? null : h('div', { class: 'bad' }, t('admin.eventsDisagree'))),
    // not allowlisted is normal for a court's or operator's account: only a yes is marked
    h('td', {}, account.allowlisted ? mark(true) : h('span', { class: 'hint' }, t('common.no'))),
    h('td', {}, t('admin.courtAdminOf', { registry: yesNo(account.registryCourtAdmin), lifecycle: yesNo(account.lifecycleCourtAdmin) })),
    lastChangeCell(account.lastChange));
}

function emptyRow(institution) {
  return h('tr', { dataset: { institution: institution.id, account: '' } },
    institutionCell(institution), h('td', { colspan: 5 }, t('admin.noAccount')));
}

/** The directory as a table: one row per account, institutions without an account get one row saying so. */
export function institutionsTable(directory) {
  const rows = directory.institutions.flatMap((i) => (i.accounts.length === 0 ? [emptyRow(i)]
    : i.accounts.map((a) => accountRow(i, a))));
  const unknown = (directory.accountsWithoutKnownInstitution || []).map((a) => accountRow(null, a));
  return h('div', { class: 'table-wrap' }, h('table', { id: 'institutions-table' },
    h('caption', { class: 'hint' }, t('admin.institutionsCaption', { block: directory.readAtBlock,
      registry: directory.registry, lifecycle: directory.lifecycle })),
    h('thead', {}, h('tr', {}, ['admin.institution', 'admin.role', 'admin.account', 'admin.allowlisted', 'admin.courtAdmin',
      'admin.lastChange'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, rows, unknown)));
}
