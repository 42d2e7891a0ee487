import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedLoads } from '../../lib/deferred';

interface Props {
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  onReset?: () => void;
  children: ReactNode;
}

/** Catches render errors of one area and offers a retry that re-mounts it, never a full page reload. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('API tokens module error', error, info.componentStack);
  }

  reset = () => {
    // The error may be a chunk that did not load (offline, a new deployment): the retry asks for it again.
    retryFailedLoads();
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null) return this.props.fallback({ error: this.state.error, reset: this.reset });
    return this.props.children;
  }
}
