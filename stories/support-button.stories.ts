import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import type { EqSupportButton } from '../src/components/support-button/support-button.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import '../src/components/support-button/support-button.js';

interface Loaded {
  backend: SupportBackend;
}

const loaders = [
  async (): Promise<Loaded> => ({
    backend: (await createInBrowserBackend()).client('demo-user-1'),
  }),
];

async function opened(
  canvas: HTMLElement,
  view?: Parameters<EqSupportButton['open']>[0],
): Promise<void> {
  const button = canvas.querySelector('eq-support-button')!;
  await button.open(view);
}

const meta: Meta = {
  title: 'Elements/Support button and launcher',
  component: 'eq-support-button',
  tags: ['autodocs'],
  loaders,
  render: (_args, { loaded }) =>
    html`<eq-support-button
      placement="inline"
      privacy-url="https://help.example.com/privacy"
      .backend=${(loaded as Loaded).backend}
    ></eq-support-button>`,
  parameters: {
    docs: {
      description: {
        component:
          'The Contact Support button (no dependency at page load) and the dialog it opens on hover, focus or click: the three actions, the service status, the delivery centers, settings, and the case form, case list and documentation inside.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Inline: Story = {};

export const Floating: Story = {
  render: (_args, { loaded }) =>
    html`<p>The button floats in the bottom-right corner of the page.</p>
      <eq-support-button .backend=${(loaded as Loaded).backend}></eq-support-button>`,
};

export const CustomLabel: Story = {
  render: (_args, { loaded }) =>
    html`<eq-support-button
      placement="inline"
      label="Need help?"
      .backend=${(loaded as Loaded).backend}
    ></eq-support-button>`,
};

export const LauncherHome: Story = {
  name: 'Launcher: home',
  play: async ({ canvasElement }) => opened(canvasElement),
};

export const LauncherCreate: Story = {
  name: 'Launcher: create a case (prefilled deal)',
  play: async ({ canvasElement }) =>
    opened(canvasElement, {
      view: 'create',
      prefill: { dealId: '12333', readonlyFields: ['deal-id'] },
    }),
};

export const LauncherCases: Story = {
  name: 'Launcher: my cases',
  play: async ({ canvasElement }) => opened(canvasElement, { view: 'cases' }),
};

export const LauncherDocumentation: Story = {
  name: 'Launcher: documentation',
  play: async ({ canvasElement }) => opened(canvasElement, { view: 'docs' }),
};

export const LauncherSettings: Story = {
  name: 'Launcher: settings',
  play: async ({ canvasElement }) => opened(canvasElement, { view: 'settings' }),
};
