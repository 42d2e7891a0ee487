import { useMemo } from 'react';
import { createFormatters } from '../lib/format';
import { useServices } from '../lib/services';

export function useFormatters() {
  const { locale, timeZone } = useServices();
  return useMemo(() => createFormatters(locale, timeZone), [locale, timeZone]);
}
