/**
 * The demo host page: a stand-in for the Maestro console embedding eq-support exactly as a host
 * would with the CDN build (one module: the button now, everything else on first use).
 */
import '../src/cdn.js';
import type { EqSupportProvider } from '../src/context/support-provider.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const deals = [
  {
    id: '12333',
    name: 'Premium video — EMEA',
    buyer: 'Northwind Media',
    status: 'No delivery (24 h)',
  },
  { id: '48810', name: 'Sports native — US', buyer: 'Contoso Ads', status: 'Delivering' },
  { id: '51277', name: 'CTV run of network', buyer: 'Fabrikam Digital', status: 'Paused' },
  { id: '60412', name: 'Audio podcasts — LATAM', buyer: 'Tailspin Audio', status: 'Delivering' },
];

const rows = $<HTMLTableSectionElement>('#deal-rows');
for (const deal of deals) {
  const row = rows.insertRow();
  for (const value of [deal.id, deal.name, deal.buyer, deal.status])
    row.insertCell().textContent = value;
  const action = document.createElement('button');
  action.type = 'button';
  action.className = 'report';
  action.textContent = `Contact support about deal ${deal.id}`;
  // The deal-row shortcut: the form opens prefilled with the deal, its ID locked.
  action.addEventListener('click', () => {
    void button.open({
      view: 'create',
      prefill: { dealId: deal.id, readonlyFields: ['deal-id'], lockedBy: 'Maestro' },
    });
  });
  row.insertCell().append(action);
}

const button = document.querySelector('eq-support-button')!;
const provider = $<EqSupportProvider>('eq-support-provider');

// ?timeout=2000 shortens the client's per-attempt timeout (used by the fault tests).
const timeout = Number(new URLSearchParams(location.search).get('timeout'));
if (timeout > 0) provider.setAttribute('request-timeout', String(timeout));

// Demo sign-in: the three demo users' fixed tokens.
const userSelect = $<HTMLSelectElement>('#demo-user');
userSelect.value = localStorage.getItem('eq-demo-user') ?? 'demo-user-1';
provider.getToken = () => userSelect.value;
userSelect.addEventListener('change', () => {
  localStorage.setItem('eq-demo-user', userSelect.value);
  provider.getToken = () => userSelect.value;
  void customElements.whenDefined('eq-support-provider').then(() => provider.reloadUser());
  void button.refreshCount();
});

// Language: the elements follow the page's <html lang>, also when it changes.
const langSelect = $<HTMLSelectElement>('#demo-lang');
langSelect.value = localStorage.getItem('eq-demo-lang') ?? 'en';
document.documentElement.lang = langSelect.value;
langSelect.addEventListener('change', () => {
  localStorage.setItem('eq-demo-lang', langSelect.value);
  document.documentElement.lang = langSelect.value;
});

// Theme: --eq-color-scheme forces light or dark; by default the system decides.
const themeSelect = $<HTMLSelectElement>('#demo-theme');
const applyTheme = () => {
  document.documentElement.style.setProperty('--eq-color-scheme', themeSelect.value);
  document.documentElement.style.colorScheme = themeSelect.value;
};
themeSelect.value = localStorage.getItem('eq-demo-theme') ?? 'light dark';
applyTheme();
themeSelect.addEventListener('change', () => {
  localStorage.setItem('eq-demo-theme', themeSelect.value);
  applyTheme();
});

button.addEventListener('eq-open', (event) =>
  console.info(`[demo] support opened on ${event.view}`),
);
