import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { NetworkError } from '../src/api/errors.js';
import type { EqCaseView } from '../src/components/case-view/case-view.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import '../src/components/case-view/case-view.js';

interface Loaded {
  backend: SupportBackend;
}

/** Every story starts from a fresh reference backend and no unsent text. */
async function loadBackend(): Promise<Loaded> {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('eq-support:case-drafts:')) sessionStorage.removeItem(key);
  const reference = await createInBrowserBackend();
  return { backend: reference.client('demo-user-1') };
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;
const never = <T>() => new Promise<T>(() => undefined);

/** The view once its case is shown. */
async function viewOf(canvas: HTMLElement): Promise<EqCaseView> {
  const el = canvas.querySelector('eq-case-view')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#case-title'); i++)
    await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

async function click(el: EqCaseView, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

async function type(el: EqCaseView, selector: string, value: string): Promise<void> {
  const control = el.shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const view = (backend: SupportBackend, caseId: string) =>
  html`<eq-case-view case-id=${caseId} show-back .backend=${backend}></eq-case-view>`;

const meta: Meta = {
  title: 'Elements/Case view',
  component: 'eq-case-view',
  tags: ['autodocs'],
  loaders: [loadBackend],
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010014'),
  parameters: {
    docs: {
      description: {
        component:
          'One case: details, history with the reply box, attachments, and the actions of the guide (Manage File Attachments, Reopen Case, Close Case, Raise a Case Concern, priority change request, satisfaction survey). Unsent texts are kept per case until sent or discarded.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Open: Story = { name: 'Open, waiting for your reply' };

export const WithConcern: Story = {
  name: 'With a concern',
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010010'),
};

export const ResolvedWithSurvey: Story = {
  name: 'Resolved, with the survey',
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010005'),
};

export const SurveyAnswered: Story = {
  name: 'Resolved, survey answered',
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010009'),
};

export const Closed: Story = {
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010004'),
};

export const Reopen: Story = {
  name: 'Reopen Case',
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010004'),
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await click(el, '#action-reopen');
  },
};

export const CloseCase: Story = {
  name: 'Close Case',
  render: (_args, { loaded }) => view(backendOf(loaded), 'case-00010010'),
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await click(el, '#action-close');
  },
};

export const RaiseConcern: Story = {
  name: 'Raise a Case Concern (errors)',
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await click(el, '#action-concern');
    await type(el, '#concern-phone', '12');
    el.shadowRoot!.querySelector<HTMLFormElement>('#panel form')!.requestSubmit();
  },
};

export const PriorityChange: Story = {
  name: 'Request priority change',
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await click(el, '#action-priority');
  },
};

export const ManageAttachments: Story = {
  name: 'Manage File Attachments',
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await click(el, '#action-attachments');
  },
};

export const FailedMessage: Story = {
  name: 'Message kept after a failure',
  render: (_args, { loaded }) =>
    view(
      { ...backendOf(loaded), addMessage: () => Promise.reject(new NetworkError()) },
      'case-00010014',
    ),
  play: async ({ canvasElement }) => {
    const el = await viewOf(canvasElement);
    await type(el, '#reply-message', 'Bids are back since 10:12, thank you!');
    el.shadowRoot!.querySelector<HTMLFormElement>('form.reply')!.requestSubmit();
  },
};

export const OtherOrganization: Story = {
  name: 'Case of another organization',
  loaders: [
    async () => {
      const reference = await createInBrowserBackend();
      return { backend: reference.client('demo-user-3') };
    },
  ],
};

export const Loading: Story = {
  render: (_args, { loaded }) =>
    view({ ...backendOf(loaded), getCase: () => never() }, 'case-00010014'),
};
