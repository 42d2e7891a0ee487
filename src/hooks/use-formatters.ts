import { createFormatters, type Formatters } from '../lib/format';
import { useServices, type ModuleServices } from '../lib/services';

// Building Intl formatters costs about a millisecond each, and every date cell asks for them: one set per mounted
// module (its services object) instead of one per cell. A WeakMap holds nothing once the module unmounts.
const perModule = new WeakMap<ModuleServices, Formatters>();

export function useFormatters(): Formatters {
  const services = useServices();
  let formatters = perModule.get(services);
  if (!formatters) {
    formatters = createFormatters(services.locale, services.timeZone);
    perModule.set(services, formatters);
  }
  return formatters;
}
