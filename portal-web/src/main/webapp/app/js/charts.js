// Horizontal bar charts drawn as inline SVG from API data (no chart library, nothing to build).
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 28;
const LINE = 14;
const LABEL_WIDTH = 130;
const WIDTH = 360;

// Widths at the charts' 12 px font, measured with the page's own font (a canvas); estimated where there is none:
// a CJK character about a font size wide, a capital about 9 px, other Latin ones a little over half a font size.
let ruler;
function textWidth(text) {
  if (ruler === undefined) {
    ruler = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (ruler) {
      ruler.font = `12px ${getComputedStyle(document.body).fontFamily}`;
    }
  }
  if (ruler) {
    return Math.ceil(ruler.measureText(text).width);
  }
  let width = 0;
  for (const c of text) {
    width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(c) ? 12 : /[A-Z0-9]/.test(c) ? 9 : 7;
  }
  return width;
}

/**
 * A label as at most two lines that fit the label column, broken after spaces, hyphens and underscores (a
 * longer word, or a Chinese label, by characters); what does not fit ends in an ellipsis. The whole label is the
 * bar's title, shown on hover.
 */
export function labelLines(label, width = LABEL_WIDTH - 10, maxLines = 2) {
  const lines = [];
  let line = '';
  for (const token of label.match(/[^\s_-]+[\s_-]*|[\s_-]+/g) || ['']) {
    if (textWidth((line + token).trimEnd()) <= width) {
      line += token;
      continue;
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
    }
    line = '';
    for (const c of token) {
      if (textWidth((line + c).trimEnd()) > width) {
        lines.push(line);
        line = '';
      }
      line += c;
    }
  }
  if (line.trim()) {
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) {
    return lines;
  }
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(`${last}…`) > width) {
    last = last.slice(0, -1);
  }
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

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
  const labels = bars.map((b) => labelLines(String(b.label)));
  const row = labels.some((l) => l.length > 1) ? ROW + LINE - 4 : ROW;
  const height = bars.length * row + 8;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-caption` });
  bars.forEach((b, i) => {
    const y = i * row + 4;
    const middle = y + row / 2;
    const length = Math.max(2, ((WIDTH - LABEL_WIDTH - 70) * b.value) / max);
    const group = svg('g', { class: 'bar', 'data-label': b.label, 'data-value': b.value });
    const label = svg('text', { class: 'bar-label', x: LABEL_WIDTH - 6, 'text-anchor': 'end', 'font-size': 12, fill: '#1a1a1a' });
    const lines = labels[i];
    lines.forEach((text, n) => label.append(svg('tspan', { x: LABEL_WIDTH - 6, y: middle + 4 + (n - (lines.length - 1) / 2) * LINE },
      text)));
    group.append(svg('title', {}, `${b.label}: ${b.display}`), label,
      svg('rect', { x: LABEL_WIDTH, y: middle - (ROW - 10) / 2, width: length, height: ROW - 10, fill: '#0b4f8a', rx: 2 }),
      svg('text', { x: LABEL_WIDTH + length + 6, y: middle + 4, 'font-size': 12, fill: '#1a1a1a' }, b.display));
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
