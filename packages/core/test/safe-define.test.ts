import { expect } from '@open-wc/testing';
import { safeDefine, resetSafeDefineWarnings } from '../src/base/safe-define.js';

describe('safeDefine', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    resetSafeDefineWarnings();
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines a tag once and ignores a second definition without throwing', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '1.0.0';
    }
    expect(safeDefine('ancre-test-once', A)).to.equal('defined');
    expect(safeDefine('ancre-test-once', B)).to.equal('already-defined');
    expect(customElements.get('ancre-test-once')).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('warns once when two copies with different versions define the same tag', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '2.0.0';
    }
    safeDefine('ancre-test-versions', A);
    safeDefine('ancre-test-versions', B);
    safeDefine('ancre-test-versions', B);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('1.0.0').and.contain('2.0.0');
  });

  it('does not throw on an invalid tag name and warns instead', () => {
    class A extends HTMLElement {}
    expect(safeDefine('NotValid', A)).to.equal('failed');
    expect(warnings).to.have.length(1);
  });

  it('returns failed when there is no registry (Node import)', () => {
    class A extends HTMLElement {}
    expect(safeDefine('ancre-test-noreg', A, null)).to.equal('failed');
  });
});
