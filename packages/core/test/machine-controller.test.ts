import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { assign, emit, fromCallback, setup } from 'xstate';
import { MachineController } from '../src/base/machine-controller.js';

let listenersAdded = 0;
let listenersRemoved = 0;
let ticks = 0;

const machine = setup({
  types: {
    context: {} as { count: number; label: string },
    input: {} as { label: string },
    events: {} as { type: 'inc' } | { type: 'tick' },
    emitted: {} as { type: 'incremented'; count: number },
  },
  actors: {
    ticker: fromCallback(({ sendBack }) => {
      const onResize = () => sendBack({ type: 'tick' });
      window.addEventListener('resize', onResize);
      listenersAdded++;
      const id = setInterval(() => {
        ticks++;
      }, 5);
      return () => {
        window.removeEventListener('resize', onResize);
        listenersRemoved++;
        clearInterval(id);
      };
    }),
  },
  delays: { later: 30 },
}).createMachine({
  context: ({ input }) => ({ count: 0, label: input.label }),
  initial: 'active',
  states: {
    active: {
      invoke: { src: 'ticker' },
      after: { later: 'late' },
      on: {
        inc: { actions: [assign({ count: ({ context }) => context.count + 1 }), emit(({ context }) => ({ type: 'incremented' as const, count: context.count }))] },
      },
    },
    late: {},
  },
});

class HostEl extends LitElement {
  label = 'first';
  emitted: number[] = [];
  renders = 0;
  machine = new MachineController(this, {
    logic: machine,
    input: () => ({ label: this.label }),
    onEmitted: (e) => this.emitted.push(e.count),
  });
  protected override render() {
    this.renders++;
    return litHtml`<p>${this.machine.snapshot.context.label}:${this.machine.snapshot.context.count}</p>`;
  }
}
customElements.define('ancre-test-machine-host', HostEl);

describe('MachineController', () => {
  beforeEach(() => {
    listenersAdded = listenersRemoved = ticks = 0;
  });

  it('starts the actor on connect with input read from the host', async () => {
    const el = await fixture<HostEl>(html`<ancre-test-machine-host .label=${'hello'}></ancre-test-machine-host>`);
    expect(el.machine.running).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('hello:0');
    expect(listenersAdded).to.equal(1);
  });

  it('re-renders on every snapshot and forwards emitted events', async () => {
    const el = await fixture<HostEl>(html`<ancre-test-machine-host></ancre-test-machine-host>`);
    el.machine.send({ type: 'inc' });
    el.machine.send({ type: 'inc' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('first:2');
    expect(el.emitted).to.deep.equal([1, 2]);
  });

  it('stops on disconnect: no listener, interval or delayed transition left behind', async () => {
    const el = await fixture<HostEl>(html`<ancre-test-machine-host></ancre-test-machine-host>`);
    el.remove();
    expect(el.machine.running).to.equal(false);
    expect(listenersRemoved).to.equal(1);
    const ticksAtStop = ticks;
    await aTimeout(60);
    expect(ticks).to.equal(ticksAtStop);
    // the delayed transition never fired while disconnected
    expect(el.machine.snapshot.value).to.equal('active');
    window.dispatchEvent(new Event('resize'));
    expect(el.machine.snapshot.value).to.equal('active');
  });

  it('resumes from where it was when the host is moved in the DOM', async () => {
    const el = await fixture<HostEl>(html`<ancre-test-machine-host></ancre-test-machine-host>`);
    el.machine.send({ type: 'inc' });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.machine.running).to.equal(true);
    expect(el.machine.snapshot.context.count).to.equal(1);
    expect(listenersAdded).to.equal(2);
    expect(listenersRemoved).to.equal(1);
    el.remove();
    expect(listenersRemoved).to.equal(2);
  });

  it('restart() begins again from the initial state', async () => {
    const el = await fixture<HostEl>(html`<ancre-test-machine-host></ancre-test-machine-host>`);
    el.machine.send({ type: 'inc' });
    el.machine.restart();
    expect(el.machine.snapshot.context.count).to.equal(0);
    expect(listenersRemoved).to.equal(1);
    el.remove();
  });
});
