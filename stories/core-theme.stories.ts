import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TOKENS, TOKEN_NAMES } from '../packages/core/src/theme/tokens.js';
import '../packages/core/src/define.js';

const meta = {
  title: 'Core/Theme',
  component: 'ancre-card',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A card styled only with tokens: switch the Theme toolbar to see presets and the DSFR mapping. */
export const ThemedCard: Story = {
  render: () => html`<ancre-card heading="Maison France services de Belleville" status="Ouvert · ferme à 17 h" tone="success">
    <p>Accompagnement pour vos démarches CAF, impôts, santé et retraite.</p>
  </ancre-card>`,
};

/** Overriding global tokens on a container themes every widget inside it. */
export const CustomTokens: Story = {
  render: () => html`<div style="--ancre-color-primary:#6e445a; --ancre-radius-m:1.25rem; --ancre-font-family: Georgia, serif">
    <ancre-card heading="Mairie de Belleville" status="Fermé · ouvre lundi à 9 h">
      <p>Les couleurs, les arrondis et la police viennent des jetons de la page.</p>
    </ancre-card>
  </div>`,
};

/** Every global token with its default value. */
export const Tokens: Story = {
  render: () => html`<table>
    <caption>Jetons globaux d'Ancre / Ancre global tokens</caption>
    <thead><tr><th scope="col">Token</th><th scope="col">Default</th></tr></thead>
    <tbody>${TOKEN_NAMES.map((t) => html`<tr><td><code>${t}</code></td><td><code>${TOKENS[t]}</code></td></tr>`)}</tbody>
  </table>`,
};
