/** The signed-in person's routes: who they are, their settings, and their organization's contacts. */
import type { AppParts, Handlers } from '../operations.js';
import type { StoredUser } from '../store.js';

/** The person without their token. */
const publicUser = (u: StoredUser) => {
  const { token: _t, ...user } = u;
  return user;
};

export function accountHandlers(
  parts: AppParts,
): Handlers<'getMe' | 'updateSettings' | 'listContacts'> {
  const { store } = parts;
  return {
    getMe: (c) => c.json(publicUser(c.get('user'))),

    updateSettings: async (c, { body: patch }) => {
      const user = c.get('user');
      const settings = {
        language: patch.language ?? user.settings.language,
        emailNotifications: { ...user.settings.emailNotifications, ...patch.emailNotifications },
      };
      return c.json(publicUser(await store.updateUserSettings(user.id, settings)));
    },

    listContacts: async (c) =>
      c.json({ items: await store.listContacts(c.get('viewer').organizationId) }),
  };
}
