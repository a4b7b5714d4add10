import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { safeDefine } from '../packages/core/src/base/safe-define.js';
import { AncreErrorView } from '../packages/core/src/error/ancre-error.js';
import { loadPack, loadProblems, type PackProblem } from '../packages/core/src/packs/index.js';

safeDefine('ancre-error', AncreErrorView);

interface Args {
  problems: PackProblem[];
  retryable: boolean;
  headingLevel: number;
}

const MISSING_LICENCE: PackProblem = {
  code: 'pack/missing-field',
  message: 'Le champ obligatoire "licence" manque.',
  source: 'https://www.bourg-en-bresse.example/ancre/services.json',
  path: '$',
  hint: 'Ajoutez un champ "licence", par exemple "Licence Ouverte 2.0".',
};

const MANY: PackProblem[] = [
  MISSING_LICENCE,
  {
    code: 'pack/pattern',
    message: 'La valeur "1053" n’a pas la forme attendue (code INSEE à 5 caractères).',
    source: 'services.json',
    path: '$.items[0].insee',
    hint: 'Écrivez-la comme dans cet exemple : "01053".',
  },
  {
    code: 'pack/enum',
    message: 'La valeur "cafe" n’est pas reconnue.',
    source: 'services.json',
    path: '$.items[1].category',
    hint: 'Vouliez-vous dire "caf" ? Valeurs possibles : "france-services", "mairie", "caf", "cpam".',
  },
  {
    code: 'pack/duplicate-id',
    message: 'L’identifiant "mairie-centre" est déjà utilisé ($.items[0]).',
    source: 'services.json',
    path: '$.items[2].id',
    hint: 'Donnez à chaque élément un identifiant différent.',
  },
  {
    code: 'pack/unknown-field',
    severity: 'warning',
    message: 'Le champ "adress" n’est pas reconnu ; il est ignoré.',
    source: 'services.json',
    path: '$.items[3].adress',
    hint: 'Vouliez-vous dire "address" ?',
  },
  ...Array.from(
    { length: 7 },
    (_, i): PackProblem => ({
      code: 'pack/pattern',
      message: `L’horaire "9h-12h" n’a pas la forme attendue (HH:MM-HH:MM).`,
      source: 'services.json',
      path: `$.items[${i + 4}].hours.mo`,
      hint: 'Écrivez-la comme dans cet exemple : "08:30-12:00,13:30-17:00".',
    }),
  ),
];

const meta: Meta<Args> = {
  title: 'Core/Error report',
  component: 'ancre-error',
  tags: ['autodocs'],
  args: { problems: [MISSING_LICENCE], retryable: false, headingLevel: 2 },
  argTypes: {
    retryable: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    problems: { control: 'object' },
  },
  render: ({ problems, retryable, headingLevel }) =>
    html`<ancre-error .problems=${problems} ?retryable=${retryable} heading-level=${headingLevel}></ancre-error>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A single problem: what, where (file and JSON path), how to fix. */
export const OneProblem: Story = {};

/** Twelve problems: the first five are listed, the other seven fold into "7 autres problèmes". */
export const ManyProblems: Story = { args: { problems: MANY } };

/** A network failure the person can retry: the button fires `ancre-retry`. */
export const Retryable: Story = {
  args: {
    retryable: true,
    problems: [
      {
        code: 'load/timeout',
        message: 'Pas de réponse après 15 s.',
        source: 'https://data.example.org/services.json',
        hint: 'Vérifiez la connexion, ou hébergez le fichier sur le même site que la page.',
      },
    ],
  },
  render: ({ problems, retryable, headingLevel }) => html`<ancre-error
      .problems=${problems}
      ?retryable=${retryable}
      heading-level=${headingLevel}
      @ancre-retry=${(e: Event) => {
        const note = (e.target as HTMLElement).nextElementSibling;
        if (note) note.textContent = `ancre-retry reçu à ${new Date().toLocaleTimeString('fr-FR')}`;
      }}
    ></ancre-error>
    <p role="status"></p>`,
};

/** The real report of a pack file with a syntax error (a fixture served by Storybook). */
export const FromABrokenFile: Story = {
  render: () => {
    const view = document.createElement('ancre-error') as AncreErrorView;
    loadPack({ kind: 'ancre/services', src: '/fixtures/packs/broken-syntax.json' }).then(
      () => (view.problems = []),
      (error: unknown) => (view.problems = loadProblems(error) ?? []),
    );
    return view;
  },
};

/** Component tokens: `--ancre-error-accent`, `--ancre-error-background`, `--ancre-error-radius`… */
export const Theming: Story = {
  args: { problems: MANY.slice(0, 3), retryable: true },
  render: ({ problems, retryable }) => html`<div style="--ancre-color-surface:#ffffff;--ancre-color-surface-alt:#f4f4f7;--ancre-color-text:#1e1e1e;--ancre-color-text-muted:#555560;--ancre-color-border:#c7c7d1;--ancre-color-on-primary:#ffffff;--ancre-color-success:#18753c;--ancre-color-warning:#8d4f00;--ancre-color-danger:#c9191e;--ancre-color-info:#0063cb;background:#ffffff;color:#1e1e1e;padding:1rem;">
    <ancre-error
      style="--ancre-error-accent: #6a1b9a; --ancre-error-background: #fbf7ff; --ancre-error-radius: 0; --ancre-error-button-background: #6a1b9a;"
      .problems=${problems}
      ?retryable=${retryable}
    ></ancre-error>
  </div>`,
};

/** English, from the closest `lang`. */
export const English: Story = {
  args: {
    problems: [
      {
        code: 'pack/missing-field',
        message: 'The required field "licence" is missing.',
        source: 'services.json',
        path: '$',
        hint: 'Add a "licence" field, for example "Licence Ouverte 2.0".',
      },
    ],
    retryable: true,
  },
  render: ({ problems, retryable }) => html`<div lang="en"><ancre-error .problems=${problems} ?retryable=${retryable}></ancre-error></div>`,
};
