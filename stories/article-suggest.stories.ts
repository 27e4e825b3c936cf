import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { NetworkError } from '../src/api/errors.js';
import type { EqArticleSuggest } from '../src/components/article-suggest/article-suggest.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import '../src/components/article-suggest/article-suggest.js';

interface Loaded {
  backend: SupportBackend;
}

/** Every story talks to a fresh reference backend, signed in as Camille (demo-user-1). */
async function loadBackend(): Promise<Loaded> {
  const reference = await createInBrowserBackend();
  return { backend: reference.client('demo-user-1') };
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;

async function suggestIn(canvas: HTMLElement): Promise<EqArticleSuggest> {
  const el = canvas.querySelector('eq-article-suggest')!;
  await el.updateComplete;
  return el;
}

const meta: Meta = {
  title: 'Elements/Article suggestions',
  component: 'eq-article-suggest',
  tags: ['autodocs'],
  loaders: [loadBackend],
  parameters: {
    docs: {
      description: {
        component:
          'Help articles for what the person is typing, before a case is filed: known errors first with their workaround, and their own similar open case. Fed by a host (`query`, e.g. the case subject) it lists links in a polite live region; used alone it is an ARIA combobox.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A subject field feeding `query`, as `<eq-case-form>` does: type to see suggestions. */
export const EmptyQuery: Story = {
  name: 'Empty query (fed by a subject field)',
  render: (_args, { loaded }) => html`
    <label for="subject" style="display:block;font-weight:600">Subject</label>
    <input
      id="subject"
      style="width:100%;max-width:32rem;margin-bottom:1rem"
      placeholder="Deal ID 12333 — no delivery for last 24 hours"
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        input.parentElement!.querySelector('eq-article-suggest')!.query = input.value;
      }}
    />
    <eq-article-suggest .backend=${backendOf(loaded)} .query=${''}></eq-article-suggest>
  `,
};

export const KnownError: Story = {
  name: 'Results with a known error (and a similar open case)',
  render: (_args, { loaded }) =>
    html`<eq-article-suggest
      .backend=${backendOf(loaded)}
      .query=${'Deal 12333 stopped delivering after a floor price update'}
    ></eq-article-suggest>`,
};

export const NoResults: Story = {
  render: (_args, { loaded }) =>
    html`<eq-article-suggest
      mode="search"
      .backend=${backendOf(loaded)}
      query="xylophone zebra"
    ></eq-article-suggest>`,
};

/** Used alone: type, then ↓ ↑ to move, Enter to open, Escape to close or clear. */
export const StandaloneCombobox: Story = {
  name: 'Standalone combobox',
  render: (_args, { loaded }) =>
    html`<div style="min-height:28rem;max-width:36rem">
      <eq-article-suggest .backend=${backendOf(loaded)}></eq-article-suggest>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await suggestIn(canvasElement);
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'deal not delivering';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('[role="option"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  },
};

export const LoadError: Story = {
  name: 'Articles cannot be loaded',
  render: (_args, { loaded }) =>
    html`<eq-article-suggest
      .backend=${{
        ...backendOf(loaded),
        listArticles: () => Promise.reject(new NetworkError()),
      }}
      query="deal delivery"
    ></eq-article-suggest>`,
};
