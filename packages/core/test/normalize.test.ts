import { expect } from '@open-wc/testing';
import { foldText, foldPlaceName, editDistance } from '../src/text/normalize.js';

describe('text folding', () => {
  it('removes accents, case, ligatures and punctuation', () => {
    expect(foldText("Saint-Étienne-de-l'Œuvre")).to.equal('saint etienne de l oeuvre');
    expect(foldText('  ÎLE   d’Yeu ')).to.equal('ile d yeu');
    expect(foldText('Bourg-en-Bresse')).to.equal(foldText('bourg en bresse'));
  });
  it('expands st / ste in place names', () => {
    expect(foldPlaceName('St-Étienne')).to.equal('saint etienne');
    expect(foldPlaceName('Ste Foy lès Lyon')).to.equal('sainte foy les lyon');
    expect(foldPlaceName('Lastours')).to.equal('lastours');
  });
  it('measures edit distance with transpositions and an early exit', () => {
    expect(editDistance('lyon', 'lyon')).to.equal(0);
    expect(editDistance('lyon', 'lion')).to.equal(1);
    expect(editDistance('grenoble', 'grenolbe')).to.equal(1);
    expect(editDistance('valence', 'vienne', 1)).to.equal(2);
    expect(editDistance('', 'abc')).to.equal(3);
  });
});
