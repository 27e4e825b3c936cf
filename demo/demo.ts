/**
 * The demo host page: a stand-in for the Maestro console embedding eq-support.
 * The provider configures the elements; the deal rows show how a host prefills the case form.
 */
import '../src/context/support-provider.js';
import '../src/components/case-form/case-form.js';

const userSelect = document.querySelector<HTMLSelectElement>('#demo-user')!;
userSelect.value = localStorage.getItem('eq-demo-user') ?? 'demo-user-1';

const provider = document.querySelector('eq-support-provider')!;
provider.getToken = () => userSelect.value;
userSelect.addEventListener('change', () => {
  localStorage.setItem('eq-demo-user', userSelect.value);
  provider.getToken = () => userSelect.value;
  void provider.reloadUser();
});

// The deal-row shortcut: the form opens prefilled with the deal, its ID locked.
const form = document.querySelector('eq-case-form')!;
for (const button of document.querySelectorAll<HTMLButtonElement>('button.report')) {
  button.addEventListener('click', () => {
    form.dealId = button.dataset.deal;
    form.readonlyFields = ['deal-id'];
    form.scrollIntoView({ behavior: 'smooth', block: 'start' });
    form.focus();
  });
}
form.addEventListener('eq-case-created', (event) => {
  console.info(`[demo] case ${event.case.number} created`);
});
