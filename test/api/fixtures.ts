/** What the client tests answer for `GET /me`: a person as the contract has it. */
export const user = {
  id: 'user-1',
  name: 'Camille Laurent',
  email: 'camille@acme.example',
  contactId: 'contact-acme-1',
  organization: { id: 'org-acme', name: 'Acme' },
  timeZone: 'Europe/Paris',
  settings: {
    language: 'fr',
    emailNotifications: {
      caseCreated: true,
      supportReplied: true,
      statusChanged: true,
      caseClosed: true,
      surveyRequests: true,
    },
  },
};
