import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SimulatedClock } from 'xstate';
import '../packages/eco-assistant/src/define.js';
import type { AncreEcoAssistant } from '../packages/eco-assistant/src/index.js';
import { welcomeFlow, contributionFlow } from '../packages/eco-assistant/src/sdk.js';

/**
 * `<ancre-eco-assistant>` with the built-in welcome flow and tips pack (figures computed from ADEME's
 * Nos Gestes Climat, MIT). States are reached by driving the element as a person would: its quick
 * replies, its composer, or its `engine` (the headless SDK behind the view).
 */
interface Args {
  lang: string;
  kiosk: boolean;
  idleTimeout: number;
  persist: string;
}

const assistantIn = (canvas: HTMLElement) => canvas.querySelector('ancre-eco-assistant')!;

/** Waits until the engine is running (the default tips load on demand). */
async function ready(el: AncreEcoAssistant, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!el.engine) {
    if (performance.now() - start > timeout) throw new Error('the assistant did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

async function drive(el: AncreEcoAssistant, steps: ({ type: 'choose'; id: string } | { type: 'text'; text: string })[]): Promise<void> {
  await ready(el);
  for (const step of steps) el.engine!.send(step);
  await el.updateComplete;
}

const meta = {
  title: 'Widgets/Eco assistant',
  component: 'ancre-eco-assistant',
  tags: ['autodocs'],
  args: { lang: 'fr', kiosk: false, idleTimeout: 120, persist: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    kiosk: { control: 'boolean', description: 'Kiosk mode: attract screen, large targets, idle reset' },
    idleTimeout: { control: { type: 'number', min: 40, max: 600 }, description: 'Seconds before the kiosk reset' },
    persist: { control: 'inline-radio', options: ['', 'session', 'local'], description: 'Resume a conversation (off by default)' },
  },
  render: (args) => html`<ancre-eco-assistant
    lang=${args.lang}
    ?kiosk=${args.kiosk}
    idle-timeout=${args.idleTimeout}
    persist=${args.persist || undefined!}
  ></ancre-eco-assistant>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every attribute as a control. */
export const Playground: Story = {};

/** Welcome: the greeting and the first choices. */
export const Welcome: Story = {
  play: async ({ canvasElement }) => ready(assistantIn(canvasElement)),
};

/** The short quiz (logement, chauffage, déplacements, avion, alimentation). */
export const Quiz: Story = {
  play: async ({ canvasElement }) => drive(assistantIn(canvasElement), [{ type: 'choose', id: 'quiz' }, { type: 'choose', id: 'apartment' }]),
};

/** A suggestion that fits the answers of the quiz. */
export const Suggestion: Story = {
  play: async ({ canvasElement }) =>
    drive(assistantIn(canvasElement), [
      { type: 'choose', id: 'quiz' },
      { type: 'choose', id: 'house' },
      { type: 'choose', id: 'gas' },
      { type: 'choose', id: 'diesel' },
      { type: 'choose', id: 'sometimes' },
      { type: 'choose', id: 'meat-daily' },
    ]),
};

/** Free text: « je veux économiser du chauffage », then a sentence it does not understand (fallback with choices). */
export const FreeText: Story = {
  play: async ({ canvasElement }) =>
    drive(assistantIn(canvasElement), [
      { type: 'text', text: 'je veux économiser du chauffage' },
      { type: 'text', text: 'quelle heure est-il ?' },
    ]),
};

/** "Mes 3 gestes": the summary with the yearly total, a comparison in km by car, print and QR code. */
export const Summary: Story = {
  play: async ({ canvasElement }) =>
    drive(assistantIn(canvasElement), [
      { type: 'choose', id: 'themes' },
      { type: 'choose', id: 'food' },
      { type: 'choose', id: '__choose' },
      { type: 'choose', id: 'more' },
      { type: 'choose', id: '__choose' },
      { type: 'choose', id: 'more' },
      { type: 'choose', id: '__choose' },
    ]),
};

/** The contribution flow: a person proposes their own gesture (fires `ancre-contribution`). */
export const Contribution: Story = {
  render: (args) => html`<ancre-eco-assistant lang=${args.lang} .flowData=${contributionFlow}></ancre-eco-assistant>`,
  play: async ({ canvasElement }) => drive(assistantIn(canvasElement), [{ type: 'text', text: 'Un composteur partagé au pied de l’immeuble' }]),
};

/** Error: an invalid flow shows what is wrong, where and how to fix it. */
export const InvalidFlow: Story = {
  render: () => html`<ancre-eco-assistant .flowData=${{ ...welcomeFlow, start: 'bonjour' }}></ancre-eco-assistant>`,
};

/** Theming through global and component tokens. */
export const Theming: Story = {
  render: () => html`<div
    style="--ancre-color-surface:#ffffff;--ancre-color-surface-alt:#f4f4f7;--ancre-color-text:#1e1e1e;--ancre-color-text-muted:#555560;--ancre-color-border:#c7c7d1;--ancre-color-on-primary:#ffffff;--ancre-color-success:#18753c;--ancre-color-warning:#8d4f00;--ancre-color-danger:#c9191e;--ancre-color-info:#0063cb;background:#ffffff;color:#1e1e1e;padding:1rem;--ancre-color-primary:#18753c; --ancre-eco-bubble-assistant:#e6f4ea; --ancre-radius-m:1rem; --ancre-font-family: Georgia, serif"
  >
    <ancre-eco-assistant></ancre-eco-assistant>
  </div>`,
};

/** French and English side by side. */
export const Locales: Story = {
  render: () => html`<div style="display:grid; grid-template-columns:1fr 1fr; gap:1rem">
    <ancre-eco-assistant lang="fr"></ancre-eco-assistant>
    <ancre-eco-assistant lang="en"></ancre-eco-assistant>
  </div>`,
};

/** Kiosk: the attract screen (touch "Commencer"). */
export const Kiosk: Story = {
  args: { kiosk: true },
};

/** Kiosk: the idle warning, 30 s before the reset, with "Je suis toujours là" (a simulated clock). */
export const KioskIdleWarning: Story = {
  render: () => html`<ancre-eco-assistant kiosk .clock=${new SimulatedClock()}></ancre-eco-assistant>`,
  play: async ({ canvasElement }) => {
    const el = assistantIn(canvasElement);
    await ready(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="attract"] button')?.click();
    el.engine!.send({ type: 'choose', id: 'quiz' });
    (el.clock as SimulatedClock).increment(90_000);
    await el.updateComplete;
  },
};
