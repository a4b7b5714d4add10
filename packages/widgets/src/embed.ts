/**
 * Iframe embed page script (`embed.html`): for sites whose CMS refuses script tags. The iframe URL
 * carries the tag and its attributes, e.g. `embed.html?widget=ancre-service-finder&commune=69123`;
 * only known `ancre-*` tags and plain attribute names are accepted (never markup from the URL).
 */
import { WIDGETS } from './internal/registry.js';

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const mount = document.getElementById('ancre-embed')!;
if (!(tag in WIDGETS)) {
  mount.textContent = `Widget inconnu : « ${tag} ». Widgets disponibles : ${Object.keys(WIDGETS).join(', ')}.`;
} else {
  const el = document.createElement(tag);
  for (const [name, value] of params) {
    if (name === 'widget') continue;
    if (name === 'lang') document.documentElement.lang = value;
    else if (name === 'theme') document.documentElement.dataset['ancreTheme'] = value;
    else if (/^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on')) el.setAttribute(name, value);
  }
  mount.replaceChildren(el);
  void WIDGETS[tag]!();
}
