/** Demo organizations, their contacts and the three demo users (all fictional). */
import type { SeedContact, SeedOrganization, SeedUser } from './types.js';

export const organizations: SeedOrganization[] = [
  { id: 'org-acme', name: 'Acme Media Group' },
  { id: 'org-globex', name: 'Globex Publishing' },
];

/** `Léa Fontaine` → `lea.fontaine`. */
const localPart = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

const contactOf =
  (org: 'acme' | 'globex') =>
  (n: number, name: string, jobTitle: string, portalAccess: boolean): SeedContact => ({
    id: `contact-${org}-${n}`,
    organizationId: `org-${org}`,
    name,
    email: `${localPart(name)}@${org}.example`,
    jobTitle,
    portalAccess,
  });

const acme = contactOf('acme');
const globex = contactOf('globex');

export const contacts: SeedContact[] = [
  acme(1, 'Camille Laurent', 'Ad Operations Manager', true),
  acme(2, 'Jordan Blake', 'Head of Programmatic', true),
  acme(3, 'Nadia Benali', 'Programmatic Trader', true),
  acme(4, 'Oliver Grant', 'Yield Analyst', true),
  acme(5, 'Sofia Marchetti', 'Campaign Manager', true),
  acme(6, 'Marcus Reyes', 'Lead Site Reliability Engineer', true),
  acme(7, 'Henrik Dahl', 'Finance Controller', false),
  acme(8, 'Léa Fontaine', 'Sales Director', false),
  globex(1, 'Ana Souza', 'Monetization Manager', true),
  globex(2, 'Bruno Tavares', 'Mobile App Developer', true),
  globex(3, 'Carla Mendes', 'Data Analyst', true),
  globex(4, 'Rafael Costa', 'Ad Operations Specialist', true),
  globex(5, 'Isabela Rocha', 'Chief Revenue Officer', false),
  globex(6, 'Tiago Almeida', 'Accounts Payable Lead', false),
  globex(7, 'Mariana Lopes', 'Audience Data Engineer', true),
];

export const users: SeedUser[] = [
  {
    id: 'user-1',
    token: 'demo-user-1',
    name: 'Camille Laurent',
    email: 'camille.laurent@acme.example',
    phone: '+33 1 84 88 12 40',
    contactId: 'contact-acme-1',
    organization: { id: 'org-acme', name: 'Acme Media Group' },
    timeZone: 'Europe/Paris',
    serviceTeam: {
      name: 'Equativ Paris service team',
      email: 'service.paris@equativ.example',
      phone: '+33 1 84 88 00 00',
    },
    settings: {
      language: 'fr',
      emailNotifications: {
        caseCreated: true,
        supportReplied: true,
        statusChanged: true,
        caseClosed: true,
        surveyRequests: false,
      },
    },
  },
  {
    id: 'user-2',
    token: 'demo-user-2',
    name: 'Jordan Blake',
    email: 'jordan.blake@acme.example',
    phone: '+1 212 555 0183',
    contactId: 'contact-acme-2',
    organization: { id: 'org-acme', name: 'Acme Media Group' },
    timeZone: 'America/New_York',
    serviceTeam: { name: 'Equativ New York service team', email: 'service.nyc@equativ.example' },
    settings: {
      language: 'en',
      emailNotifications: {
        caseCreated: false,
        supportReplied: true,
        statusChanged: false,
        caseClosed: true,
        surveyRequests: true,
      },
    },
  },
  {
    id: 'user-3',
    token: 'demo-user-3',
    name: 'Ana Souza',
    email: 'ana.souza@globex.example',
    phone: '+55 11 3555 0192',
    contactId: 'contact-globex-1',
    organization: { id: 'org-globex', name: 'Globex Publishing' },
    timeZone: 'America/Sao_Paulo',
    settings: {
      language: 'pt-BR',
      emailNotifications: {
        caseCreated: true,
        supportReplied: true,
        statusChanged: true,
        caseClosed: false,
        surveyRequests: true,
      },
    },
  },
];
