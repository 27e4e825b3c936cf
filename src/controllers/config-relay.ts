/**
 * Re-provides an element's resolved configuration (backend, person) to the elements it
 * renders, so that a container used on its own (with `api-base` or `.backend`) configures what
 * it hosts exactly as an `<eq-support-provider>` would.
 */
import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { User } from '../api/schemas.js';
import { backendContext, userContext } from '../context/contexts.js';
import type { SupportConfigController } from './support-config.js';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly supportConfig: SupportConfigController };

export class ConfigRelayController implements ReactiveController {
  private readonly backend: ContextProvider<typeof backendContext>;
  private readonly user: ContextProvider<typeof userContext>;

  constructor(
    private readonly host: Host,
    /** The person, when the host loaded them itself. */
    private readonly loadedUser: () => User | undefined = () => undefined,
  ) {
    this.backend = new ContextProvider(host, { context: backendContext });
    this.user = new ContextProvider(host, { context: userContext });
    host.addController(this);
  }

  hostUpdate(): void {
    const config = this.host.supportConfig;
    if (this.backend.value !== config.backend) this.backend.setValue(config.backend);
    const user = config.user ?? this.loadedUser();
    if (this.user.value !== user) this.user.setValue(user);
  }
}
