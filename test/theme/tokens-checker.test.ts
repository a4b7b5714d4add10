import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { tokenProblems, unknownTokensIn } from '../suites/tokens.js';
import { baseStyles, TOKEN_NAMES } from '../../packages/core/src/theme/tokens.js';
import { PRESETS, PRESET_NAMES, presetCss } from '../../packages/core/src/theme/presets.js';

describe('token checker', () => {
  it('reports an undefined private token, an unread private token and a stray global', () => {
    const bad = css`
      :host { --_mine: red; --_unread: blue; color: var(--_mine); background: var(--_nope); border-color: var(--ancre-colour-typo); }
    `;
    const problems = tokenProblems([{ name: 'bad', styles: [baseStyles, bad] }], { requireAllGlobalsUsed: false });
    expect(problems.join('\n')).to.contain('undefined private token --_nope');
    expect(problems.join('\n')).to.contain('--_unread but never reads it');
    expect(problems.join('\n')).to.contain('--ancre-colour-typo');
    expect(problems).to.have.length(3);
  });

  it('reports global tokens that no component uses', () => {
    const one = css`:host { color: var(--_color-text); }`;
    const problems = tokenProblems([{ name: 'one', styles: [baseStyles, one] }]);
    expect(problems.some((p) => p.includes('--ancre-color-danger is used by no component'))).to.equal(true);
    expect(problems.some((p) => p.includes('--ancre-color-text is'))).to.equal(false);
  });

  it('accepts component tokens that fall back to a private alias', () => {
    const good = css`:host { --_accent: var(--ancre-demo-accent, var(--_color-primary)); color: var(--_accent); }`;
    expect(tokenProblems([{ name: 'good', styles: [baseStyles, good] }], { requireAllGlobalsUsed: false })).to.deep.equal([]);
  });

  it('presets set only known global tokens', () => {
    for (const name of PRESET_NAMES) {
      expect(unknownTokensIn(presetCss(name)), name).to.deep.equal([]);
      for (const token of Object.keys(PRESETS[name])) expect(TOKEN_NAMES).to.include(token);
    }
  });

  it('the DSFR mapping sets only known global tokens and bundles nothing of the DSFR', async () => {
    const text = await (await fetch('/packages/core/themes/dsfr.css')).text();
    expect(unknownTokensIn(text)).to.deep.equal([]);
    expect(text).not.to.match(/@import|@font-face|url\(/);
    const colours = TOKEN_NAMES.filter((t) => t.startsWith('--ancre-color-'));
    for (const t of colours) expect(text, t).to.contain(`${t}:`);
  });
});
