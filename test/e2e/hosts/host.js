// Shared script of the hostile host pages: signs in as a demo user, as a host app would.
// Properties are set straight away, possibly before the elements are defined (the SDK must keep
// a property set before its element upgraded).
const token = new URLSearchParams(location.search).get('token') ?? 'demo-user-1';
for (const el of document.querySelectorAll('eq-support-button, eq-support-provider')) {
  el.getToken = () => token;
}
