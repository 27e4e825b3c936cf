import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SupportBackend } from '../src/api/backend.js';
import { HttpError, NetworkError } from '../src/api/errors.js';
import type { EqCaseForm } from '../src/components/case-form/case-form.js';
import type { EqFileDrop } from '../src/components/shared/file-drop.js';
import { createInBrowserBackend } from '../demo/server/in-browser.js';
import { startDiagnostics } from '../src/diagnostics/collector.js';
import { describeReportedError } from '../src/report-error.js';
import '../src/components/case-form/case-form.js';

interface Loaded {
  backend: SupportBackend;
  caseType: { id: string; categoryId: string };
}

/** Every story starts from a fresh reference backend and no saved draft. */
async function loadBackend(): Promise<Loaded> {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('eq-support/case-draft/')) localStorage.removeItem(key);
  }
  const reference = await createInBrowserBackend();
  const type = reference.seed.taxonomy.caseTypes[0]!;
  return {
    backend: reference.client('demo-user-1'),
    caseType: { id: type.id, categoryId: type.categories[0]!.id },
  };
}

const never = <T>() => new Promise<T>(() => undefined);

async function formOf(canvas: HTMLElement): Promise<EqCaseForm> {
  const el = canvas.querySelector('eq-case-form')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('form'); i++)
    await new Promise((r) => setTimeout(r, 50));
  return el;
}

async function set(el: EqCaseForm, selector: string, value: string): Promise<void> {
  const control = el.shadowRoot!.querySelector<
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
  >(selector)!;
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', {
      bubbles: true,
      composed: true,
    }),
  );
  await el.updateComplete;
}

async function fill(el: EqCaseForm, caseType: Loaded['caseType']): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('#priority-critical')!.click();
  await set(el, '#subject', 'Deal ID 12333 — no delivery for last 24 hours');
  await set(
    el,
    '#description',
    'Delivery stopped yesterday at 10:00 on the deal. Feature impacted: delivery.',
  );
  await set(el, '#typeId', caseType.id);
  await set(el, '#categoryId', caseType.categoryId);
}

async function next(el: EqCaseForm): Promise<void> {
  [...el.shadowRoot!.querySelectorAll('button')]
    .find((b) => /Next|Retry/.test(b.textContent ?? ''))!
    .click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
}

