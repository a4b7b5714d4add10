// Lifecycle suites (define twice, disconnect cleanup, fr/en rendering) for the elements that do not
// run them in their own package tests, and the token check over the styles of EVERY Ancre element:
// no element reads an undefined token, and every global token is used by at least one element.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../packages/core/src/define.js';
import '../packages/service-finder/src/define.js';
import '../packages/eco-assistant/src/define.js';
import { lifecycleSuite } from './suites/lifecycle.js';
import { tokenProblems } from './suites/tokens.js';
import { waitFor } from './helpers/frame.js';

lifecycleSuite({ tag: 'ancre-card', prepare: (el) => el.setAttribute('status', 'Ouvert'), localized: false });
lifecycleSuite({ tag: 'ancre-error', prepare: (el) => {
    Object.assign(el, { problems: [{ code: 'x', message: 'Problème', path: '$.items[0]' }] });
  },
});
lifecycleSuite({
  tag: 'ancre-eco-assistant',
  settle: async (el) => {
    await waitFor(() => el.shadowRoot?.querySelector('[part="log"]')?.textContent?.trim(), { timeout: 8000 });
  },
});

const ALL_TAGS = ['ancre-card', 'ancre-error', 'ancre-commune-search', 'ancre-service-finder', 'ancre-eco-assistant'];

describe('design tokens across every element', () => {
  it('no element reads an undefined token, and every global token is used', () => {
    const classes = ALL_TAGS.map((tag) => {
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      expect(ctor, `${tag} is defined`).to.exist;
      return { name: tag, styles: ctor.elementStyles };
    });
    const problems = tokenProblems(classes);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
