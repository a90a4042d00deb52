import { startPage, pagesFor } from '../layout.js';
import { t } from '../i18n.js';
import { h, byId, replace } from '../dom.js';

const who = await startPage();
if (who) {
  replace(byId('my-pages-list'), pagesFor(who).map((p) => h('li', {}, h('a', { href: p.href }, t(p.key)))));
  byId('my-pages').hidden = false;
} else {
  byId('sign-in-invite').hidden = false;
}