const meta: Meta = {
  title: 'Elements/Case form',
  component: 'eq-case-form',
  tags: ['autodocs'],
  loaders: [loadBackend],
  render: (_args, { loaded }) =>
    html`<eq-case-form .backend=${(loaded as Loaded).backend}></eq-case-form>`,
  parameters: {
    docs: {
      description: {
        component:
          'The create-a-case flow: Details, Collaborators, Confirmation. The draft autosaves per person and survives reloads; one draft files one case, whatever the retries.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};

export const Prefilled: Story = {
  render: (_args, { loaded }) =>
    html`<eq-case-form
      .backend=${(loaded as Loaded).backend}
      priority="medium"
      subject="Report Task ID 1254332 failed to load"
      campaign-id="777"
      url="https://maestro.example.com/reports/1254332"
    ></eq-case-form>`,
};

export const LockedFields: Story = {
  name: 'Locked and hidden fields',
  render: (_args, { loaded }) =>
    html`<eq-case-form
      .backend=${(loaded as Loaded).backend}
      deal-id="12333"
      type="programmatic"
      readonly-fields="deal-id type"
      hidden-fields="campaign-id insertion-id"
    ></eq-case-form>`,
};

export const Blocker: Story = {
  render: (_args, { loaded }) =>
    html`<eq-case-form .backend=${(loaded as Loaded).backend} priority="blocker"></eq-case-form>`,
};

export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await set(el, '#domainUrl', 'not a url');
    await next(el);
  },
};

export const Uploading: Story = {
  render: (_args, { loaded }) => {
    const backend: SupportBackend = {
      ...(loaded as Loaded).backend,
      uploadAttachment: (file, _name, options) => {
        options?.onProgress?.({ loaded: Math.round(file.size * 0.4), total: file.size });
        return never();
      },
    };
    return html`<eq-case-form .backend=${backend}></eq-case-form>`;
  },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    const drop = el.shadowRoot!.querySelector<EqFileDrop>('eq-file-drop')!;
    drop.addFiles([
      new File([new Uint8Array(2_400_000)], 'third-party-report.csv', { type: 'text/csv' }),
      new File(['MZ'], 'tool.exe'),
    ]);
  },
};

export const Collaborators: Story = {
  name: 'Step 2: collaborators',
  play: async ({ canvasElement, loaded }) => {
    const el = await formOf(canvasElement);
    await fill(el, (loaded as Loaded).caseType);
    await next(el);
  },
};

export const Saving: Story = {
  render: (_args, { loaded }) =>
    html`<eq-case-form
      .backend=${{ ...(loaded as Loaded).backend, createCase: () => never() }}
    ></eq-case-form>`,
  play: async ({ canvasElement, loaded }) => {
    const el = await formOf(canvasElement);
    await fill(el, (loaded as Loaded).caseType);
    await next(el);
    await next(el);
  },
};

export const FailedSave: Story = {
  name: 'Failed save (network)',
  render: (_args, { loaded }) =>
    html`<eq-case-form
      .backend=${{ ...(loaded as Loaded).backend, createCase: () => Promise.reject(new NetworkError()) }}
    ></eq-case-form>`,
  play: async ({ canvasElement, loaded }) => {
    const el = await formOf(canvasElement);
    await fill(el, (loaded as Loaded).caseType);
    await next(el);
    await next(el);
  },
};

export const BackendFieldErrors: Story = {
  render: (_args, { loaded }) =>
    html`<eq-case-form
      .backend=${{
        ...(loaded as Loaded).backend,
        createCase: () =>
          Promise.reject(
            new HttpError(400, {
              title: 'Invalid request',
              status: 400,
              errors: [
                { field: 'subject', message: 'A case with this subject was filed a minute ago' },
              ],
            }),
          ),
      }}
    ></eq-case-form>`,
  play: async ({ canvasElement, loaded }) => {
    const el = await formOf(canvasElement);
    await fill(el, (loaded as Loaded).caseType);
    await next(el);
    await next(el);
  },
};

export const Confirmation: Story = {
  play: async ({ canvasElement, loaded }) => {
    const el = await formOf(canvasElement);
    await fill(el, (loaded as Loaded).caseType);
    await next(el);
    await next(el);
  },
};

/** Ticks "Include diagnostics" and waits for the lines to review. */
async function reviewDiagnostics(el: EqCaseForm): Promise<void> {
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part=diagnostics] input'); i++)
    await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot!.querySelector<HTMLInputElement>('[part=diagnostics] input')!.click();
  await el.updateComplete;
}

export const DiagnosticsReview: Story = {
  name: 'Diagnostics: review before attaching',
  parameters: {
    docs: {
      description: {
        story:
          'The host turned diagnostics on (`<eq-support-provider diagnostics>` or `startDiagnostics()`). The page logged an error and a warning and a request failed; the person ticked "Include diagnostics" and sees every line, redacted, each removable, before "Attach diagnostics".',
      },
    },
  },
  loaders: [
    loadBackend,
    async () => {
      startDiagnostics();
      console.warn('Slow answer from the reporting service, token=3f9a0c1e');
      console.error(new TypeError("Cannot read properties of undefined (reading 'budget')"));
      await fetch('/api/reports/1254332?from=2026-12-01&token=abc').catch(() => undefined);
      return {};
    },
  ],
  play: async ({ canvasElement }) => reviewDiagnostics(await formOf(canvasElement)),
};

export const FromAnError: Story = {
  name: 'Diagnostics: opened from an error (reportError)',
  parameters: {
    docs: {
      description: {
        story:
          '`reportError(error, { eventId, context })` opened the form: the message is in the description, the deal ID prefilled, and the stack and the event id are in the diagnostics the person may attach.',
      },
    },
  },
  render: (_args, { loaded }) => {
    const error = new TypeError("Cannot read properties of undefined (reading 'budget')");
    return html`<eq-case-form
      .backend=${(loaded as Loaded).backend}
      .report=${describeReportedError(error, '7f3a9c2e4b1d4e0f')}
      description="TypeError: Cannot read properties of undefined (reading 'budget')"
      deal-id="12333"
    ></eq-case-form>`;
  },
  play: async ({ canvasElement }) => reviewDiagnostics(await formOf(canvasElement)),
};
