import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { safeDefine } from '../packages/core/src/base/safe-define.js';
import { AncreCommuneSearch } from '../packages/core/src/commune-search/commune-search.js';
import '../packages/core/src/define.js';

// define.ts registers the element; this keeps the story working on its own (safeDefine ignores a
// second registration).
safeDefine('ancre-commune-search', AncreCommuneSearch);

/**
 * The stories use the committed fixture subset (départements 13, 2A, 42, 51, 69, 75), served by
 * Storybook at `/fixtures/` from `packages/core/test/fixtures`. Try "st etienne", "69003", "51300",
 * "Marseile" (a typo) or "2A".
 */
const BASE = './fixtures/communes/';

interface Args {
  label: string;
  placeholder: string;
  value: string;
  limit: number;
}

const meta = {
  title: 'Core/Commune search',
  component: 'ancre-commune-search',
  tags: ['autodocs'],
  args: { label: '', placeholder: '', value: '', limit: 8 },
  argTypes: {
    label: { control: 'text' },
    placeholder: { control: 'text' },
    value: { control: 'text', description: 'INSEE code of the chosen commune' },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
  render: (args) => html`<ancre-commune-search
    data-base=${BASE}
    label=${args.label}
    placeholder=${args.placeholder}
    value=${args.value}
    limit=${args.limit}
  ></ancre-commune-search>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** In French, with the default label and placeholder. */
export const Default: Story = {};

/** In English (the `lang` of a container applies). */
export const English: Story = {
  render: (args) => html`<div lang="en">
    <ancre-commune-search data-base=${BASE} label=${args.label} limit=${args.limit}></ancre-commune-search>
  </div>`,
};

/** Prefilled from an INSEE code: `value="69383"` shows "Lyon 3e Arrondissement (69003)". */
export const Prefilled: Story = {
  args: { value: '69383', label: 'Votre commune' },
};
