// Every Ancre element goes through the same lifecycle suites (define twice, disconnect cleanup,
// fr/en rendering), and all their styles through the token check.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../packages/core/src/define.js';
import { lifecycleSuite, type ElementUnderTest } from './suites/lifecycle.js';
import { tokenProblems } from './suites/tokens.js';

const COMMUNES = '/packages/core/test/fixtures/communes/';

export const ELEMENTS: ElementUnderTest[] = [
  { tag: 'ancre-card', prepare: (el) => el.setAttribute('status', 'Ouvert'), localized: false },
  { tag: 'ancre-error', prepare: (el) => Object.assign(el, { problems: [{ code: 'x', message: 'Problème', path: '$.items[0]' }] }) },
  { tag: 'ancre-commune-search', prepare: (el) => el.setAttribute('data-base', COMMUNES) },
];

for (const element of ELEMENTS) lifecycleSuite(element);

describe('design tokens across every element', () => {
  it('no element reads an undefined token, and every global token is used', () => {
    const classes = ELEMENTS.map(({ tag }) => {
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      return { name: tag, styles: ctor.elementStyles };
    });
    const problems = tokenProblems(classes, { requireAllGlobalsUsed: ELEMENTS.length > 3 });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
