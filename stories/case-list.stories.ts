import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { NetworkError } from '../src/api/errors.js';
import type { CaseStatus, Priority } from '../src/api/schemas.js';
import { createInBrowserBackend, type InBrowserBackend } from '../demo/server/in-browser.js';
import { buildSeed } from '../demo/server/seed/index.js';
import '../src/components/case-list/case-list.js';

interface Loaded {
  backend: SupportBackend;
  reference: InBrowserBackend;
}

/** Adds `count` cases of Camille Laurent (demo-user-1) to the in-browser store. */
async function addCases(
  reference: InBrowserBackend,
  count: number,
  status: (i: number) => CaseStatus = (i) =>
    (['new', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'] as const)[i % 5]!,
): Promise<void> {
  const priorities: Priority[] = ['low', 'medium', 'critical', 'blocker'];
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const id = `story-${i}`;
    const at = new Date(now - (i + 1) * 7 * 60_000).toISOString();
    await reference.store.insertCase(
      {
        organizationId: 'org-acme',
        createdByUserId: 'user-1',
        watcherContactIds: ['contact-acme-1'],
      },
      id,
      (number) => ({
        id,
        number,
        subject: `Report Task ID ${1_254_000 + i} failed to load`,
        status: status(i),
        priority: priorities[i % priorities.length]!,
        typeId: 'reporting',
        categoryId: 'reporting-reporting-api',
        createdAt: at,
        updatedAt: at,
        description: 'The task stays in "processing".',
        contact: { name: 'Camille Laurent', email: 'camille.laurent@acme.example' },
        collaborators: [],
        attachments: [],
        concerns: [],
        history: [{ id: `${id}-e1`, at, kind: 'status_change', from: null, to: 'new' }],
      }),
    );
  }
}

const clearDrafts = () => {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('eq-support:case-drafts:')) sessionStorage.removeItem(key);
};

/** Every story starts from a fresh reference backend (the seed's cases of demo-user-1). */
async function loadBackend(): Promise<Loaded> {
  clearDrafts();
  const reference = await createInBrowserBackend();
  return { reference, backend: reference.client('demo-user-1') };
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;
const never = <T>() => new Promise<T>(() => undefined);

const meta: Meta = {
  title: 'Elements/Case list',
  component: 'eq-case-list',
  tags: ['autodocs'],
  loaders: [loadBackend],
  render: (_args, { loaded }) => html`<eq-case-list .backend=${backendOf(loaded)}></eq-case-list>`,
  parameters: {
    docs: {
      description: {
        component:
          '"My Cases": filter by status and priority, search by number or subject, sort by last update or priority (all in attributes, so a host can deep-link), pages loaded as the person scrolls, and only the visible rows in the DOM. Opening a case shows `<eq-case-view>` in place unless the host prevents `eq-case-open`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const WithCases: Story = { name: 'With cases' };

export const WaitingForReply: Story = {
  name: 'Waiting for your reply (highlight)',
  loaders: [
    async () => {
      const loaded = await loadBackend();
      await addCases(loaded.reference, 6, (i) => (i % 2 ? 'waiting_for_customer' : 'in_progress'));
      return loaded;
    },
  ],
};

export const DeepLinkedFilters: Story = {
  name: 'Filters from attributes',
  render: (_args, { loaded }) =>
    html`<eq-case-list
      status="open"
      priority="critical,medium"
      sort="-priority"
      .backend=${backendOf(loaded)}
    ></eq-case-list>`,
};

export const Empty: Story = {
  name: 'Empty: you have no cases',
  loaders: [
    async () => {
      clearDrafts();
      const reference = await createInBrowserBackend({ seed: { ...buildSeed(), cases: [] } });
      return { reference, backend: reference.client('demo-user-1') };
    },
  ],
};

export const NoMatch: Story = {
  name: 'Empty: no case matches',
  render: (_args, { loaded }) =>
    html`<eq-case-list query="no such case" .backend=${backendOf(loaded)}></eq-case-list>`,
};

export const Loading: Story = {
  render: (_args, { loaded }) =>
    html`<eq-case-list
      .backend=${{ ...backendOf(loaded), listCases: () => never() }}
    ></eq-case-list>`,
};

export const ErrorState: Story = {
  name: 'Error with retry',
  render: (_args, { loaded }) =>
    html`<eq-case-list
      .backend=${{
        ...backendOf(loaded),
        listCases: () => Promise.reject(new NetworkError()),
      }}
    ></eq-case-list>`,
};

export const TenThousand: Story = {
  name: '10,000 cases',
  loaders: [
    async () => {
      const loaded = await loadBackend();
      await addCases(loaded.reference, 10_000 - 6);
      return loaded;
    },
  ],
  render: (_args, { loaded }) =>
    html`<eq-case-list page-size="100" .backend=${backendOf(loaded)}></eq-case-list>`,
};
