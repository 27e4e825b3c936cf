/** @lit/context keys through which `<eq-support-provider>` configures every element inside it. */
import { createContext } from '@lit/context';
import type { SupportBackend } from '../api/backend.js';
import type { User } from '../api/schemas.js';

export const backendContext = createContext<SupportBackend | undefined>(
  Symbol.for('eq-support/backend'),
);
/** The signed-in person, once loaded (undefined while loading or without a backend). */
export const userContext = createContext<User | undefined>(Symbol.for('eq-support/user'));
/** The resolved interface language, e.g. `fr` or `pt-BR`. */
export const localeContext = createContext<string | undefined>(Symbol.for('eq-support/locale'));
