// Another library's element that happens to use a tag eq-support registers.
customElements.define(
  'eq-documentation',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'Not eq-support';
    }
  },
);
