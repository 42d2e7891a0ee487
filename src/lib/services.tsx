import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './api-client';

export type NotifyTone = 'success' | 'error' | 'info' | 'warning';
/** A button on a notification, e.g. Undo; it should close the notification when pressed. */
export interface NotifyAction {
  label: string;
  onAction: () => void;
}
export type Notify = (message: string, options?: { tone?: NotifyTone; action?: NotifyAction }) => void;

/** What the host injects (through src/embed), available to every screen without module singletons. */
export interface ModuleServices {
  client: ApiClient;
  /** Base URL integrations call; '' means the page's own origin. */
  apiBaseUrl: string;
  locale: string;
  timeZone?: string | undefined;
  accountId?: string | undefined;
  notify: Notify;
  /**
   * Draws `node` at the module's root, beside every screen, until the module unmounts (a later call replaces
   * it): for what must outlive the screen that started it, e.g. a new token's secret arriving after the user
   * moved on. Stable for the life of the mount, so it also names the mount. Call it from an effect or an event,
   * never while rendering. Absent only where a test draws a screen without the module's providers.
   */
  mount?: ((node: ReactNode) => void) | undefined;
  /** Tells the host the page's title (`onTitleChange` in the config), from an effect. */
  title?: ((title: string) => void) | undefined;
}

const ServicesContext = createContext<ModuleServices | null>(null);

export function ServicesProvider({ value, children }: { value: ModuleServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): ModuleServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside the API tokens module (ServicesProvider).');
  return services;
}

export function useApiClient(): ApiClient {
  return useServices().client;
}
