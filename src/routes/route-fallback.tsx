import { Skeleton } from '../components/ui/skeleton';
import { commonMessages } from '../messages/common';

/** Shown while a lazily loaded screen arrives. */
export function RouteFallback() {
  return (
    <div style={{ padding: 24, display: 'grid', gap: 12 }} role="status" aria-label={commonMessages.loading}>
      <Skeleton width="40%" height={24} />
      <Skeleton width="100%" height={120} />
    </div>
  );
}
