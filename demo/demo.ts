/**
 * The demo host page: a stand-in for the Maestro console embedding eq-support.
 * For now a plain form files cases through the SDK's client (the elements come next).
 */
import '../src/context/support-provider.js';
import { createHttpBackend } from '../src/api/http-backend.js';
import { isSupportError } from '../src/api/errors.js';
import type { NewCase, Taxonomy } from '../src/api/schemas.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const userSelect = $<HTMLSelectElement>('#demo-user');
userSelect.value = localStorage.getItem('eq-demo-user') ?? 'demo-user-1';
const token = () => userSelect.value;

const provider = document.querySelector('eq-support-provider')!;
provider.getToken = () => token();
userSelect.addEventListener('change', () => {
  localStorage.setItem('eq-demo-user', userSelect.value);
  provider.getToken = () => token();
  void provider.reloadUser();
});

const api = createHttpBackend({
  baseUrl: '/api',
  getToken: () => token(),
  locale: () => document.documentElement.lang,
});
const form = $<HTMLFormElement>('#case-form');
const status = $<HTMLElement>('#status');
const errors = $<HTMLUListElement>('#errors');
const typeSelect = form.elements.namedItem('typeId') as HTMLSelectElement;
const categorySelect = form.elements.namedItem('categoryId') as HTMLSelectElement;
const prioritySelect = form.elements.namedItem('priority') as HTMLSelectElement;
let taxonomy: Taxonomy | undefined;
/** One key per draft, reused on every retry, so a retry never files the case twice. */
let idempotencyKey = crypto.randomUUID();

function option(value: string, label: string): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

function fillCategories(): void {
  const type = taxonomy?.caseTypes.find((t) => t.id === typeSelect.value);
  categorySelect.replaceChildren(...(type?.categories ?? []).map((c) => option(c.id, c.label)));
}

async function loadTaxonomy(): Promise<void> {
  try {
    taxonomy = await api.getTaxonomy();
    typeSelect.replaceChildren(...taxonomy.caseTypes.map((t) => option(t.id, t.label)));
    fillCategories();
  } catch (error) {
    status.textContent = `Could not load the case types: ${error instanceof Error ? error.message : String(error)}`;
  }
}

typeSelect.addEventListener('change', fillCategories);
prioritySelect.addEventListener('change', () => {
  $<HTMLFieldSetElement>('#technical-contact').hidden = prioritySelect.value !== 'blocker';
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});

async function submit(): Promise<void> {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const input: NewCase = {
    priority: text('priority') as NewCase['priority'],
    subject: text('subject'),
    description: text('description'),
    typeId: text('typeId'),
    categoryId: text('categoryId'),
    ...(text('dealId') ? { dealId: text('dealId') } : {}),
    ...(text('priority') === 'blocker'
      ? {
          technicalContact: {
            name: text('technicalContact.name'),
            phone: text('technicalContact.phone'),
          },
        }
      : {}),
  };
  errors.replaceChildren();
  status.textContent = 'Saving…';
  const button = form.querySelector('button')!;
  button.disabled = true;
  try {
    const created = await api.createCase(input, { idempotencyKey });
    idempotencyKey = crypto.randomUUID();
    form.hidden = true;
    $('#case-number').textContent = created.number;
    $<HTMLElement>('#confirmation').hidden = false;
    status.textContent = `Case ${created.number} created.`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    if (isSupportError(error)) {
      errors.replaceChildren(
        ...error.fieldErrors.map((e) => {
          const li = document.createElement('li');
          li.textContent = `${e.field}: ${e.message}`;
          return li;
        }),
      );
    }
  } finally {
    button.disabled = false;
  }
}

$('#finish').addEventListener('click', () => {
  form.reset();
  form.hidden = false;
  $<HTMLElement>('#confirmation').hidden = true;
  status.textContent = '';
});

void loadTaxonomy();
