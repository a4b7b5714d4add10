// The Core/Markdown stories render what they claim: allowed DOM only, and no axe violation.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import meta, { Ordinary, Hostile, HostileDropped, KioskLinks, OverLengthCap } from '../../../stories/core-markdown.stories.js';
import { domProblems } from '../../../test/security/dom-check.js';

type Args = typeof meta.args;
type Renderer = (args: Args, context: unknown) => TemplateResult;

const stories = { Ordinary, Hostile, HostileDropped, KioskLinks, OverLengthCap };

describe('Core/Markdown stories', () => {
  for (const [name, story] of Object.entries(stories)) {
    it(`${name} renders allowed DOM only and is accessible`, async () => {
      const args = { ...meta.args, ...((story as { args?: Partial<Args> }).args ?? {}) } as Args;
      const renderStory = ((story as { render?: Renderer }).render ?? meta.render) as Renderer;
      const el = document.createElement('div');
      document.body.append(el);
      try {
        render(renderStory(args, {}), el);
        const content = el.firstElementChild!;
        expect(content.children.length).to.be.greaterThan(0);
        // The story's wrapper <div lang> is not walked (a tree walker skips its root); the kiosk story's
        // hook adds its own markup, so only links and URLs are checked there.
        const problems = domProblems(content);
        expect(name === 'KioskLinks' ? problems.filter((p) => /href|src|scheme|event/.test(p)) : problems).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
});
