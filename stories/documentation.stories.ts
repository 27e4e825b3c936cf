import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import '../src/components/documentation/documentation.js';

interface Loaded {
  backend: SupportBackend;
}

async function loadBackend(): Promise<Loaded> {
  const reference = await createInBrowserBackend();
  return { backend: reference.client('demo-user-1') };
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;

const meta: Meta = {
  title: 'Elements/Documentation',
  component: 'eq-documentation',
  tags: ['autodocs'],
  loaders: [loadBackend],
  render: (_args, { loaded }) =>
    html`<eq-documentation .backend=${backendOf(loaded)}></eq-documentation>`,
  parameters: {
    docs: {
      description: {
        component:
          'The help center inside the page: search, sections, the known errors, and a reading pane that renders article bodies sanitized (rebuilt from an allowlist). `article-id` opens an article directly.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Browse: Story = {};

export const ArticleOpen: Story = {
  name: 'Documentation view with an article open',
  render: (_args, { loaded }) =>
    html`<eq-documentation
      .backend=${backendOf(loaded)}
      article-id="kb-deal-no-delivery-after-floor-update"
    ></eq-documentation>`,
};

export const KnownErrors: Story = {
  name: 'Known errors',
  render: (_args, { loaded }) =>
    html`<eq-documentation .backend=${backendOf(loaded)} known-errors></eq-documentation>`,
};

export const Search: Story = {
  render: (_args, { loaded }) =>
    html`<eq-documentation .backend=${backendOf(loaded)} query="report task"></eq-documentation>`,
};

export const HostileArticle: Story = {
  name: 'Hostile article body (sanitized)',
  render: (_args, { loaded }) => {
    const backend: SupportBackend = {
      ...backendOf(loaded),
      getArticle: (id) =>
        backendOf(loaded)
          .getArticle('kb-deal-no-delivery')
          .then((article) => ({
            ...article,
            id,
            title: '<img src=x onerror=alert(1)> shows as text',
            body:
              '<p>Safe paragraph.</p><script>alert(1)</script>' +
              '<img src=x onerror=alert(2)><a href="javascript:alert(3)">javascript link (no href left)</a>' +
              '<iframe src="https://example.com"></iframe><form><input></form>' +
              '<p style="color:red" onclick="alert(4)">No style, no handler.</p>',
          })),
    };
    return html`<eq-documentation .backend=${backend} article-id="hostile"></eq-documentation>`;
  },
};
