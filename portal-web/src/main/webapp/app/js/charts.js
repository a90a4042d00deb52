// Horizontal bar charts drawn as inline SVG from API data (no chart library, nothing to build).
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 28;
const LABEL_WIDTH = 130;
const WIDTH = 360;

function svg(tag, attributes = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) {
    e.setAttribute(k, String(v));
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

/**
 * @param bars [{label, value, display}] value is a number, display the text written beside the bar
 * @param emptyText shown instead of a chart when there are no bars
 */
export function barChart(id, title, bars, emptyText) {
  const caption = h('figcaption', { id: `${id}-caption` }, title);
  if (bars.length === 0) {
    return h('figure', { class: 'chart', id }, caption, h('p', { class: 'hint' }, emptyText));
  }
  const max = Math.max(...bars.map((b) => b.value), 1);
  const height = bars.length * ROW + 8;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-caption` });
  bars.forEach((b, i) => {
    const y = i * ROW + 4;
    const length = Math.max(2, ((WIDTH - LABEL_WIDTH - 70) * b.value) / max);
    const group = svg('g', { class: 'bar', 'data-label': b.label, 'data-value': b.value });
    group.append(svg('title', {}, `${b.label}: ${b.display}`),
      svg('text', { x: LABEL_WIDTH - 6, y: y + 17, 'text-anchor': 'end', 'font-size': 12, fill: '#1a1a1a' }, b.label),
      svg('rect', { x: LABEL_WIDTH, y: y + 4, width: length, height: ROW - 10, fill: '#0b4f8a', rx: 2 }),
      svg('text', { x: LABEL_WIDTH + length + 6, y: y + 17, 'font-size': 12, fill: '#1a1a1a' }, b.display));
    chart.append(group);
  });
  return h('figure', { class: 'chart', id }, caption, chart);
}

/** Rows as CSV (RFC 4180 quoting); a cell starting with = + - @ is prefixed so spreadsheets do not run it. */
export function toCsv(rows) {
  const cell = (v) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@]/.test(s)) {
      s = `'${s}`;
    }
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
