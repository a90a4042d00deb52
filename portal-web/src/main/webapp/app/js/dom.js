// Builds elements from data with textContent only: nothing from the API is ever parsed as HTML.

/**
 * h('p', {class: 'x', dataset: {k: 'v'}, on: {click: f}, hidden: true}, 'text', child, ...)
 * Strings become text nodes; null and false children are skipped; arrays are flattened.
 */
export function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      e.className = value;
    } else if (name === 'dataset') {
      Object.assign(e.dataset, value);
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) {
        e.addEventListener(event, handler);
      }
    } else if (name === 'text') {
      e.textContent = value;
    } else if (value === true) {
      e.setAttribute(name, '');
    } else {
      e.setAttribute(name, String(value));
    }
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(parent, c);
    } else if (c instanceof Node) {
      parent.appendChild(c);
    } else {
      parent.appendChild(document.createTextNode(String(c)));
    }
  }
}

/** Empties an element and fills it again. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function byId(id) {
  return document.getElementById(id);
}

/** A page parameter from the query string (?case=...). */
export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** "0x1234abcd…9f" for tables; the full value stays in the title and for copying. */
export function shortDigest(hex) {
  if (!hex) {
    return '';
  }
  return hex.length > 20 ? `${hex.slice(0, 12)}…${hex.slice(-6)}` : hex;
}
