import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { HttpError } from '../src/api/errors.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import '../src/components/user-settings/user-settings.js';

interface Loaded {
  backend: SupportBackend;
}

async function loadBackend(): Promise<Loaded> {
  const reference = await createInBrowserBackend();
  return { backend: reference.client('demo-user-1') };
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;

const meta: Meta = {
  title: 'Elements/User settings',
  component: 'eq-user-settings',
  tags: ['autodocs'],
  loaders: [loadBackend],
  render: (_args, { loaded }) =>
    html`<eq-user-settings .backend=${backendOf(loaded)}></eq-user-settings>`,
  parameters: {
    docs: {
      description: {
        component:
          "The person's settings (the portal's My Settings): the language Equativ routes their cases by, and which case events send them an e-mail. The support dialog shows it as its settings view; a host can put it on its own account page. Saving fires `eq-settings-save` with the person as saved.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Settings: Story = {};

export const SaveRefused: Story = {
  name: 'The backend refuses to save',
  render: (_args, { loaded }) => {
    const backend = backendOf(loaded);
    const refusing: SupportBackend = {
      ...backend,
      updateSettings: () =>
        Promise.reject(
          new HttpError(503, { title: 'Settings are read-only right now', status: 503 }),
        ),
    };
    return html`<eq-user-settings .backend=${refusing}></eq-user-settings>`;
  },
};

export const SignedOut: Story = {
  name: 'No person signed in',
  render: () => html`<eq-user-settings></eq-user-settings>`,
};
